import type { Language } from '../generated/types.js';
import { slugify } from '../core/slug.js';

/**
 * Words that carry no meaning of their own in an id ("Vi ökar invånarnas möjligheter att påverka"
 * → "okar-invanarnas-mojligheter-paverka").
 */
const stopWords: Record<Language, ReadonlySet<string>> = {
  sv: new Set(['vi', 'att', 'och', 'i', 'på', 'för', 'av', 'med', 'som', 'till', 'en', 'ett', 'den', 'det', 'de', 'dem', 'om', 'är', 'vår', 'våra', 'vårt', 'man', 'sig', 'samt', 'så', 'från', 'inom', 'hos', 'där', 'när', 'har', 'kan', 'ska', 'även', 'också', 'eller']),
  fi: new Set(['me', 'ja', 'sekä', 'on', 'ovat', 'että', 'tai', 'jotta', 'myös', 'kanssa', 'se', 'ne', 'sen', 'niiden', 'joka', 'jotka', 'kun', 'kuin', 'mm', 'esim']),
};
/** Ids stay short enough to read in a diff and to type in a merge resolution. */
const MAX_ID_LENGTH = 40;

/** A readable id from a text: its meaningful words, cut at a word boundary. */
export function idFromText(text: string, language: Language): string {
  const words = text.split(/\s+/).filter((w) => !stopWords[language].has(w.toLowerCase().replace(/[^\p{L}]/gu, '')));
  return slugify(words.join(' '), MAX_ID_LENGTH) || slugify(text, MAX_ID_LENGTH) || 'item';
}

/**
 * Hands out ids unique within one kind of thing (focus areas, goals, actions or actors): a second
 * "Vi ökar …" gets "-2". The same table always gives the same ids, so a re-import diffs cleanly.
 */
export class IdRegistry {
  private readonly taken: Set<string>;
  constructor(taken: Iterable<string> = []) {
    this.taken = new Set(taken);
  }
  claim(base: string): string {
    let id = base;
    for (let n = 2; this.taken.has(id); n++) id = `${base}-${n}`;
    this.taken.add(id);
    return id;
  }
}
