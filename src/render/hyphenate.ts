import type { Language } from '../generated/types.js';

/** Puts soft hyphens (U+00AD) into a text where a line may break inside a word. */
export type Hyphenate = (text: string, lang: Language) => string;

/**
 * Words shorter than this are never broken. Only the long compounds of Finnish and Swedish
 * ("toimenpideohjelma", "välfärdsberättelse") need it to fit a narrow table column; breaking
 * shorter words would only make the text harder to read.
 */
export const minWordLength = 12;

/** Leaves a text as it is: where no hyphenation patterns were loaded (tests of templates). */
export const noHyphenation: Hyphenate = (text) => text;

/**
 * The hyphenation of Swedish and Finnish, with the TeX patterns of the `hyphen` package. The
 * patterns are loaded here, on the first build, rather than when welfare starts: `validate` and
 * the other commands never need them. The browsers that print PDFs often have no hyphenation
 * dictionaries of their own (CSS `hyphens: auto` then does nothing), so the soft hyphens are put
 * into the HTML; welfare removes those the PDF's text layer would otherwise carry (see
 * src/print/soft-hyphens.ts).
 */
export async function loadHyphenation(): Promise<Hyphenate> {
  const [sv, fi] = await Promise.all([import('hyphen/sv'), import('hyphen/fi')]);
  const options = { hyphenChar: '\u00ad', minWordLength };
  const by: Record<Language, typeof sv.hyphenateSync> = { sv: sv.hyphenateSync, fi: fi.hyphenateSync };
  const longWord = new RegExp(`\\p{L}{${minWordLength}}`, 'u');
  // A text recurs in many documents of a build (a municipality's and the joint, each edition that
  // shows its language): it is hyphenated once.
  const done: Record<Language, Map<string, string>> = { sv: new Map(), fi: new Map() };
  return (text, lang) => {
    if (!longWord.test(text)) return text;
    let hyphenated = done[lang].get(text);
    if (hyphenated === undefined) done[lang].set(text, (hyphenated = by[lang](text, options)));
    return hyphenated;
  };
}
