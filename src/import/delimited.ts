import type { TableRow } from './table.js';
import { greatest } from './text.js';

export type Delimiter = '\t' | ';' | ',';
const candidates: readonly Delimiter[] = ['\t', ';', ','];

/**
 * Splits delimited text into rows of cells, each with the line it starts on. Quoting follows
 * RFC 4180 (a cell starting with `"` runs to the next lone `"`, `""` is a quote, and may hold line
 * breaks) but leniently: a quote that is not followed by a delimiter or a line end is kept as text,
 * because text copied out of a document has quotes that quote nothing.
 */
export function parseDelimited(text: string, delimiter: Delimiter): TableRow[] {
  const rows: TableRow[] = [];
  let cells: string[] = [];
  let line = 1;
  let rowLine = 1;
  let i = 0;
  while (i <= text.length) {
    // One cell per turn, taken by slicing: a table of thousands of rows stays fast.
    let cell: string;
    const closing = text[i] === '"' ? closingQuote(text, i + 1, delimiter) : -1;
    if (closing >= 0) {
      const inner = text.slice(i + 1, closing);
      cell = inner.replace(/""/g, '"');
      line += countLineBreaks(inner);
      i = closing + 1;
    } else {
      let end = i;
      while (end < text.length && text[end] !== delimiter && text[end] !== '\n' && text[end] !== '\r') end++;
      cell = text.slice(i, end);
      i = end;
    }
    cells.push(cell);
    const ch = text[i];
    if (ch === delimiter) {
      i++;
      continue;
    }
    if (ch === undefined && cells.length === 1 && cell === '') break;
    rows.push({ line: rowLine, cells });
    cells = [];
    if (ch === undefined) break;
    i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    line++;
    rowLine = line;
  }
  return rows;
}

/** The `"` that closes a quoted cell opened before `from`, or -1 when the cell is not really quoted. */
function closingQuote(text: string, from: number, delimiter: Delimiter): number {
  for (let j = from; j < text.length; j++) {
    if (text[j] !== '"') continue;
    if (text[j + 1] === '"') {
      j++;
      continue;
    }
    const next = text[j + 1];
    return next === undefined || next === delimiter || next === '\r' || next === '\n' ? j : -1;
  }
  return -1;
}

const countLineBreaks = (s: string) => (s.match(/\r\n|\r|\n/g) ?? []).length;

/**
 * The delimiter that lines up the most cells in rows of one same width: a table's rows share
 * their number of cells, while commas and semicolons inside prose do not line up. Cells, not
 * rows, are counted: read with the wrong delimiter, a CSV whose quoted cells hold line breaks and
 * commas falls apart into many more rows of two cells. Ties go to tab, then semicolon (Excel in
 * Finland), then comma.
 */
export function detectDelimiter(text: string): Delimiter {
  let best: Delimiter = '\t';
  let bestScore = -1;
  for (const delimiter of candidates) {
    const widths = new Map<number, number>();
    for (const row of parseDelimited(text, delimiter)) {
      if (row.cells.length > 1) widths.set(row.cells.length, (widths.get(row.cells.length) ?? 0) + 1);
    }
    const score = greatest([0, ...[...widths].map(([width, rows]) => rows * (width - 1))]);
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}
