import { ExitCode } from '../core/errors.js';
import { useColor, write } from './output.js';
import { openValidProject } from './valid-project.js';
import { saidIn } from './language.js';

export interface AssessmentFlags {
  year?: number;
  dryRun?: boolean;
  force?: boolean;
}

/** `welfare import --assessments <form>`: the filled-in status form back into the project's matrices. */
export async function importAssessmentForm(form: string, flags: AssessmentFlags): Promise<number> {
  // The project must be valid first: the form's rows are checked against it, and it must stay valid.
  const project = await openValidProject();
  const [{ importAssessments, writeAssessments }, { formatAssessmentReport }] = await Promise.all([import('../import/assessments/index.js'), import('../import/assessments/report.js')]);
  const result = await importAssessments(project, { form, year: flags.year, force: flags.force });
  if (!flags.dryRun) await writeAssessments(result);
  await write(process.stderr, formatAssessmentReport(result, { color: useColor(process.stderr), dryRun: flags.dryRun === true, lang: saidIn() }));
  return result.answers.errors > 0 ? ExitCode.invalid : ExitCode.ok;
}
