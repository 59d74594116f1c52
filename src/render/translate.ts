import type { Language, Text } from '../generated/types.js';
import type { Edition } from './edition.js';
import { escapeHtml } from './html.js';
import { labels } from './labels.js';

/** The texts of one document that lacked a language and were shown in the other one. */
export class Fallbacks {
  readonly missing = new Map<Language, string[]>();

  record(lang: Language, shown: string): void {
    const list = this.missing.get(lang) ?? [];
    list.push(shown);
    this.missing.set(lang, list);
  }
}

const other = (lang: Language): Language => (lang === 'sv' ? 'fi' : 'sv');
const inLanguage = (lang: Language) => (lang === 'sv' ? labels.inSwedish : labels.inFinnish);

/** A text in one language for places that hold no markup (a page title, a chart's title). */
export function plainText(text: Text, lang: Language): string {
  return text[lang] ?? text[other(lang)] ?? '';
}

/** A text in both languages of an edition, for places that hold no markup: "Sammandrag / Tiivistelmä". */
export function editionText(text: Text, edition: Edition): string {
  return [...new Set(edition.langs.map((lang) => plainText(text, lang)))].join(' / ');
}

/**
 * A text as HTML in an edition. A missing language falls back to the other one, shown under its
 * own `lang` (so a screen reader switches voice) with a visible marker, and is recorded so the
 * build can report it.
 */
export function textHtml(text: Text, edition: Edition, fallbacks: Fallbacks, render: (source: string) => string = escapeHtml): string {
  if (!edition.bilingual) {
    const lang = edition.lang;
    const own = inLanguageOf(text, lang, fallbacks);
    if (own !== undefined) return render(own);
    return `<span class="fallback" lang="${other(lang)}">${render(text[other(lang)] ?? '')}</span> ${fallbackMarker(lang)}`;
  }
  return `<span class="bi">${edition.langs.map((lang) => {
    const own = inLanguageOf(text, lang, fallbacks);
    return `<span lang="${lang}">${own !== undefined ? render(own) : marker(lang, labels.missingTranslation[lang])}</span>`;
  }).join('')}</span>`;
}

/**
 * A block of Markdown as HTML in an edition: one language, or both side by side in two columns.
 * Falls back like textHtml.
 */
export function blockHtml(text: Text, edition: Edition, fallbacks: Fallbacks, render: (source: string) => string): string {
  if (!edition.bilingual) {
    const lang = edition.lang;
    const own = inLanguageOf(text, lang, fallbacks);
    if (own !== undefined) return render(own);
    return `<p>${fallbackMarker(lang)}</p><div class="fallback" lang="${other(lang)}">${render(text[other(lang)] ?? '')}</div>`;
  }
  return `<div class="columns">${edition.langs.map((lang) => {
    const own = inLanguageOf(text, lang, fallbacks);
    return `<div lang="${lang}">${own !== undefined ? render(own) : `<p>${marker(lang, labels.missingTranslation[lang])}</p>`}</div>`;
  }).join('')}</div>`;
}

/** The text in one language; when it has none, the other language's is recorded as shown instead. */
function inLanguageOf(text: Text, lang: Language, fallbacks: Fallbacks): string | undefined {
  const own = text[lang];
  if (own === undefined) fallbacks.record(lang, text[other(lang)] ?? '');
  return own;
}

/** "(in Finnish, translation missing)", said in the edition's language. */
const fallbackMarker = (lang: Language) => marker(lang, `${inLanguage(other(lang))[lang]}, ${labels.missingTranslation[lang]}`);

const marker = (lang: Language, words: string) => `<span class="fallback-marker" lang="${lang}">(${escapeHtml(words)})</span>`;
