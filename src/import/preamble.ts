import { oneLine } from './clean.js';
import { quote, type ImportNotes } from './notes.js';
import type { CleanRow } from './rows.js';
import { least, numbered } from './text.js';
import { said } from './words.js';

/** What the text above the first table gives: a title, an introduction, the list of focus areas. */
export interface Preamble {
  title?: { line: number; text: string };
  introduction?: { line: number; paragraphs: string[] };
  /** The numbered list of focus areas ("1. Involvering av invånarna"), by number. */
  focusAreaList: Map<number, { line: number; title: string }>;
}

/** A list's own heading ("Tyngdpunkter", "Painopisteet") is a few words without a full stop. */
const isListHeading = (text: string) => text.length <= 40 && !/[.!?:]$/.test(text);

/**
 * Reads the text before the first header row. None of it is an action: its first line is the
 * matrix's title, a numbered list gives the focus areas' titles (often better written than the
 * headings in capitals), and the other paragraphs are the introduction.
 */
export function readPreamble(rows: readonly CleanRow[], notes: ImportNotes): Preamble {
  const items = rows.map((row) => ({ line: row.line, text: row.filled.map((i) => oneLine(row.cells[i])).join(' ') }));
  const focusAreaList = new Map<number, { line: number; title: string }>();
  const listed = new Set<number>();
  items.forEach((item, i) => {
    const found = numbered(item.text);
    if (found && !focusAreaList.has(found.number)) {
      focusAreaList.set(found.number, { line: item.line, title: found.text });
      listed.add(i);
    }
  });
  const firstListed = least(listed);
  const listHeading = listed.size > 0 && firstListed > 0 && isListHeading(items[firstListed - 1]!.text) ? firstListed - 1 : -1;
  const rest = items.filter((_, i) => !listed.has(i) && i !== listHeading);
  const preamble: Preamble = { focusAreaList };
  const [title, ...paragraphs] = rest[0] && rest[0] === items[0] ? rest : [undefined, ...rest];
  if (title) {
    preamble.title = title;
    notes.info(title.line, said('matrixTitle', quote(title.text, 80)));
  }
  if (listed.size > 0) {
    const lines = [...focusAreaList.values()].map((f) => f.line);
    notes.info(lines[0], said('focusAreaList', focusAreaList.size), lines[lines.length - 1]);
  }
  if (listHeading >= 0) notes.info(items[listHeading]!.line, said('listHeading', quote(items[listHeading]!.text)));
  const introduction = paragraphs.filter((p): p is { line: number; text: string } => p !== undefined);
  if (introduction.length > 0) {
    preamble.introduction = { line: introduction[0]!.line, paragraphs: introduction.map((p) => p.text) };
    notes.info(introduction[0]!.line, said('introduction', introduction.length), introduction[introduction.length - 1]!.line);
  }
  return preamble;
}
