import { basename, dirname, resolve } from 'node:path';
import { ExitCode, WelfareError, type Said } from '../core/errors.js';
import { findConfig, layoutOf, type ProjectLayout, type SourceCache } from '../core/project.js';
import type { ProjectConfig } from '../generated/types.js';
import { sameWord, wordsOf } from './actor-names.js';
import type { ImportNotes } from './notes.js';
import { said } from './words.js';

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
    throw new WelfareError(said('configUnreadable', config.path), ExitCode.invalid, { file: config.path, hint: said('validateToSee') });
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
    if (project && !ids.includes(flag)) throw new WelfareError(said('municipalityFlag', { flag, ids }), ExitCode.environment);
    return flag;
  }
  const ask = (why: Said) =>
    new WelfareError(
      { en: 'say which municipality the matrix is for: --municipality <id>', sv: 'ange vilken kommun matrisen gäller: --municipality <id>', fi: 'kerro, minkä kunnan matriisi on: --municipality <id>' },
      ExitCode.environment,
      { hint: why },
    );
  if (!project) {
    throw ask({
      en: 'outside a project (no welfare.config.yaml here or above) welfare cannot tell',
      sv: 'utanför ett projekt (ingen welfare.config.yaml här eller ovanför) kan welfare inte avgöra det',
      fi: 'projektin ulkopuolella (ei welfare.config.yaml-tiedostoa täällä tai yläkansioissa) welfare ei voi päätellä sitä',
    });
  }
  const byOutput = output ? project.municipalities.find((m) => m.matrix === resolve(output)) : undefined;
  if (byOutput) {
    notes.info(undefined, said('municipalityByOutput', byOutput.id));
    return byOutput.id;
  }
  if (project.municipalities.length === 1) {
    notes.info(undefined, said('onlyMunicipality', ids[0]!));
    return ids[0]!;
  }
  for (const [clue, words] of [['title', clues.title], ['file name', basename(clues.input)]] as const) {
    const found = project.municipalities.filter((m) => wordsOf((words ?? '').replace(/[^\p{L}]+/gu, ' ')).some((w) => m.nameWords.some((n) => sameWord(w, n.toLowerCase()))));
    if (found.length === 1) {
      notes.info(undefined, said('municipalityNamed', { id: found[0]!.id, clue }));
      return found[0]!.id;
    }
  }
  throw ask({ en: `the project has ${ids.join(', ')}`, sv: `projektet har ${ids.join(', ')}`, fi: `projektissa on ${ids.join(', ')}` });
}
