import { Chalk } from 'chalk';
import { visible } from '../core/visible.js';
import type { Diagnostic } from './diagnostic.js';
import type { Summary } from './summary.js';

/** The severity in the words of the messages. */
export const severity = {
  error: { en: 'error', sv: 'fel', fi: 'virhe' },
  warning: { en: 'warning', sv: 'varning', fi: 'varoitus' },
} as const;

/** `file:line:col  error  message  (rule)`, one line each, then the summary. */
export function formatText(ds: readonly Diagnostic[], summary: Summary, color: boolean): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  // The file, message and rule come from the user's files: shown as text before they are coloured.
  const lines = ds.map((d) =>
    `${c.bold(`${visible(d.file)}:${d.line}:${d.col}`)}  ${d.severity === 'error' ? c.red(severity.error[summary.lang]) : c.yellow(severity.warning[summary.lang])}  ${visible(d.message)}  ${c.dim(`(${visible(d.rule)})`)}`,
  );
  lines.push((summary.errors ? c.red : summary.warnings ? c.yellow : c.green)(summary.line));
  return lines.join('\n') + '\n';
}
