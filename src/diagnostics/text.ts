import { Chalk } from 'chalk';
import type { Diagnostic } from './diagnostic.js';
import type { Summary } from './summary.js';

/** `file:line:col  error  message  (rule)`, one line each, then the summary. */
export function formatText(ds: readonly Diagnostic[], summary: Summary, color: boolean): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const lines = ds.map((d) =>
    `${c.bold(`${d.file}:${d.line}:${d.col}`)}  ${d.severity === 'error' ? c.red('error') : c.yellow('warning')}  ${d.message}  ${c.dim(`(${d.rule})`)}`,
  );
  lines.push((summary.errors ? c.red : summary.warnings ? c.yellow : c.green)(summary.line));
  return lines.join('\n') + '\n';
}
