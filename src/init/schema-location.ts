import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { DocumentKind } from '../core/kinds.js';
import { packageRoot } from '../render/package-root.js';

/**
 * Where the `# yaml-language-server: $schema=` lines of a new project point. A project that
 * depends on welfare (the package.json init writes does) gets node_modules/welfare/schemas/,
 * relative to each file: it is there after `npm install`, in every clone, at the version the
 * project pins. Otherwise (an existing package.json without welfare) the schemas of the welfare
 * that ran init, by absolute path, since no relative path would reach them from every clone.
 */
export async function schemaLocation(root: string): Promise<(fileDir: string, kind: DocumentKind) => string> {
  if (await dependsOnWelfare(join(root, 'package.json'))) {
    const schemas = join(root, 'node_modules', 'welfare', 'schemas');
    return (fileDir, kind) => toPosix(relative(fileDir, join(schemas, `${kind}.schema.json`)));
  }
  const schemas = join(packageRoot(), 'schemas');
  return (_fileDir, kind) => toPosix(join(schemas, `${kind}.schema.json`));
}

async function dependsOnWelfare(manifest: string): Promise<boolean> {
  try {
    const data = JSON.parse(await readFile(manifest, 'utf8')) as Record<string, Record<string, string> | undefined>;
    return ['dependencies', 'devDependencies'].some((field) => typeof data[field]?.welfare === 'string');
  } catch {
    return false;
  }
}

// Editors read the path as a URL path; Windows' backslashes would not do.
const toPosix = (path: string) => path.split(sep).join('/');
