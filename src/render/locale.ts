import type { Language } from '../generated/types.js';

/** The locales of the documents: Swedish and Finnish as written in Finland. */
const locales: Record<Language, string> = { sv: 'sv-FI', fi: 'fi-FI' };

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<Language, Intl.DateTimeFormat>();

/**
 * A number as the locale writes it: `1 234,5`, with a non-breaking space between groups and a
 * real minus sign, so a value never wraps across lines.
 */
export function formatNumber(value: number, lang: Language, decimals?: number): string {
  const key = `${lang}/${decimals ?? ''}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locales[lang], decimals === undefined ? { maximumFractionDigits: 2 } : { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/** A calendar date (`2025-05-15`) as both locales write it: `15.5.2025`. */
export function formatDate(isoDate: string, lang: Language): string {
  let format = dateFormats.get(lang);
  if (!format) {
    // UTC on both sides: a date has no time of day, so the machine's time zone must not shift it.
    format = new Intl.DateTimeFormat(locales[lang], { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(lang, format);
  }
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}
