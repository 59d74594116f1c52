import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ExitCode, WelfareError } from '../core/errors.js';
import { inEach, phrase } from '../core/messages.js';
import { exists } from '../core/project.js';
import { writeFileAtomic } from '../core/write.js';
import { defaultTemplatesDir } from './theme-location.js';
import { templateKinds } from './theme.js';

const says = {
  present: phrase<{ count: number; first: string }>(
    (p) => `${p.count} of the theme's files exist already, e.g. ${p.first}`,
    (p) => `${p.count} av temats filer finns redan, t.ex. ${p.first}`,
    (p) => `teeman tiedostoista ${p.count} on jo olemassa, esim. ${p.first}`,
  ),
  force: phrase(
    () => 'add --force to overwrite them, or name another folder: welfare templates eject <dir>',
    () => 'lägg till --force för att skriva över dem, eller ange en annan mapp: welfare templates eject <mapp>',
    () => 'lisää --force, niin ne korvataan, tai nimeä toinen kansio: welfare templates eject <kansio>',
  ),
};

/**
 * Copies the default theme into a project's templates folder, to start a theme of its own
 * from. Refuses to overwrite a file there unless `force`, since it may hold the project's edits.
 */
export async function ejectTemplates(to: string, options: { force?: boolean } = {}): Promise<string[]> {
  const from = defaultTemplatesDir();
  const files: { source: string; target: string }[] = [];
  for (const kind of Object.keys(templateKinds)) {
    for (const name of (await readdir(join(from, kind))).sort()) files.push({ source: join(from, kind, name), target: join(to, kind, name) });
  }
  if (!options.force) {
    const present = [];
    for (const f of files) if (await exists(f.target)) present.push(f.target);
    if (present.length) {
      throw new WelfareError(inEach(says.present, { count: present.length, first: present[0]! }), ExitCode.environment, { hint: inEach(says.force) });
    }
  }
  for (const f of files) await writeFileAtomic(f.target, await readFile(f.source));
  return files.map((f) => f.target);
}
