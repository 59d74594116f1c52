import type { Language, Text } from '../../generated/types.js';

const languages: Language[] = ['sv', 'fi'];

/**
 * A text made of parts, per language: "Bilaga 1. Åtgärdsmatris – Lovisa stad". A language is
 * missing from the result when a part lacks it, so the whole title falls back, not half of it.
 */
export function joinText(...parts: (Text | string | number)[]): Text {
  const out: Text = {};
  for (const lang of languages) {
    const words = parts.map((p) => (typeof p === 'object' ? p[lang] : String(p)));
    if (words.every((w) => w !== undefined)) out[lang] = words.join('');
  }
  return out;
}
