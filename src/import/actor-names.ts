import { distance } from 'fastest-levenshtein';

/**
 * Comparing actor names as planners write them: the same department appears as "Alla centraler"
 * and "Alla centralerna", "undervisningsväsende" and "Undervisningsväsendet", "keskus" and
 * "keskuksen". Words match when one is the other with a short ending changed; that is an
 * inflection, not a different actor.
 */
export const wordsOf = (name: string) =>
  name
    .normalize('NFC')
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\d]+|[^\p{L}\d-]+$/gu, ''))
    .filter(Boolean);

export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 4) return false;
  let prefix = 0;
  while (prefix < short.length && short[prefix] === long[prefix]) prefix++;
  return prefix >= short.length - 1 && long.length - prefix <= 4;
}

export const sameWords = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((w, i) => sameWord(w, b[i]!));

/** Two names that differ by a few letters: likely the same actor written twice, worth a word. */
export function nearName(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x !== y && distance(x, y) <= Math.max(2, Math.floor(Math.min(x.length, y.length) / 12));
}
