import { ExitCode, WelfareError } from '../core/errors.js';
import { openProject, type Project } from '../core/model.js';
import { counted } from '../core/messages.js';
import { messageLanguageOf, requireConfig, SourceCache } from '../core/project.js';
import { sayIn } from './language.js';

/**
 * The project around the working folder, for commands that read it whole and write from it
 * (indicators pull, export): it must validate first, or what they write would be built on errors.
 */
export async function openValidProject(): Promise<Project> {
  const cache = new SourceCache();
  const configPath = await requireConfig(process.cwd());
  const lang = sayIn(await messageLanguageOf(undefined, cache, configPath));
  const { project, validation } = await openProject(configPath, { lang, cache });
  if (project) return project;
  const errors = validation.diagnostics.filter((d) => d.severity === 'error');
  const first = errors[0]!;
  const more = errors.length - 1;
  throw new WelfareError(
    {
      en: `${first.message}${more ? ` (and ${counted(more, 'more error', 'more errors')})` : ''}`,
      sv: `${first.message}${more ? ` (och ${more} fel till)` : ''}`,
      fi: `${first.message}${more ? ` (ja ${counted(more, 'muu virhe', 'muuta virhettä')})` : ''}`,
    },
    ExitCode.invalid,
    {
      file: first.file,
      line: first.line,
      col: first.col,
      hint: {
        en: "run 'welfare validate' to see every problem; fix them first",
        sv: "kör 'welfare validate' för att se alla problem; rätta dem först",
        fi: "suorita 'welfare validate' nähdäksesi kaikki ongelmat; korjaa ne ensin",
      },
    },
  );
}
