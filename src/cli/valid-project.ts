import { ExitCode, WelfareError } from '../core/errors.js';
import { openProject, type Project } from '../core/model.js';
import { messageLanguageOf, requireConfig, SourceCache } from '../core/project.js';

/**
 * The project around the working folder, for commands that read it whole and write from it
 * (indicators pull, export): it must validate first, or what they write would be built on errors.
 */
export async function openValidProject(): Promise<Project> {
  const cache = new SourceCache();
  const configPath = await requireConfig(process.cwd());
  const { project, validation } = await openProject(configPath, { lang: await messageLanguageOf(undefined, cache, configPath), cache });
  if (project) return project;
  const errors = validation.diagnostics.filter((d) => d.severity === 'error');
  const first = errors[0]!;
  throw new WelfareError(`${first.message}${errors.length > 1 ? ` (and ${errors.length - 1} more errors)` : ''}`, ExitCode.invalid, {
    file: first.file,
    line: first.line,
    col: first.col,
    hint: "run 'welfare validate' to see every problem; fix them first",
  });
}
