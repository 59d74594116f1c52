import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * welfare's name on npm. Scoped, so that no one else's package of the unclaimed plain name
 * `welfare` can be taken for it; the command it installs is still `welfare`.
 */
export const PACKAGE_NAME = '@welfare-fi/welfare';

let root: string | undefined;

/**
 * The folder of welfare's own package.json. Found by walking up from this module, because the
 * module runs from src/core/ under vitest and from dist/ in the bundle.
 */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === PACKAGE_NAME) return (root = dir);
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`welfare's package.json not found above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}
