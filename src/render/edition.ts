import type { Language } from '../generated/types.js';

/**
 * A language edition of a document: Swedish, Finnish, or both side by side (the bilingual
 * edition some municipalities publish as one document).
 */
export interface Edition {
  /** The file name part: `report.<id>.html`. */
  id: EditionId;
  /** The languages shown, in order. */
  langs: Language[];
  /** The language of the page (`<html lang>`); the other language's parts carry their own `lang`. */
  lang: Language;
  bilingual: boolean;
}

export const editionIds = ['sv', 'fi', 'sv-fi'] as const;
export type EditionId = (typeof editionIds)[number];

export const editions: Record<EditionId, Edition> = {
  sv: { id: 'sv', langs: ['sv'], lang: 'sv', bilingual: false },
  fi: { id: 'fi', langs: ['fi'], lang: 'fi', bilingual: false },
  'sv-fi': { id: 'sv-fi', langs: ['sv', 'fi'], lang: 'sv', bilingual: true },
};

/**
 * The editions a project builds by default: its languages, plus the bilingual one when asked
 * for and the project has both languages (its texts are checked only in the languages it names).
 */
export function defaultEditions(languages: readonly Language[], bilingual: boolean | undefined): Edition[] {
  const chosen = languages.map((lang) => editions[lang]);
  if (bilingual && languages.includes('sv') && languages.includes('fi')) chosen.push(editions['sv-fi']);
  return chosen;
}

/**
 * How a link to an edition reads: each language names itself ("Suomeksi" in Finnish), as
 * bilingual Finnish sites do, so a reader finds their language whatever page they are on.
 */
const editionNames: Record<EditionId, { name: string; lang: Language }> = {
  sv: { name: 'På svenska', lang: 'sv' },
  fi: { name: 'Suomeksi', lang: 'fi' },
  'sv-fi': { name: 'Tvåspråkig – Kaksikielinen', lang: 'sv' },
};

/** A link to a document in an edition. */
export interface EditionLink { href: string; hreflang: string; lang: Language; name: string }

export const editionLink = (edition: Edition, href: string): EditionLink => ({ href, hreflang: edition.bilingual ? 'sv' : edition.lang, ...editionNames[edition.id] });
