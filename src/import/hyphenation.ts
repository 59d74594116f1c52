/** A word a document's hyphenation broke in two, and where the whole word is written. */
export interface HyphenationBreak {
  broken: string;
  whole: string;
  /** The whole form found elsewhere in the table that proves the break. */
  evidence: string;
}

const hyphenated = /(?<![\p{L}\d-])(\p{Ll}{3,})-(\p{Ll}{2,})(?![\p{L}\d-])/gu;
const words = /\p{L}+/gu;

/**
 * Finds words that hyphenation broke ("avfalls-sorteringen") among the texts of one table. A
 * lower-case hyphenated word is taken as broken only when the table also writes it whole (at
 * least its first part and four more letters, so "avfallssortering" proves "avfalls-sorteringen");
 * real hyphenated words ("hr-team", "liikunta-alue") are never written whole and stay as they are.
 */
export function findHyphenationBreaks(texts: readonly string[]): Map<string, HyphenationBreak> {
  const vocabulary = new Set<string>();
  for (const text of texts) for (const [word] of text.toLowerCase().matchAll(words)) vocabulary.add(word);
  // Sorted, the words that start with a prefix stand together: one binary search finds them.
  const sorted = [...vocabulary].sort();
  const breaks = new Map<string, HyphenationBreak>();
  for (const text of texts) {
    for (const [broken, left, right] of text.matchAll(hyphenated)) {
      if (breaks.has(broken)) continue;
      const whole = left! + right!;
      const needed = left!.length + Math.min(4, right!.length);
      const evidence = firstWithPrefix(sorted, whole.slice(0, needed));
      if (evidence) breaks.set(broken, { broken, whole, evidence });
    }
  }
  return breaks;
}

/** The text with the broken words made whole, and which of them it had. */
export function mendHyphenation(text: string, breaks: ReadonlyMap<string, HyphenationBreak>): { text: string; mended: HyphenationBreak[] } {
  const mended: HyphenationBreak[] = [];
  const out = breaks.size === 0 ? text : text.replace(hyphenated, (match) => {
    const found = breaks.get(match);
    if (!found) return match;
    mended.push(found);
    return found.whole;
  });
  return { text: out, mended };
}

/** The first of sorted words that starts with the prefix, if any. */
function firstWithPrefix(sorted: readonly string[], prefix: string): string | undefined {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < prefix) low = mid + 1;
    else high = mid;
  }
  return sorted[low]?.startsWith(prefix) ? sorted[low] : undefined;
}
