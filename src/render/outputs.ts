import { stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { ExitCode, WelfareError } from '../core/errors.js';
import { inEach, phrase } from '../core/messages.js';
import { isInside, realPath } from '../core/inside.js';
import { makeFolder } from '../core/write.js';
import { isId } from '../core/slug.js';
import type { EditionId } from './edition.js';

export type DocumentKind = 'report' | 'overview';
export const documentKinds: readonly DocumentKind[] = ['report', 'overview'];

/**
 * Where a document goes: `<out>/<municipality|joint>/<document>.<edition>.<ext>`. Every part is
 * an id or one of a fixed set, and the result is checked to stay inside the output folder.
 */
export function documentPath(out: string, scope: string, document: DocumentKind, edition: EditionId, ext: 'html' | 'pdf'): string {
  if (!isId(scope)) throw new Error(`not an id: ${JSON.stringify(scope)}`);
  const path = resolve(out, scope, `${document}.${edition}.${ext}`);
  const inside = relative(resolve(out), path);
  if (inside.startsWith('..') || inside.startsWith(sep)) throw new Error(`${path} is outside ${out}`);
  return path;
}

export const indexPath = (out: string) => join(resolve(out), 'index.html');

/** A link from one output file to another, with forward slashes whatever the system. */
export const linkFrom = (fromDir: string, to: string) => relative(fromDir, to).split(sep).join('/');

const says = {
  aFile: phrase<string>((out) => `the output folder ${out} is a file, not a folder`, (out) => `utmappen ${out} är en fil, inte en mapp`, (out) => `tulostekansio ${out} on tiedosto eikä kansio`),
  nameFolder: phrase(
    () => 'name a folder with --out, or paths.out in welfare.config.yaml',
    () => 'ange en mapp med --out, eller paths.out i welfare.config.yaml',
    () => 'nimeä kansio valitsimella --out tai kohdassa paths.out tiedostossa welfare.config.yaml',
  ),
  leadsOut: phrase<{ dir: string; to: string }>(
    (p) => `${p.dir} leads outside the output folder (to ${p.to}); welfare writes only inside the output folder`,
    (p) => `${p.dir} leder utanför utmappen (till ${p.to}); welfare skriver bara i utmappen`,
    (p) => `${p.dir} johtaa tulostekansion ulkopuolelle (kohteeseen ${p.to}); welfare kirjoittaa vain tulostekansioon`,
  ),
  removeLink: phrase<string>((dir) => `remove the link ${dir}`, (dir) => `ta bort länken ${dir}`, (dir) => `poista linkki ${dir}`),
};

/**
 * Makes the output folder and a folder in it per municipality (and joint), before anything is
 * written. The output folder may be a link (the user chose it); a folder in it may not lead out of
 * it, since a link committed as `dist/lovisa` would else have documents written wherever it points.
 */
export async function prepareOutputFolders(out: string, scopes: string[], shown: (path: string) => string): Promise<void> {
  const folder = resolve(out);
  const info = await stat(folder).catch(() => undefined);
  if (info && !info.isDirectory()) {
    const out = shown(folder);
    throw new WelfareError(inEach(says.aFile, out), ExitCode.environment, { hint: inEach(says.nameFolder) });
  }
  const real = await realPath(folder);
  for (const scope of scopes) {
    const dir = join(folder, scope);
    const target = await realPath(dir);
    if (!isInside(real, target)) {
      throw new WelfareError(inEach(says.leadsOut, { dir: shown(dir), to: target }), ExitCode.environment, { hint: inEach(says.removeLink, shown(dir)) });
    }
    await makeFolder(dir);
  }
}
