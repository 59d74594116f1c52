import type { Language } from '../generated/types.js';
import { isEmpty, oneLine, type CleanCell } from './clean.js';

/** What a column of an action matrix holds. */
export type ColumnRole = 'focusArea' | 'goal' | 'action' | 'indicator' | 'actor';

/**
 * The words of column headings, as stems, in Swedish and Finnish: the standard ones and the
 * variants municipalities use ("Tavoitteet", "Arviointimittarit", "Aktiivinen vastuutaho").
 */
const stems: Record<ColumnRole, Record<Language, readonly string[]>> = {
  focusArea: { sv: ['tyngdpunkt', 'insatsområde'], fi: ['painopiste'] },
  goal: { sv: ['mål'], fi: ['tavoit'] },
  action: { sv: ['åtgärd'], fi: ['toimenpi'] },
  indicator: { sv: ['indikator', 'mätare', 'uppföljning'], fi: ['mittari', 'indikaattor', 'seuranta'] },
  actor: { sv: ['ansvar', 'aktör'], fi: ['vastuu', 'toimija'] },
};
/** A heading is a few words; a longer cell is data, even if it says "mål". */
const MAX_HEADING_LENGTH = 40;

// "mål" must start a word ("målet", "målsättning"), other stems may sit inside a compound ("arviointimittarit").
const matches = (word: string, stem: string) => (stem === 'mål' ? word.startsWith(stem) : word.includes(stem));

/**
 * The role of a column by its heading, and the heading's language. The last word is tried first:
 * it is the head noun in both languages ("Toimenpiteen vastuutaho" names the actor).
 */
export function roleOfHeading(heading: string): { role: ColumnRole; language: Language } | undefined {
  const words = heading.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  for (const word of words.reverse()) {
    for (const role of Object.keys(stems) as ColumnRole[]) {
      for (const language of ['sv', 'fi'] as const) {
        if (stems[role][language].some((stem) => matches(word, stem))) return { role, language };
      }
    }
  }
  return undefined;
}

/** A header row: which column holds what, and the columns that are not part of the matrix. */
export interface Header {
  line: number;
  columns: Partial<Record<ColumnRole, number>>;
  /** The number of columns up to the last heading. */
  width: number;
  headings: string[];
  /** The language most headings are in. */
  language: Language;
  /** Columns with a heading that is not a matrix column ("Bedömning 2023"), or a second column of one role. */
  ignored: { index: number; heading: string }[];
}

/**
 * Reads a row as a header row when it names the action column and at least two of goal, indicator
 * and actor, in any order, with nothing longer than a heading in it.
 */
export function readHeader(line: number, cells: readonly CleanCell[]): Header | undefined {
  const headings = cells.map(oneLine);
  if (headings.some((h) => h.length > MAX_HEADING_LENGTH)) return undefined;
  const columns: Partial<Record<ColumnRole, number>> = {};
  const ignored: Header['ignored'] = [];
  const votes = { sv: 0, fi: 0 };
  headings.forEach((heading, index) => {
    if (isEmpty(cells[index])) return;
    const found = roleOfHeading(heading);
    if (found && columns[found.role] === undefined) {
      columns[found.role] = index;
      votes[found.language]++;
    } else ignored.push({ index, heading });
  });
  const others = (['goal', 'indicator', 'actor'] as const).filter((r) => columns[r] !== undefined).length;
  if (columns.action === undefined || others < 2) return undefined;
  const width = headings.reduce((w, h, i) => (h ? i + 1 : w), 0);
  return { line, columns, width, headings, language: votes.fi > votes.sv ? 'fi' : 'sv', ignored };
}
