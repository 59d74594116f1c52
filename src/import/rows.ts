import { cleanCell, isEmpty, type CleanCell } from './clean.js';
import { findHyphenationBreaks, mendHyphenation } from './hyphenation.js';
import { quote, type ImportNotes } from './notes.js';
import type { Table } from './table.js';
import { said } from './words.js';

/** A row with its cells cleaned: what structure recovery reads. */
export interface CleanRow {
  line: number;
  cells: CleanCell[];
  /** The indexes of the cells that hold text. */
  filled: number[];
}

/**
 * Cleans every cell of a table and mends the words hyphenation broke, noting each row where markup
 * was taken out or a word was mended.
 */
export function cleanRows(table: Table, notes: ImportNotes): CleanRow[] {
  const rows = table.rows.map((row) => ({ line: row.line, cells: row.cells.map(cleanCell) }));
  const breaks = findHyphenationBreaks(rows.flatMap((row) => row.cells.flatMap((cell) => cell.lines)));
  return rows.map(({ line, cells }) => {
    if (cells.some((cell) => cell.markup)) notes.info(line, said('markup'));
    const mendedCells = cells.map((cell) => {
      const lines = cell.lines.map((text) => {
        const { text: mended, mended: words } = mendHyphenation(text, breaks);
        for (const word of words) notes.info(line, said('hyphenation', { broken: quote(word.broken), whole: quote(word.whole), evidence: quote(word.evidence) }));
        return mended;
      });
      return { ...cell, lines };
    });
    return { line, cells: mendedCells, filled: mendedCells.flatMap((cell, i) => (isEmpty(cell) ? [] : [i])) };
  });
}
