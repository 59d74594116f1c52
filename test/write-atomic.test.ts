// writeFileAtomic when the disk fails it: the errors a machine gives only rarely (a full disk, a
// read-only file system) are injected here; the e2e faults of a whole build are in faults.test.ts.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WelfareError } from '../src/core/errors.js';
import { writeFileAtomic, writeFilesAtomic } from '../src/core/write.js';
import { tempDir } from './helpers/cli.js';

/** Where the file system fails, and with what code. */
let failure: { code: string; at: 'write' | 'open' | 'rename' | 'mkdir'; nth?: number } | undefined;
/** Calls of the failing kind so far: with `nth`, only that call fails (1-based). */
let calls = 0;
const failsNow = (at: string) => failure?.at === at && (failure.nth === undefined || ++calls === failure.nth);

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const fail = (code: string) => Object.assign(new Error(`${code}: injected`), { code });
  return {
    ...real,
    // As Node does on a read-only file system: a recursive mkdir says only ENOENT, a plain one why.
    mkdir: async (...args: Parameters<typeof real.mkdir>) => {
      if (failure?.at === 'mkdir') throw fail((args[1] as { recursive?: boolean } | undefined)?.recursive ? 'ENOENT' : failure.code);
      return real.mkdir(...args);
    },
    open: async (...args: Parameters<typeof real.open>) => {
      if (failsNow('open')) throw fail(failure!.code);
      const handle = await real.open(...args);
      if (!failsNow('write')) return handle;
      const code = failure!.code;
      // Half the data reaches the disk, then the disk is full.
      return Object.assign(Object.create(handle) as typeof handle, {
        writeFile: async (data: string | Uint8Array) => {
          if (typeof data === 'string') await handle.write(data.slice(0, data.length / 2));
          else await handle.write(data.subarray(0, data.length / 2));
          throw fail(code);
        },
        close: () => handle.close(),
      });
    },
    rename: async (...args: Parameters<typeof real.rename>) => {
      if (failsNow('rename')) throw fail(failure!.code);
      return real.rename(...args);
    },
  };
});

afterEach(() => {
  failure = undefined;
  calls = 0;
});

async function failing(path: string, data: string): Promise<WelfareError> {
  const error = await writeFileAtomic(path, data).then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(WelfareError);
  return error as WelfareError;
}

describe('writeFileAtomic', () => {
  it('replaces a file with the whole new content and leaves nothing beside it', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'report.sv.html'), 'old');
    await writeFileAtomic(join(dir, 'report.sv.html'), 'new');
    expect(readFileSync(join(dir, 'report.sv.html'), 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['report.sv.html']);
  });

  it.each([
    ['write', 'ENOSPC', 'the disk is full'],
    ['write', 'EDQUOT', 'the disk is full'],
    ['open', 'EROFS', 'the file system is read-only'],
    ['open', 'EACCES', 'permission denied (read-only folder?)'],
    ['rename', 'EISDIR', 'a folder of that name is in the way'],
  ] as const)('when %s fails with %s: says %s, keeps the old file, leaves no temporary file', async (at, code, words) => {
    const dir = tempDir();
    const path = join(dir, 'report.sv.pdf');
    writeFileSync(path, 'the PDF of yesterday');
    failure = { code, at };
    const error = await failing(path, 'x'.repeat(100_000));
    expect(error.message).toBe(`cannot write ${path}: ${words}; the file that was there is unchanged`);
    expect(error.exitCode).toBe(2);
    expect(readFileSync(path, 'utf8')).toBe('the PDF of yesterday');
    expect(readdirSync(dir)).toEqual(['report.sv.pdf']);
  });

  it('says why a folder cannot be made: read-only (where Node says only ENOENT), or a file in the way', async () => {
    const dir = tempDir();
    failure = { code: 'EROFS', at: 'mkdir' };
    expect((await failing(join(dir, 'out', 'lovisa', 'report.sv.html'), 'x')).message).toBe(`cannot create the folder ${join(dir, 'out', 'lovisa')}: the file system is read-only`);
    failure = undefined;
    writeFileSync(join(dir, 'out'), 'a file, not a folder');
    const error = await failing(join(dir, 'out', 'lovisa', 'report.sv.html'), 'x');
    expect(error.message).toBe(`cannot create the folder ${join(dir, 'out', 'lovisa')}: a file is in the way where a folder should be`);
    expect(error.exitCode).toBe(2);
    mkdirSync(join(dir, 'ok'));
    await writeFileAtomic(join(dir, 'ok', 'a.html'), 'fine');
    expect(await fs.readFile(join(dir, 'ok', 'a.html'), 'utf8')).toBe('fine');
  });
});

describe('writeFilesAtomic: files that belong together', () => {
  // An import writes a matrix and the actors registry it names: both change, or neither does.
  const setUp = () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'actors.yaml'), 'old actors\n');
    return { dir, files: [{ path: join(dir, 'actors.yaml'), data: 'new actors\n' }, { path: join(dir, 'matrices', 'new.yaml'), data: 'new matrix\n' }] };
  };
  const state = (dir: string) => ({ actors: readFileSync(join(dir, 'actors.yaml'), 'utf8'), matrices: existsSync(join(dir, 'matrices')) ? readdirSync(join(dir, 'matrices')) : [], hidden: readdirSync(dir).filter((n) => n.startsWith('.')) });

  it('writes both', async () => {
    const { dir, files } = setUp();
    await writeFilesAtomic(files);
    expect(state(dir)).toEqual({ actors: 'new actors\n', matrices: ['new.yaml'], hidden: [] });
    expect(readFileSync(join(dir, 'matrices', 'new.yaml'), 'utf8')).toBe('new matrix\n');
  });

  it.each([
    ['the disk is full while the second file is written', { code: 'ENOSPC', at: 'write', nth: 2 }],
    ['the quota is reached as the first file is written', { code: 'EDQUOT', at: 'write', nth: 1 }],
    ['the second rename fails after the first is done', { code: 'EIO', at: 'rename', nth: 2 }],
    ['the first rename fails', { code: 'EROFS', at: 'rename', nth: 1 }],
  ] as const)('changes neither when %s', async (_, fault) => {
    const { dir, files } = setUp();
    failure = { ...fault };
    const error = await writeFilesAtomic(files).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(WelfareError);
    expect((error as WelfareError).exitCode).toBe(2);
    expect((error as WelfareError).message).toMatch(/^cannot write .*(actors|new)\.yaml: .*; neither it nor .* changed$/);
    expect(state(dir)).toEqual({ actors: 'old actors\n', matrices: [], hidden: [] });
  });
});
