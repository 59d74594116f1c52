/** A column of an exported table; status columns get a dropdown of the status words in XLSX. */
export interface Column {
  header: string;
  /** Width in characters, for XLSX. */
  width: number;
  status?: boolean;
  /** A column the responsible actors fill in: the only cells left unlocked in a protected sheet. */
  answer?: boolean;
}

export type Cell = string | number;

/** One table: a worksheet in XLSX; in CSV the rows of every sheet follow one header. */
export interface Sheet {
  name: string;
  columns: Column[];
  rows: Cell[][];
  /** Lock every cell but those of the answer columns (no password: a guard against slips, not a lock). */
  protect?: boolean;
}
