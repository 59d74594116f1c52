import { Chalk, type ChalkInstance } from 'chalk';
import { visible } from '../core/visible.js';
import type { ImportResult } from './index.js';
import type { ImportNote } from './notes.js';

/**
 * The import's report, one note per line in the order of the table (`table.txt:57: …`), then what
 * was or would be written. It goes to standard error, so standard output stays the YAML.
 */
export function formatImportReport(result: ImportResult, input: string, options: { color: boolean; dryRun: boolean }): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const lines = noteLines(result.notes, input, c);
  lines.push(c[result.matrix ? 'green' : 'red'](result.summary));
  const would = options.dryRun ? 'would write' : 'wrote';
  if (result.registry) lines.push(`${would} ${result.registry.shown}: ${result.registry.change}`);
  if (result.matrix?.shown) lines.push(`${would} ${result.matrix.shown}`);
  return lines.join('\n') + '\n';
}

/** Notes as report lines in the order of the table's rows, each `table.txt:57: …`. */
export function noteLines(notes: readonly ImportNote[], input: string, c: ChalkInstance): string[] {
  const order = (n: ImportNote) => n.line ?? 0;
  return [...notes]
    .sort((a, b) => order(a) - order(b))
    .map((n) => {
      const where = n.line === undefined ? input : `${input}:${n.line}${n.lastLine ? `-${n.lastLine}` : ''}`;
      const label = n.severity === 'error' ? `${c.red('error')}: ` : n.severity === 'warning' ? `${c.yellow('warning')}: ` : '';
      const also = n.also ? ` (also ${n.also.length === 1 ? 'line' : 'lines'} ${n.also.join(', ')})` : '';
      // The notes quote the table: its text is shown as text before the report is coloured.
      return `${c.bold(visible(where))}: ${label}${visible(n.message)}${also}`;
    });
}
