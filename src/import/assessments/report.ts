import { Chalk } from 'chalk';
import { inLanguage } from '../../core/errors.js';
import { noteLines, wroteLine, type ReportOptions } from '../report.js';
import { said } from '../words.js';
import type { AssessmentImportResult } from './index.js';

/**
 * The report of an assessment import, on standard error like the matrix import's: every note on
 * its row (`form.csv:7: …`, `form.xlsx[Lovisa stad]:7: …`), the counts, then what was or would be
 * written.
 */
export function formatAssessmentReport(result: AssessmentImportResult, options: ReportOptions): string {
  const lang = options.lang ?? 'en';
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const lines = [...noteLines(result.notes, result.form, c, lang), ...result.tables.flatMap((table) => noteLines(table.notes.list, table.label, c, lang))];
  lines.push(c[result.answers.errors === 0 ? 'green' : 'red'](inLanguage(result.summary, lang)));
  const written = wroteLine(options.dryRun, lang);
  for (const m of result.matrices) lines.push(written(m.shown, inLanguage(said('newAssessments', m), lang)));
  if (result.matrices.length === 0 && result.answers.errors === 0) lines.push(inLanguage(said('nothingToWrite'), lang));
  return lines.join('\n') + '\n';
}
