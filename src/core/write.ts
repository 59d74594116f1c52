import { randomBytes } from 'node:crypto';
import { link, mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ExitCode, inLanguage, WelfareError, type Said } from './errors.js';
import { inEach, inEachBy, phrase } from './messages.js';

/** What the writing of files says when it cannot, or will not, write. */
const says = {
  cannotWrite: phrase<{ path: string; why: string; others: string[] }>(
    (p) => `cannot write ${p.path}: ${p.why}; ${p.others.length > 0 ? `neither it nor ${p.others.join(', ')} changed` : 'the file that was there is unchanged'}`,
    (p) => `kunde inte skriva ${p.path}: ${p.why}; ${p.others.length > 0 ? `varken den eller ${p.others.join(', ')} ändrades` : 'filen som fanns där är oförändrad'}`,
    (p) => `tiedostoa ${p.path} ei voitu kirjoittaa: ${p.why}; ${p.others.length > 0 ? `sitä ja ${p.others.length === 1 ? 'tiedostoa' : 'tiedostoja'} ${p.others.join(', ')} ei muutettu` : 'aiempi tiedosto on ennallaan'}`,
  ),
  cannotCreateFolder: phrase<{ dir: string; why: string }>(
    (p) => `cannot create the folder ${p.dir}: ${p.why}`,
    (p) => `kunde inte skapa mappen ${p.dir}: ${p.why}`,
    (p) => `kansiota ${p.dir} ei voitu luoda: ${p.why}`,
  ),
  diskFull: phrase(() => 'the disk is full', () => 'disken är full', () => 'levy on täynnä'),
  readOnly: phrase(() => 'the file system is read-only', () => 'filsystemet är skrivskyddat', () => 'tiedostojärjestelmä on vain luku -tilassa'),
  denied: phrase(() => 'permission denied (read-only folder?)', () => 'åtkomst nekad (skrivskyddad mapp?)', () => 'ei kirjoitusoikeutta (kirjoitussuojattu kansio?)'),
  fileInTheWay: phrase(() => 'a file is in the way where a folder should be', () => 'en fil står i vägen där en mapp ska vara', () => 'kansion paikalla on tiedosto'),
  folderInTheWay: phrase(() => 'a folder of that name is in the way', () => 'en mapp med samma namn står i vägen', () => 'samanniminen kansio on tiellä'),
  exists: phrase<{ file: string; because?: string }>(
    (p) => `${p.file} exists already${p.because ? `; ${p.because}` : ''}`,
    (p) => `${p.file} finns redan${p.because ? `; ${p.because}` : ''}`,
    (p) => `${p.file} on jo olemassa${p.because ? `; ${p.because}` : ''}`,
  ),
  force: phrase<{ anotherFile?: boolean }>(
    (p) => `add --force to overwrite it${p.anotherFile ? ', or name another file with -o' : ''}`,
    (p) => `lägg till --force för att skriva över den${p.anotherFile ? ', eller ange en annan fil med -o' : ''}`,
    (p) => `lisää --force, niin se korvataan${p.anotherFile ? ', tai nimeä toinen tiedosto valitsimella -o' : ''}`,
  ),
};

/**
 * A file that is there already, refused without --force: "x exists already", with why the file
 * was to be written (`because`) and, with `anotherFile`, the other way out (-o).
 */
export function existsAlready(file: string, options: { because?: Said; anotherFile?: boolean } = {}): WelfareError {
  const { because, anotherFile } = options;
  return new WelfareError(inEachBy(says.exists, (lang) => ({ file, because: because && inLanguage(because, lang) })), ExitCode.environment, { hint: inEach(says.force, { anotherFile }) });
}

/**
 * Writes a file so that readers only ever see the old content or the whole new one: a crash, a
 * kill or a full disk while writing leaves the file that was there before intact.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const dir = dirname(path);
  const temp = beside(path, 'tmp');
  await makeFolder(dir);
  try {
    await writeTemp(temp, data);
    await rename(temp, path);
  } catch (cause) {
    await rm(temp, { force: true }).catch(() => {});
    throw new WelfareError(cannotWrite(path, cause, []), ExitCode.environment, { cause });
  }
}

/**
 * Writes several files that belong together (an imported matrix and the registry of the actors
 * it names) so that all of them change or none does. Each is written whole to a temporary file
 * first; only then are they renamed into place, one by one, each old file kept under a hard link
 * until all are in place. If a rename fails, the files already renamed get their old content (or
 * are removed, where there was none): a full disk or a failing file system changes nothing.
 */
export async function writeFilesAtomic(files: readonly { path: string; data: string | Uint8Array }[]): Promise<void> {
  const planned = files.map((f) => ({ ...f, temp: beside(f.path, 'tmp'), old: beside(f.path, 'old'), hadOld: false, placed: false }));
  let failed: { path: string; cause: unknown } | undefined;
  for (const f of planned) {
    await makeFolder(dirname(f.path));
    try {
      await writeTemp(f.temp, f.data);
    } catch (cause) {
      failed = { path: f.path, cause };
      break;
    }
  }
  if (!failed) {
    for (const f of planned) {
      try {
        f.hadOld = await link(f.path, f.old).then(
          () => true,
          (error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? false : Promise.reject(error)),
        );
        await rename(f.temp, f.path);
        f.placed = true;
      } catch (cause) {
        failed = { path: f.path, cause };
        break;
      }
    }
  }
  if (failed) {
    // Back as it was: the old content under its name again, a new file gone, no temporary left.
    for (const f of [...planned].reverse()) {
      if (f.placed) await (f.hadOld ? rename(f.old, f.path) : rm(f.path, { force: true })).catch(() => {});
      await rm(f.temp, { force: true }).catch(() => {});
      await rm(f.old, { force: true }).catch(() => {});
    }
    const others = planned.filter((f) => f.path !== failed!.path).map((f) => f.path);
    throw new WelfareError(cannotWrite(failed.path, failed.cause, others), ExitCode.environment, { cause: failed.cause });
  }
  for (const f of planned) await rm(f.old, { force: true }).catch(() => {});
}

/** A hidden name beside a file, unique to this process and call: `.name.<pid>.<random>.tmp`. */
const beside = (path: string, kind: 'tmp' | 'old') => join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.${kind}`);

/** Writes a new file whole and flushes it to disk. */
async function writeTemp(temp: string, data: string | Uint8Array): Promise<void> {
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (cause) {
    await rm(temp, { force: true }).catch(() => {});
    throw cause;
  }
}

/** Makes a folder and the folders above it that are missing. */
export async function makeFolder(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (cause) {
    const why = whyNot(await plainCause(dir, cause));
    throw new WelfareError(inEachBy(says.cannotCreateFolder, (lang) => ({ dir, why: why[lang] })), ExitCode.environment, { cause });
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
function whyNot(cause: unknown): Record<'en' | 'sv' | 'fi', string> {
  const code = (cause as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return inEach(says.diskFull);
  if (code === 'EROFS') return inEach(says.readOnly);
  if (code === 'EACCES' || code === 'EPERM') return inEach(says.denied);
  if (code === 'ENOTDIR' || code === 'EEXIST') return inEach(says.fileInTheWay);
  if (code === 'EISDIR') return inEach(says.folderInTheWay);
  const other = String(code ?? cause);
  return { en: other, sv: other, fi: other };
}

function cannotWrite(path: string, cause: unknown, others: string[]): Record<'en' | 'sv' | 'fi', string> {
  const why = whyNot(cause);
  return inEachBy(says.cannotWrite, (lang) => ({ path, why: why[lang], others }));
}
