import { basename, dirname, extname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { ExitCode, WelfareError } from '../core/errors.js';
import { exists, SourceCache } from '../core/project.js';
import { existsAlready, writeFilesAtomic } from '../core/write.js';
import type { ActionMatrix, Language } from '../generated/types.js';
import { matrix as validMatrix } from '../generated/validators.js';
import { ActorMatcher } from './actor-match.js';
import { readActorRegistry, registryText, type ActorRegistryFile } from './actor-registry.js';
import { assembleMatrix } from './assemble.js';
import { chooseMunicipality, findImportProject } from './context.js';
import { addLanguage, checkIntoMatrix } from './into.js';
import { matrixYaml } from './matrix-yaml.js';
import { ImportNotes, type ImportNote } from './notes.js';
import { cleanRows } from './rows.js';
import { schemaRef } from '../core/schema-ref.js';
import { recoverStructure } from './structure.js';
import { readTable, type TableSource } from './table.js';
import { said } from './words.js';
import type { Said } from '../core/errors.js';

export interface ImportOptions {
  /** The table: copied text, CSV or XLSX. */
  input: string;
  language: Language;
  municipality?: string;
  /** Where the matrix goes; standard output when absent (and not --into). */
  output?: string;
  /** An existing matrix to add the table's language to. */
  into?: string;
  /** Overwrite files that exist (not needed for --into's own file). */
  force?: boolean;
  /** Plan and report, but refuse nothing because a file exists: nothing will be written. */
  dryRun?: boolean;
  cwd?: string;
}

/** A file the import will write. */
export interface PlannedFile {
  path: string;
  shown: string;
  text: string;
  /** What the file gets, for the report ("3 new actors"). */
  change: Said;
}

export interface ImportResult {
  source: TableSource;
  notes: ImportNote[];
  /** The matrix; no path means standard output. Absent when errors keep the import from a valid matrix. */
  matrix?: { text: string; path?: string; shown?: string };
  registry?: PlannedFile;
  summary: Said;
}

export { readTable, type Table, type TableRow, type TableSource } from './table.js';
export type { ImportNote } from './notes.js';

/**
 * Imports an action matrix from a table planners already have: recovers its structure, splits and
 * matches the responsible actors, gives everything an id, and plans the files to write. Nothing is
 * written here; `writeImport` does that.
 */
export async function importMatrix(options: ImportOptions): Promise<ImportResult> {
  const cache = new SourceCache(options.cwd);
  const at = (p: string) => resolve(cache.cwd, p);
  const output = options.output ? at(options.output) : options.into ? at(options.into) : undefined;
  if (options.output && !options.force && !options.dryRun && (await exists(at(options.output)))) {
    throw existsAlready(options.output);
  }
  const table = await readTable(at(options.input), cache.shown(at(options.input)));
  const notes = new ImportNotes();
  noteSource(table.source, table.rows.length, notes);
  const imported = recoverStructure(cleanRows(table, notes), table.source.format === 'xlsx', notes);
  if (notes.errors > 0) return failed(table.source, notes);
  if (imported.language !== options.language) {
    notes.warning(undefined, said('headingsLanguage', { headings: imported.language, told: options.language }));
  }

  const project = await findImportProject(output, cache);
  const intoFile = options.into ? await cache.read(at(options.into)) : undefined;
  const into = intoFile && checkIntoMatrix(intoFile);
  const municipality = into ? into.municipalities[0]! : chooseMunicipality(options.municipality, project, output, { title: imported.title, input: options.input }, notes);
  const registry = await registryFor(project, output, options, cache);
  const nameWords = project?.municipalities.find((m) => m.id === municipality)?.nameWords ?? [municipality];
  const actors = new ActorMatcher(registry?.actors ?? [], options.language, municipality, nameWords, notes);

  let text: string;
  let data: unknown;
  let counts: Said;
  let names = new Map<string, string>();
  if (intoFile && into) {
    if (!registry) notes.info(undefined, said('noProject'));
    const result = addLanguage(intoFile, into, imported, options.language, actors, registry?.actors ?? [], notes);
    text = result.text;
    data = parse(text);
    names = result.actorNames;
    counts = said('added', { language: options.language, ...result.added, newActors: actors.added.length });
  } else {
    const known = registry?.actors.flatMap((a) => (a.name[options.language] ? [a.name[options.language]!] : [])) ?? [];
    const matrix = assembleMatrix(imported, options.language, municipality, actors, known, notes);
    text = matrixYaml(matrix, await schemaRef(output ?? join(cache.cwd, 'matrix.yaml'), 'matrix'));
    data = matrix;
    counts = countsOf(matrix, actors.added.length);
  }
  const planned = registry && (actors.added.length > 0 || names.size > 0) ? await plannedRegistry(registry, actors, names, options, municipality) : undefined;
  if (notes.errors > 0) return failed(table.source, notes);
  selfCheck(data);
  return {
    source: table.source,
    notes: notes.list,
    matrix: { text, ...(output && { path: output, shown: cache.shown(output) }) },
    ...(planned && { registry: planned }),
    summary: counts,
  };
}

/** Writes what an import planned, the registry and the matrix that names its actors: both or neither. */
export async function writeImport(result: ImportResult): Promise<void> {
  await writeFilesAtomic([
    ...(result.registry ? [{ path: result.registry.path, data: result.registry.text }] : []),
    ...(result.matrix?.path ? [{ path: result.matrix.path, data: result.matrix.text }] : []),
  ]);
}

/**
 * The registry new actors go into: the project's, or with no project a file of their own beside
 * the output ("lovisa.actors.yaml"), which is never overwritten without --force.
 */
async function registryFor(project: Awaited<ReturnType<typeof findImportProject>>, output: string | undefined, options: ImportOptions, cache: SourceCache): Promise<ActorRegistryFile | undefined> {
  if (project) return readActorRegistry(project.layout.actors, cache);
  if (options.into) return undefined;
  const stem = (p: string) => basename(p, extname(p));
  const path = output ? join(dirname(output), `${stem(output)}.actors.yaml`) : resolve(cache.cwd, `${stem(options.input)}.actors.yaml`);
  if (!options.force && !options.dryRun && (await exists(path))) {
    throw existsAlready(cache.shown(path), { because: said('actorsFileThere') });
  }
  return { path, shown: cache.shown(path), actors: [] };
}

async function plannedRegistry(registry: ActorRegistryFile, actors: ActorMatcher, names: Map<string, string>, options: ImportOptions, municipality: string): Promise<PlannedFile> {
  const text = registryText(registry, { added: actors.added, names }, options.language, municipality, await schemaRef(registry.path, 'actors'), basename(options.input));
  const change = said('registryChange', { newActors: actors.added.length, names: names.size, language: options.language, newFile: !registry.file });
  return { path: registry.path, shown: registry.shown, text, change };
}

const failed = (source: TableSource, notes: ImportNotes): ImportResult => ({ source, notes: notes.list, summary: said('nothingWritten', notes.errors) });

function noteSource(source: TableSource, rows: number, notes: ImportNotes) {
  if (source.format === 'xlsx') {
    notes.info(undefined, said('readSheet', { sheet: source.sheet, rows }));
    if (source.otherSheets.length > 0) notes.warning(undefined, said('otherSheets', source.otherSheets));
  } else {
    notes.info(undefined, said('readAs', { delimiter: source.delimiter, encoding: source.encoding, lines: rows }));
  }
}

const countsOf = (matrix: ActionMatrix, newActors: number) => {
  const goals = matrix.focusAreas.flatMap((f) => f.goals);
  const actions = goals.flatMap((g) => g.actions);
  return said('counts', { focusAreas: matrix.focusAreas.length, goals: goals.length, actions: actions.length, newActors });
};

/** What the import writes must pass `welfare validate`'s schema check; if it does not, that is a bug here. */
function selfCheck(matrix: unknown) {
  if (!validMatrix(matrix)) throw new Error(`the imported matrix is not valid: ${JSON.stringify(validMatrix.errors?.[0])}`);
}
