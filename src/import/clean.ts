import { decodeHTML } from 'entities';

/** A cell's text once cleaned: its lines (a cell of a workbook or quoted CSV may have several). */
export interface CleanCell {
  lines: string[];
  /** Whether HTML had to be taken out, which the report mentions. */
  markup: boolean;
}

const blockTag = /<\/?(?:br|p|div|li|ul|ol|tr|h[1-6])\b[^<>]*>/gi;
const anyTag = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>|<!--[\s\S]*?-->/gi;
const hasMarkup = new RegExp(`${anyTag.source}|&(?:[a-z]+|#\\d+|#x[0-9a-f]+);`, 'i');
/** Soft hyphens, zero-width spaces and joiners: invisible in the document, noise in the data. */
const invisible = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const bullet = /^(?:[•·▪◦*]|[-–—](?=\s))\s*/;

/**
 * Cleans one cell as copied out of a document: HTML remnants (`<ul style=…>`) and entities, soft
 * hyphens and stray whitespace go; a block tag or line break separates lines.
 */
export function cleanCell(raw: string): CleanCell {
  const markup = hasMarkup.test(raw);
  const text = decodeHTML(raw.replace(blockTag, '\n').replace(anyTag, '')).replace(invisible, '');
  const lines = text
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
  return { lines, markup };
}

export const isEmpty = (cell: CleanCell | undefined) => !cell || cell.lines.length === 0;

/** The cell as one line of text, for goals, actions and titles. */
export const oneLine = (cell: CleanCell | undefined) => (cell ? cell.lines.join(' ') : '');

/** The cell as a list, one item per line, without the bullet marks a list in a cell has. */
export const listItems = (cell: CleanCell | undefined) => (cell ? cell.lines.map((line) => line.replace(bullet, '')).filter((line) => line !== '') : []);
