import type { MessageLanguage } from '../core/messages.js';
import type { Diagnostic } from './diagnostic.js';

export interface Summary {
  /** The language of the line, and of the words the formatters add ("error", "fel", "virhe"). */
  lang: MessageLanguage;
  files: number;
  errors: number;
  warnings: number;
  line: string;
}

const words = {
  en: (f: number, e: number, w: number) => `${f} ${f === 1 ? 'file' : 'files'} checked: ${e} ${e === 1 ? 'error' : 'errors'}, ${w} ${w === 1 ? 'warning' : 'warnings'}`,
  sv: (f: number, e: number, w: number) => `${f} ${f === 1 ? 'fil granskad' : 'filer granskade'}: ${e} fel, ${w} ${w === 1 ? 'varning' : 'varningar'}`,
  fi: (f: number, e: number, w: number) => `${f} ${f === 1 ? 'tiedosto' : 'tiedostoa'} tarkistettu: ${e} ${e === 1 ? 'virhe' : 'virhettä'}, ${w} ${w === 1 ? 'varoitus' : 'varoitusta'}`,
};

export function summarize(ds: readonly Diagnostic[], files: number, lang: MessageLanguage): Summary {
  const errors = ds.filter((d) => d.severity === 'error').length;
  const warnings = ds.length - errors;
  return { lang, files, errors, warnings, line: words[lang](files, errors, warnings) };
}
