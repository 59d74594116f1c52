import { realpath, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { isInside } from '../core/inside.js';

/**
 * The file under the output folder that a request path names, or undefined when it names none.
 * Only the output folder is served: a path that leads out of it (`..`, encoded or not, or a link
 * that points elsewhere) or names a hidden file (a build's temporary files start with a dot) is
 * not found, whatever is on the disk.
 */
export async function fileFor(root: string, pathname: string): Promise<string | undefined> {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (path.includes('\0') || path.includes('\\')) return undefined;
  const segments = path.split('/').filter(Boolean);
  if (segments.some((s) => s.startsWith('.'))) return undefined;
  let file = join(resolve(root), ...segments);
  if (!isInside(resolve(root), file)) return undefined;
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)]);
    if (!isInside(realRoot, realFile) || !(await stat(realFile)).isFile()) return undefined;
    return realFile;
  } catch {
    return undefined;
  }
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.pdf': 'application/pdf',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export const contentTypeOf = (file: string) => types[extname(file).toLowerCase()] ?? 'application/octet-stream';
export const isHtml = (file: string) => extname(file).toLowerCase() === '.html';
