import type { Text } from '../../generated/types.js';

const languages = ['sv', 'fi'] as const;

/** Whitespace is not content: a line folded elsewhere or a trailing space does not make another text. */
export const normalize = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * One text from two that agree: the first's languages plus those only the second has, so a
 * translation one side added is not lost; undefined when a language both have says something else.
 */
export function combineText(a: Text, b: Text): Text | undefined {
  const out: Text = {};
  for (const lang of languages) {
    const x = a[lang];
    const y = b[lang];
    if (x !== undefined && y !== undefined && normalize(x) !== normalize(y)) return undefined;
    const value = x ?? y;
    if (value !== undefined) out[lang] = value;
  }
  return out;
}

/** Optional texts (a unit, a comment) agree when absent on either side or combinable. */
export function combineOptionalText(a: Text | undefined, b: Text | undefined): { text?: Text } | undefined {
  if (!a || !b) return { text: a ?? b };
  const text = combineText(a, b);
  return text && { text };
}

/** The keys under which two texts count as the same wording: either language, whitespace aside. */
export const wordingKeys = (t: Text) => languages.flatMap((l) => (t[l] === undefined ? [] : [`${l}:${normalize(t[l])}`]));

/** Distinct texts side by side, per language, for what has no single value in a joint matrix (titles, introductions). */
export function joinTexts(texts: Text[], separator: string): Text | undefined {
  const out: Text = {};
  for (const lang of languages) {
    const seen = new Map<string, string>();
    for (const t of texts) if (t[lang] !== undefined && !seen.has(normalize(t[lang]))) seen.set(normalize(t[lang]), t[lang]);
    // Trailing line breaks (of a YAML block) would pile up around the separator.
    if (seen.size) out[lang] = seen.size === 1 ? [...seen.values()][0]! : [...seen.values()].map((v) => v.trimEnd()).join(separator);
  }
  return Object.keys(out).length ? out : undefined;
}
