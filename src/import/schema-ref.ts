import { dirname, join, relative, sep } from 'node:path';
import { exists } from '../core/project.js';
import type { DocumentKind } from '../core/kinds.js';

/**
 * What a written file's `# yaml-language-server: $schema=` line names: the schema in the nearest
 * schemas/ folder above the file, relative to it (editors then check the file as it is typed), else
 * just the schema's file name, which still tells welfare the file's kind.
 */
export async function schemaRef(file: string, kind: DocumentKind): Promise<string> {
  const name = `${kind}.schema.json`;
  const from = dirname(file);
  for (let dir = from; ; dir = dirname(dir)) {
    if (await exists(join(dir, 'schemas', name))) return relative(from, join(dir, 'schemas', name)).split(sep).join('/');
    if (dirname(dir) === dir) return name;
  }
}

export const schemaLine = (ref: string) => ` yaml-language-server: $schema=${ref}`;
