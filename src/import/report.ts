import { Chalk, type ChalkInstance } from 'chalk';
import { inLanguage } from '../core/errors.js';
import type { MessageLanguage } from '../core/messages.js';
import { visible } from '../core/visible.js';
import { severity } from '../diagnostics/text.js';
import type { ImportResult } from './index.js';
import type { ImportNote } from './notes.js';
import { said } from './words.js';

export interface ReportOptions {
  color: boolean;
  dryRun: boolean;
  lang?: MessageLanguage;
}

/**
 * The import's report, one note per line in the order of the table (`table.txt:57: …`), then what
 * was or would be written. It goes to standard error, so standard output stays the YAML.
 */
export function formatImportReport(result: ImportResult, input: string, options: ReportOptions): string {
  const lang = options.lang ?? 'en';
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const lines = noteLines(result.notes, input, c, lang);
  lines.push(c[result.matrix ? 'green' : 'red'](inLanguage(result.summary, lang)));
  const written = wroteLine(options.dryRun, lang);
  if (result.registry) lines.push(written(result.registry.shown, inLanguage(result.registry.change, lang)));
  if (result.matrix?.shown) lines.push(written(result.matrix.shown));
  return lines.join('\n') + '\n';
}

/** "wrote x: what changed", or with --dry-run "would write x: …". */
export const wroteLine = (dryRun: boolean, lang: MessageLanguage) => (file: string, change?: string) => inLanguage(said(dryRun ? 'wouldWrite' : 'wrote', { file, ...(change && { change }) }), lang);

/** Notes as report lines in the order of the table's rows, each `table.txt:57: …`. */
export function noteLines(notes: readonly ImportNote[], input: string, c: ChalkInstance, lang: MessageLanguage = 'en'): string[] {
  const order = (n: ImportNote) => n.line ?? 0;
  return [...notes]
    .sort((a, b) => order(a) - order(b))
    .map((n) => {
      const where = n.line === undefined ? input : `${input}:${n.line}${n.lastLine ? `-${n.lastLine}` : ''}`;
      const label = n.severity === 'error' ? `${c.red(severity.error[lang])}: ` : n.severity === 'warning' ? `${c.yellow(severity.warning[lang])}: ` : '';
      const also = n.also ? ` (${inLanguage(said('alsoLines', n.also), lang)})` : '';
      // The notes quote the table: its text is shown as text before the report is coloured.
      return `${c.bold(visible(where))}: ${label}${visible(inLanguage(n.message, lang))}${also}`;
    });
}
