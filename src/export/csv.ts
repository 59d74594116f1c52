import { neutraliseCell } from './formula.js';
import type { Cell, Sheet } from './sheet.js';

/**
 * The sheets as one CSV table for Excel in Finland: semicolons (the comma is the decimal mark
 * there), a UTF-8 byte order mark (without it Excel reads the file as Windows-1252 and breaks
 * å, ä, ö) and CRLF line ends. The sheets share their columns, so one header serves them all.
 * A text that a spreadsheet program would take for a formula is quoted (`formula.ts`).
 */
export function csvText(sheets: Sheet[]): string {
  const header = sheets[0]?.columns.map((c) => c.header) ?? [];
  const lines = [header, ...sheets.flatMap((s) => s.rows)].map((row) => row.map(field).join(';'));
  return '\uFEFF' + lines.map((line) => `${line}\r\n`).join('');
}

function field(cell: Cell): string {
  const text = typeof cell === 'number' ? String(cell) : neutraliseCell(cell);
  return /[;"\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}
