import { join, relative, resolve, sep } from 'node:path';
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
