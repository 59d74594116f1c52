import { closest, distance } from 'fastest-levenshtein';

/** The nearest candidate to a misspelt name, when it is near enough to be a likely typo. */
export function suggest(name: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const best = closest(name, candidates as string[]);
  return distance(name, best) <= Math.max(2, Math.floor(name.length / 4)) ? best : undefined;
}
