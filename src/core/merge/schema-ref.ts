import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ExitCode, WelfareError } from '../errors.js';
import { exists } from '../project.js';
import type { SourceFile } from '../source.js';

const SCHEMA_LINE = /^#\s*yaml-language-server:\s*\$schema=(\S+)/m;

/**
 * The `$schema` a merged file names: the one its inputs name, pointed at from the output's folder
 * (a URL stays as it is), else the schema file welfare ships.
 */
export async function schemaReference(kind: string, inputs: readonly SourceFile[], outputDir: string): Promise<string> {
  for (const file of inputs) {
    const ref = SCHEMA_LINE.exec(file.text.slice(0, 2000))?.[1];
    if (!ref) continue;
    if (/^[a-z][a-z0-9+.-]+:/i.test(ref)) return ref;
    return relativeRef(outputDir, resolve(dirname(file.absolutePath), ref));
  }
  return relativeRef(outputDir, await shippedSchema(kind));
}

/** A path from one folder to a file, with forward slashes as YAML editors expect on any system. */
export const relativeRef = (fromDir: string, to: string) => relative(fromDir, to).split(sep).join('/');

/** schemas/<kind>.schema.json of the welfare package, found upward from this module (src/ in tests, dist/ when bundled). */
async function shippedSchema(kind: string): Promise<string> {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'schemas', `${kind}.schema.json`);
    if (await exists(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new WelfareError(`welfare's schemas/${kind}.schema.json is missing; reinstall welfare`, ExitCode.environment);
    dir = parent;
  }
}
