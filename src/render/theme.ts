import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { ExitCode, WelfareError } from '../core/errors.js';
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
          throw new WelfareError(`${shown(path)}: '${name}' is not a template name`, ExitCode.invalid, {
            file: shown(path),
            hint: 'name templates with lower-case letters a–z, digits and hyphens, e.g. partials/cover.hbs',
          });
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
    throw new WelfareError(`layouts/${clash}.hbs and partials/${clash}.hbs have the same name; templates could not tell them apart`, ExitCode.invalid, { hint: 'rename one of them' });
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
    throw new WelfareError(`cannot read the templates folder ${dir}`, ExitCode.environment, { cause });
  }
  const files: string[] = [];
  const theme = within === undefined ? undefined : await realPath(within);
  for (const entry of entries) {
    if (!entry.isFile() && !entry.isSymbolicLink()) continue;
    const path = join(dir, entry.name);
    if (theme !== undefined) {
      const real = await realPath(path);
      if (!isInside(theme, real)) {
        throw new WelfareError(`${shown(path)} leads outside the templates folder (to ${real}); a theme's files must be in it`, ExitCode.invalid, {
          file: shown(path),
          hint: 'copy the file into the templates folder instead of linking it',
        });
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
    throw new WelfareError(`${shown(join(root, file))}: a template must be in one of the folders ${kinds.join(', ')} of ${shown(root)}`, ExitCode.invalid, {
      file: shown(join(root, file)),
      hint: `'welfare templates eject' shows the layout of a theme`,
    });
  }
}
