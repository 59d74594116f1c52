import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ExitCode, WelfareError } from './errors.js';

/**
 * Writes a file so that readers only ever see the old content or the whole new one: a crash, a
 * kill or a full disk while writing leaves the file that was there before intact.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  await makeFolder(dir);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (cause) {
    await rm(temp, { force: true }).catch(() => {});
    throw new WelfareError(`cannot write ${path}: ${whyNot(cause)}; the file that was there is unchanged`, ExitCode.environment, { cause });
  }
}

/** Makes a folder and the folders above it that are missing. */
export async function makeFolder(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (cause) {
    throw new WelfareError(`cannot create the folder ${dir}: ${whyNot(await plainCause(dir, cause))}`, ExitCode.environment, { cause });
  }
}

/**
 * Node's recursive mkdir says ENOENT where the file system is read-only; a plain mkdir of the
 * first missing folder tells the real reason.
 */
async function plainCause(dir: string, cause: unknown): Promise<unknown> {
  if ((cause as NodeJS.ErrnoException).code !== 'ENOENT') return cause;
  let missing = dir;
  while (dirname(missing) !== missing && !(await stat(dirname(missing)).then(() => true, () => false))) missing = dirname(missing);
  return mkdir(missing).then(() => cause, (error: unknown) => error);
}

/** Why a write failed, in words. */
function whyNot(cause: unknown): string {
  const code = (cause as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'the disk is full';
  if (code === 'EROFS') return 'the file system is read-only';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied (read-only folder?)';
  if (code === 'ENOTDIR' || code === 'EEXIST') return 'a file is in the way where a folder should be';
  if (code === 'EISDIR') return 'a folder of that name is in the way';
  return String(code ?? cause);
}
