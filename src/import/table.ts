import { extname } from 'node:path';
import { ExitCode, WelfareError } from '../core/errors.js';
import { maxFileBytes, readInputFile } from '../core/source.js';
import { decodeText, type TextEncoding } from './decode.js';
import { detectDelimiter, parseDelimited, type Delimiter } from './delimited.js';
import { said } from './words.js';

/** One row of a table as read, before any cleaning: its cells and where it starts in the source. */
export interface TableRow {
  /** The row number (1-based) a spreadsheet program shows: a worksheet's, or the record of a text table. */
  line: number;
  cells: string[];
}

/** How a table was read, for the report. */
export type TableSource =
  | { format: 'delimited'; encoding: TextEncoding; delimiter: Delimiter }
  | { format: 'xlsx'; sheet: string; otherSheets: string[] };

export interface Table {
  /** The rows that hold any text; blank lines and empty rows are left out. */
  rows: TableRow[];
  source: TableSource;
}

/**
 * Reads a table in any of the formats planners have: text copied out of a document (tab-separated),
 * CSV with commas or semicolons in UTF-8, UTF-16 or Windows-1252, or an Excel workbook (.xlsx).
 * The format is told by the file's first bytes, not its name, which is often wrong.
 */
export async function readTable(path: string, shownAs = path): Promise<Table> {
  return tableFromBytes(await readBytes(path, shownAs), shownAs);
}

/**
 * Every table of a file: each worksheet with text of a workbook, or the one table of a text file.
 * The yearly status form has a worksheet per municipality, and all of them count.
 */
export async function readTables(path: string, shownAs = path): Promise<Table[]> {
  const bytes = await readBytes(path, shownAs);
  if (sniff(bytes) === 'zip') return (await import('./xlsx.js')).readXlsxSheets(bytes, shownAs);
  return [await tableFromBytes(bytes, shownAs)];
}

async function readBytes(path: string, shownAs: string): Promise<Buffer> {
  const read = await readInputFile(path, shownAs);
  if ('bytes' in read) return read.bytes;
  const mb = (bytes: number) => Math.round(bytes / 1048576);
  throw new WelfareError(said('tooLarge', { file: shownAs, mb: mb(read.tooLarge), limit: mb(maxFileBytes()) }), ExitCode.invalid, { file: shownAs, hint: said('farSmaller') });
}

export async function tableFromBytes(bytes: Uint8Array, shownAs: string): Promise<Table> {
  const kind = sniff(bytes);
  // The workbook reader is loaded only for a workbook.
  if (kind === 'zip') return (await import('./xlsx.js')).readXlsx(bytes, shownAs);
  if (kind !== 'text') {
    throw new WelfareError(said('unreadable', { file: shownAs, kind }), ExitCode.invalid, { file: shownAs, hint: said('unreadableHint', kind) });
  }
  const { text, encoding } = decodeText(bytes);
  const delimiter = extname(shownAs).toLowerCase() === '.tsv' ? '\t' : detectDelimiter(text);
  // Rows are numbered as a spreadsheet program shows them, a quoted cell's line breaks and all:
  // that is where planners look for the row a message names, not at lines of text.
  const rows = parseDelimited(text, delimiter)
    .map((row, i) => ({ line: i + 1, cells: row.cells }))
    .filter((row) => row.cells.some((c) => c.trim() !== ''));
  return { rows, source: { format: 'delimited', encoding, delimiter } };
}

type Sniffed = 'zip' | 'pdf' | 'ole' | 'text';
function sniff(bytes: Uint8Array): Sniffed {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'zip';
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'pdf';
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return 'ole';
  return 'text';
}
