import { Chalk } from 'chalk';
import { visible } from '../core/visible.js';
import type { Diagnostic } from './diagnostic.js';
import type { Summary } from './summary.js';

/** `file:line:col  error  message  (rule)`, one line each, then the summary. */
export function formatText(ds: readonly Diagnostic[], summary: Summary, color: boolean): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  // The file, message and rule come from the user's files: shown as text before they are coloured.
  const lines = ds.map((d) =>
    `${c.bold(`${visible(d.file)}:${d.line}:${d.col}`)}  ${d.severity === 'error' ? c.red('error') : c.yellow('warning')}  ${visible(d.message)}  ${c.dim(`(${visible(d.rule)})`)}`,
  );
  lines.push((summary.errors ? c.red : summary.warnings ? c.yellow : c.green)(summary.line));
  return lines.join('\n') + '\n';
}
