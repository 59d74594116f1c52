/** Small text helpers the importer's stages share. */

/** A text for comparing: case, spacing and final punctuation do not matter. */
const normalized = (text: string) => text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').replace(/[\s.,;:]+$/, '').trim();

export const sameText = (a: string, b: string) => normalized(a) === normalized(b);

/** Whether a text is written in capitals ("INVOLVERING AV INVÅNARNA"), as headings often are. */
export const isCapitals = (text: string) => (text.match(/\p{L}/gu) ?? []).length >= 4 && text === text.toUpperCase() && text !== text.toLowerCase();

/** "INVOLVERING AV INVÅNARNA" → "Involvering av invånarna". */
export const sentenceCase = (text: string) => text.charAt(0).toUpperCase() + text.slice(1).toLowerCase();

export const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A numbered heading or list item: "1. INVOLVERING AV INVÅNARNA", "Painopiste 2: Osallisuus". */
export function numbered(text: string): { number: number; text: string } | undefined {
  const m = /^(?:(?:tyngdpunkt|insatsområde|painopiste(?:alue)?)\s*)?(\d{1,2})(?:\s*[.):]\s*|\s+)(?!\d)(\S.*)$/iu.exec(text);
  return m ? { number: Number(m[1]), text: m[2]!.trim() } : undefined;
}

/** The least and greatest of numbers, by a loop: `Math.min(...values)` overflows the stack past about 120,000. */
export function least(values: Iterable<number>): number {
  let min = Infinity;
  for (const v of values) if (v < min) min = v;
  return min;
}
export function greatest(values: Iterable<number>): number {
  let max = -Infinity;
  for (const v of values) if (v > max) max = v;
  return max;
}
