import { readdirSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { ExitCode, WelfareError } from '../core/errors.js';
import { inEach, phrase } from '../core/messages.js';
import { exists } from '../core/project.js';
import { slugify } from '../core/slug.js';
import { writeFileAtomic } from '../core/write.js';
import { packageRoot } from '../core/package-root.js';
import { schemaRef } from '../core/schema-ref.js';
import { documentKinds, type DocumentKind } from '../core/kinds.js';
import { parseMunicipalities } from './municipality-spec.js';
import { projectFiles, type ScaffoldFile } from './project-files.js';
import { toolingFiles } from './tooling-files.js';
import { welfareDependency } from './welfare-source.js';

export interface InitOptions {
  /** `--municipality <id>:<code>:<sv name>:<fi name>`, repeatable; none gives the example municipality. */
  municipalities: readonly string[];
  /** Add the files a non-empty folder lacks; existing files are never overwritten. */
  force?: boolean;
  /** Today, for the plan period and the documents' date. */
  today?: Date;
}

export interface InitResult {
  root: string;
  /** Paths relative to the project folder, in the order written. */
  written: string[];
  /** Files that were there already and were left as they were. */
  skipped: string[];
}

const says = {
  notEmpty: phrase<string>((dir) => `${dir} is not empty`, (dir) => `${dir} är inte tom`, (dir) => `${dir} ei ole tyhjä`),
  emptyFolder: phrase(
    () => 'create the project in a new or empty folder, or add --force to add only the files that are missing (existing files are never overwritten)',
    () => 'skapa projektet i en ny eller tom mapp, eller lägg till --force för att bara lägga till de filer som saknas (befintliga filer skrivs aldrig över)',
    () => 'luo projekti uuteen tai tyhjään kansioon tai lisää --force, niin vain puuttuvat tiedostot lisätään (olemassa olevia tiedostoja ei koskaan korvata)',
  ),
  cannotCreate: phrase<{ root: string; why?: string }>(
    (p) => `${p.root}: cannot create a project here (${p.why ?? 'it is a file'})`,
    (p) => `${p.root}: kan inte skapa ett projekt här (${p.why ?? 'det är en fil'})`,
    (p) => `${p.root}: tähän ei voi luoda projektia (${p.why ?? 'se on tiedosto'})`,
  ),
};

/** Creates a welfare project that validates and builds as it is. */
export async function initProject(dir: string, options: InitOptions): Promise<InitResult> {
  const root = resolve(dir);
  const municipalities = parseMunicipalities(options.municipalities);
  const present = await entriesOf(root);
  // A fresh `git init` or clone is as good as empty.
  if (present.some((entry) => entry !== '.git') && !options.force) {
    throw new WelfareError(inEach(says.notEmpty, dir), ExitCode.environment, { hint: inEach(says.emptyFolder) });
  }
  const result: InitResult = { root, written: [], skipped: [] };
  const place = async (file: ScaffoldFile) => {
    const path = join(root, file.path);
    if (await exists(path)) return void result.skipped.push(file.path);
    await writeFileAtomic(path, file.text);
    result.written.push(file.path);
  };

  const [manifest, ...tooling] = toolingFiles(slugify(basename(root)) || 'welfare-report', welfareDependency(packageRoot(), welfareVersion(), root));
  // First, because they decide where the $schema lines point: at the project's own copy of the
  // schemas, which an editor loads as soon as the project is there, before any `npm install`.
  await place(manifest!);
  for (const file of schemaFiles()) await place(file);
  // The schema lines of the files to come, by folder and kind (the scaffold has files in two folders).
  const refs = new Map<string, string>();
  for (const dir of ['.', 'matrices']) for (const kind of documentKinds) refs.set(`${dir}/${kind}`, await schemaRef(join(root, dir, 'file.yaml'), kind));
  const today = options.today ?? new Date();
  const year = today.getFullYear();
  const files = projectFiles({
    municipalities,
    period: { start: year, end: year + 3 },
    date: `${year}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`,
    schemaRef: (fileDir: string, kind: DocumentKind) => refs.get(`${fileDir}/${kind}`)!,
  });
  for (const file of [...files, ...tooling]) await place(file);
  return result;
}

async function entriesOf(root: string): Promise<string[]> {
  try {
    return await readdir(root);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return [];
    throw new WelfareError(inEach(says.cannotCreate, { root, why: code === 'ENOTDIR' ? undefined : String(code ?? cause) }), ExitCode.environment, { cause });
  }
}

/** welfare's JSON Schemas, for the project's schemas/ folder. */
function schemaFiles(): ScaffoldFile[] {
  const dir = join(packageRoot(), 'schemas');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.schema.json'))
    .sort()
    .map((f) => ({ path: `schemas/${f}`, text: readFileSync(join(dir, f), 'utf8') }));
}

function welfareVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}
