import { basename, dirname, resolve } from 'node:path';
import { ExitCode, WelfareError } from '../core/errors.js';
import { findConfig, layoutOf, type ProjectLayout, type SourceCache } from '../core/project.js';
import type { ProjectConfig } from '../generated/types.js';
import { sameWord, wordsOf } from './actor-names.js';
import type { ImportNotes } from './notes.js';

/** The project an import writes into: where its files are and which municipalities it has. */
export interface ImportProject {
  layout: ProjectLayout;
  municipalities: { id: string; matrix: string; nameWords: string[] }[];
}

/** The project around the output file, else around the working folder; none outside a project. */
export async function findImportProject(output: string | undefined, cache: SourceCache): Promise<ImportProject | undefined> {
  const configPath = (output && (await findConfig(dirname(resolve(cache.cwd, output))))) || (await findConfig(cache.cwd));
  if (!configPath) return undefined;
  const config = await cache.read(configPath);
  if (config.data === undefined || typeof config.data !== 'object') {
    throw new WelfareError(`${config.path}: the project configuration cannot be read`, ExitCode.invalid, { file: config.path, hint: `run 'welfare validate' to see why` });
  }
  const layout = layoutOf(configPath, config.data);
  const listed = (config.data as Partial<ProjectConfig>).municipalities;
  const municipalities = (Array.isArray(listed) ? listed : []).flatMap((m) =>
    m && typeof m.id === 'string'
      ? [{ id: m.id, matrix: layout.matrices.find((x) => x.municipality === m.id)?.path ?? '', nameWords: [m.id, ...Object.values(m.name ?? {}).map((n) => wordsOf(String(n))[0] ?? '')].filter(Boolean) }]
      : [],
  );
  return { layout, municipalities };
}

/**
 * Whose matrix this is: the flag, else the project's municipality whose matrix file is the output,
 * the project's only municipality, or the one the table's title or file name names.
 */
export function chooseMunicipality(flag: string | undefined, project: ImportProject | undefined, output: string | undefined, clues: { title?: string; input: string }, notes: ImportNotes): string {
  const ids = project?.municipalities.map((m) => m.id) ?? [];
  if (flag) {
    if (project && !ids.includes(flag)) throw new WelfareError(`--municipality ${flag}: not a municipality of this project (${ids.join(', ')})`, ExitCode.environment);
    return flag;
  }
  const ask = (why: string) =>
    new WelfareError(`say which municipality the matrix is for: --municipality <id>`, ExitCode.environment, { hint: why });
  if (!project) throw ask('outside a project (no welfare.config.yaml here or above) welfare cannot tell');
  const byOutput = output ? project.municipalities.find((m) => m.matrix === resolve(output)) : undefined;
  if (byOutput) {
    notes.info(undefined, `municipality '${byOutput.id}': the output is its matrix file in the project`);
    return byOutput.id;
  }
  if (project.municipalities.length === 1) {
    notes.info(undefined, `municipality '${ids[0]}': the project's only municipality`);
    return ids[0]!;
  }
  for (const [clue, words] of [['title', clues.title], ['file name', basename(clues.input)]] as const) {
    const found = project.municipalities.filter((m) => wordsOf((words ?? '').replace(/[^\p{L}]+/gu, ' ')).some((w) => m.nameWords.some((n) => sameWord(w, n.toLowerCase()))));
    if (found.length === 1) {
      notes.info(undefined, `municipality '${found[0]!.id}': the table's ${clue} names it`);
      return found[0]!.id;
    }
  }
  throw ask(`the project has ${ids.join(', ')}`);
}
