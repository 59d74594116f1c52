import { Chalk } from 'chalk';
import { noteLines } from '../report.js';
import { plural } from '../text.js';
import type { AssessmentImportResult } from './index.js';

/**
 * The report of an assessment import, on standard error like the matrix import's: every note on
 * its row (`form.csv:7: …`, `form.xlsx[Lovisa stad]:7: …`), the counts, then what was or would be
 * written.
 */
export function formatAssessmentReport(result: AssessmentImportResult, options: { color: boolean; dryRun: boolean }): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const lines = [...noteLines(result.notes, result.form, c), ...result.tables.flatMap((table) => noteLines(table.notes.list, table.label, c))];
  lines.push(c[result.answers.errors === 0 ? 'green' : 'red'](result.summary));
  const would = options.dryRun ? 'would write' : 'wrote';
  for (const m of result.matrices) lines.push(`${would} ${m.shown}: ${[m.added > 0 && plural(m.added, 'new assessment'), m.changed > 0 && `${m.changed} changed`].filter(Boolean).join(', ')}`);
  if (result.matrices.length === 0 && result.answers.errors === 0) lines.push('the matrices already say what the form says: nothing to write');
  return lines.join('\n') + '\n';
}
