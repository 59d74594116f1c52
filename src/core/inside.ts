import { readlink, realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/**
 * Where a path really is, every symbolic link on the way followed; a part that does not exist
 * (yet) is kept as written. A link that leads nowhere is followed as far as it goes, so a dangling
 * link cannot hide where a file would be written.
 */
export async function realPath(path: string): Promise<string> {
  const rest: string[] = [];
  let at = resolve(path);
  for (let links = 0; ; ) {
    try {
      return join(await realpath(at), ...rest);
    } catch {
      // Not there, or a link to what is not there: follow the link, else step up a folder.
    }
    const link = await readlink(at).catch(() => undefined);
    if (link !== undefined && links++ < 40) {
      at = resolve(dirname(at), link);
      continue;
    }
    const parent = dirname(at);
    if (parent === at) return join(at, ...rest);
    rest.unshift(basename(at));
    at = parent;
  }
}

/** Whether `path` is `folder` or inside it (both real paths, see realPath). */
export function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}
