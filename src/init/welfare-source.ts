import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { PACKAGE_NAME } from '../core/package-root.js';

interface LockEntry {
  version?: string;
  resolved?: string;
  link?: boolean;
}

/**
 * The dependency on welfare a new project's package.json gets: one that `npm install` resolves to
 * the welfare that runs `init`, never to whatever someone publishes under a name.
 * - Installed by npm (locally, globally or by npx): npm's record of where it came from, in the
 *   hidden lock file of the node_modules folder it is in. A registry gives `^version`; a tarball,
 *   a folder or a git URL gives that tarball, folder or URL.
 * - Run from a checkout (a clone built with `npm ci`, or `npm link`ed): that folder.
 * Local paths are written relative to the project, as npm writes them.
 */
export function welfareDependency(welfareRoot: string, version: string, projectRoot: string): string {
  const local = (path: string) => {
    const rel = relative(projectRoot, path).split(sep).join('/');
    return `file:${rel && !isAbsolute(rel) ? rel : path}`;
  };
  const installedIn = installingFolder(welfareRoot);
  if (!installedIn) return local(welfareRoot);
  const entry = lockEntry(installedIn, welfareRoot);
  const resolved = entry?.resolved;
  if (!resolved) return `^${version}`;
  if (entry.link || resolved.startsWith('file:')) return local(resolve(installedIn, resolved.replace(/^file:/, '')));
  if (/^(git\+|git:|github:)/.test(resolved)) return resolved;
  // A registry's tarball URL: the version, so that the project's own registry settings apply.
  return `^${entry.version ?? version}`;
}

/** The folder whose node_modules holds welfare (a project, npm's global prefix, npx's cache), if any. */
function installingFolder(welfareRoot: string): string | undefined {
  const parts = welfareRoot.split(sep);
  const at = parts.lastIndexOf('node_modules');
  if (at < 0 || parts.slice(at + 1).join('/') !== PACKAGE_NAME) return undefined;
  return parts.slice(0, at).join(sep) || sep;
}

/** npm's entry for welfare in the hidden lock file it keeps in node_modules (npm 7 and later). */
function lockEntry(folder: string, welfareRoot: string): LockEntry | undefined {
  try {
    const lock = JSON.parse(readFileSync(join(folder, 'node_modules', '.package-lock.json'), 'utf8')) as { packages?: Record<string, LockEntry> };
    const key = relative(folder, welfareRoot).split(sep).join('/');
    const entry = lock.packages?.[key];
    // A folder dependency is a link in node_modules, and its entry says where it leads.
    if (entry?.link && entry.resolved) return { ...entry, resolved: `file:${entry.resolved}` };
    return entry;
  } catch {
    return undefined;
  }
}
