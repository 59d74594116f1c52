import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { ExitCode, WelfareError } from '../core/errors.js';
import { inEach, phrase } from '../core/messages.js';
import { isInside, realPath } from '../core/inside.js';
import { isId } from '../core/slug.js';
import { checkStylesheet } from './stylesheet-check.js';
import { defaultTemplatesDir } from './theme-location.js';

/**
 * The folders of a theme and the files each holds. Documents are the pages built; layouts wrap a
 * page (`{{#> page}}`); partials are the pieces (`{{> cover}}`); styles are inlined CSS.
 */
export const templateKinds = { documents: '.hbs', layouts: '.hbs', partials: '.hbs', styles: '.css' } as const;
export type TemplateKind = keyof typeof templateKinds;

export interface TemplateFile {
  kind: TemplateKind;
  /** The plain name templates use: `cover` for partials/cover.hbs. */
  name: string;
  /** The path shown in messages. */
  shown: string;
  source: string;
}

export type Theme = Record<TemplateKind, Map<string, TemplateFile>>;

/** What is wrong with a theme's files, in each language. */
const says = {
  notAName: phrase<{ file: string; name: string }>(
    (p) => `${p.file}: '${p.name}' is not a template name`,
    (p) => `${p.file}: '${p.name}' är inget mallnamn`,
    (p) => `${p.file}: '${p.name}' ei kelpaa mallin nimeksi`,
  ),
  nameThem: phrase(
    () => 'name templates with lower-case letters a–z, digits and hyphens, e.g. partials/cover.hbs',
    () => 'namnge mallar med små bokstäver a–z, siffror och bindestreck, t.ex. partials/cover.hbs',
    () => 'nimeä mallit pienillä kirjaimilla a–z, numeroilla ja yhdysmerkeillä, esim. partials/cover.hbs',
  ),
  sameName: phrase<string>(
    (name) => `layouts/${name}.hbs and partials/${name}.hbs have the same name; templates could not tell them apart`,
    (name) => `layouts/${name}.hbs och partials/${name}.hbs har samma namn; mallarna kan inte skilja dem åt`,
    (name) => `tiedostoilla layouts/${name}.hbs ja partials/${name}.hbs on sama nimi; mallit eivät erottaisi niitä toisistaan`,
  ),
  renameOne: phrase(() => 'rename one of them', () => 'byt namn på den ena', () => 'nimeä toinen niistä uudelleen'),
  cannotRead: phrase<string>((dir) => `cannot read the templates folder ${dir}`, (dir) => `kunde inte läsa mallmappen ${dir}`, (dir) => `mallikansiota ${dir} ei voitu lukea`),
  leadsOut: phrase<{ file: string; to: string }>(
    (p) => `${p.file} leads outside the templates folder (to ${p.to}); a theme's files must be in it`,
    (p) => `${p.file} leder utanför mallmappen (till ${p.to}); ett temas filer ska finnas i den`,
    (p) => `${p.file} johtaa mallikansion ulkopuolelle (kohteeseen ${p.to}); teeman tiedostojen on oltava kansiossa`,
  ),
  copyIn: phrase(
    () => 'copy the file into the templates folder instead of linking it',
    () => 'kopiera filen till mallmappen i stället för att länka till den',
    () => 'kopioi tiedosto mallikansioon sen sijaan, että linkität sen',
  ),
  loose: phrase<{ file: string; folders: string[]; root: string }>(
    (p) => `${p.file}: a template must be in one of the folders ${p.folders.join(', ')} of ${p.root}`,
    (p) => `${p.file}: en mall ska ligga i en av mapparna ${p.folders.join(', ')} i ${p.root}`,
    (p) => `${p.file}: mallin on oltava jossakin kansion ${p.root} alikansioista ${p.folders.join(', ')}`,
  ),
  layout: phrase(() => "'welfare templates eject' shows the layout of a theme", () => "'welfare templates eject' visar hur ett tema är uppbyggt", () => "'welfare templates eject' näyttää teeman rakenteen"),
};

/**
 * The default theme with a project's templates folder over it: a file of the same kind and name
 * replaces the default, a new one is added. Templates are found by listing folders, never by a
 * name a template asks for, so no name can reach outside the theme.
 */
export async function loadTheme(projectDir: string | undefined, shown: (path: string) => string): Promise<Theme> {
  const theme = { documents: new Map(), layouts: new Map(), partials: new Map(), styles: new Map() } as Theme;
  for (const root of projectDir ? [defaultTemplatesDir(), projectDir] : [defaultTemplatesDir()]) {
    const isDefault = root !== projectDir;
    if (!isDefault) await refuseLooseFiles(root, shown);
    for (const [kind, ext] of Object.entries(templateKinds) as [TemplateKind, string][]) {
      const dir = join(root, kind);
      for (const file of await listFiles(dir, isDefault ? undefined : root, shown)) {
        if (extname(file) !== ext) continue;
        const name = file.slice(0, -ext.length);
        const path = join(dir, file);
        if (!isId(name)) {
          throw new WelfareError(inEach(says.notAName, { file: shown(path), name }), ExitCode.invalid, { file: shown(path), hint: inEach(says.nameThem) });
        }
        const template: TemplateFile = { kind, name, shown: shown(path), source: await readFile(path, 'utf8') };
        // A project's stylesheet is inlined into every document; the default theme's are checked by the tests.
        if (kind === 'styles' && !isDefault) await checkStylesheet(template);
        theme[kind].set(name, template);
      }
    }
  }
  const clash = [...theme.layouts.keys()].find((name) => theme.partials.has(name));
  if (clash) {
    throw new WelfareError(inEach(says.sameName, clash), ExitCode.invalid, { hint: inEach(says.renameOne) });
  }
  return theme;
}

/**
 * The files of a folder, by name. In a project's theme (`within`), a file may be a link, but only
 * to a file of the theme: a template must not read, or show in a published document, a file from
 * elsewhere on the machine.
 */
async function listFiles(dir: string, within?: string, shown: (path: string) => string = (p) => p): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new WelfareError(inEach(says.cannotRead, dir), ExitCode.environment, { cause });
  }
  const files: string[] = [];
  const theme = within === undefined ? undefined : await realPath(within);
  for (const entry of entries) {
    if (!entry.isFile() && !entry.isSymbolicLink()) continue;
    const path = join(dir, entry.name);
    if (theme !== undefined) {
      const real = await realPath(path);
      if (!isInside(theme, real)) {
        throw new WelfareError(inEach(says.leadsOut, { file: shown(path), to: real }), ExitCode.invalid, { file: shown(path), hint: inEach(says.copyIn) });
      }
    }
    if (entry.isFile() || (await stat(path).then((info) => info.isFile(), () => false))) files.push(entry.name);
  }
  return files.sort();
}

/** A template placed beside the kind folders would silently change nothing; say where it belongs. */
async function refuseLooseFiles(root: string, shown: (path: string) => string): Promise<void> {
  for (const file of await listFiles(root)) {
    const ext = extname(file);
    if (ext !== '.hbs' && ext !== '.css') continue;
    const kinds = Object.entries(templateKinds).filter(([, e]) => e === ext).map(([k]) => `${k}/`);
    throw new WelfareError(inEach(says.loose, { file: shown(join(root, file)), folders: kinds, root: shown(root) }), ExitCode.invalid, { file: shown(join(root, file)), hint: inEach(says.layout) });
  }
}
