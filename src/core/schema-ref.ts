import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { DocumentKind } from './kinds.js';
import { PACKAGE_NAME, packageRoot } from './package-root.js';
import { exists } from './project.js';
import type { SourceFile } from './source.js';

const SCHEMA_LINE = /^#\s*yaml-language-server:\s*\$schema=(\S+)/m;

/** The first line of every file welfare writes, so editors check the file as it is typed. */
export const schemaComment = (ref: string) => `# yaml-language-server: $schema=${ref}`;

/**
 * Where the schema line of a file welfare writes (import, merge, init) points:
 * 1. where its inputs' lines point, seen from the new file (a merged matrix keeps its sources' schema);
 * 2. else, from the folders above the file: a schemas/ folder holding the schema (this repository's
 *    examples, and every project `init` makes), or a project that depends on welfare, whose
 *    node_modules/@welfare-fi/welfare/schemas/ is there
 *    after `npm install` in every clone, at the version the project pins;
 * 3. else the schemas of the welfare that runs, by absolute path.
 * Paths are relative to the file and use forward slashes, as editors read them as URLs.
 */
export async function schemaRef(file: string, kind: DocumentKind, inputs: readonly SourceFile[] = []): Promise<string> {
  const from = dirname(resolve(file));
  const name = `${kind}.schema.json`;
  for (const input of inputs) {
    const ref = SCHEMA_LINE.exec(input.text.slice(0, 2000))?.[1];
    if (!ref) continue;
    return /^[a-z][a-z0-9+.-]+:/i.test(ref) ? ref : toPosix(relative(from, resolve(dirname(input.absolutePath), ref)));
  }
  for (let dir = from; ; dir = dirname(dir)) {
    if (await exists(join(dir, 'schemas', name))) return toPosix(relative(from, join(dir, 'schemas', name)));
    if (await dependsOnWelfare(dir)) return toPosix(relative(from, join(dir, 'node_modules', ...PACKAGE_NAME.split('/'), 'schemas', name)));
    if (dirname(dir) === dir) return toPosix(join(packageRoot(), 'schemas', name));
  }
}

async function dependsOnWelfare(dir: string): Promise<boolean> {
  try {
    const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
    return ['dependencies', 'devDependencies'].some((field) => typeof manifest[field]?.[PACKAGE_NAME] === 'string');
  } catch {
    return false;
  }
}

const toPosix = (path: string) => path.split(sep).join('/');
