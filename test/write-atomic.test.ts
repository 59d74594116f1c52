// writeFileAtomic when the disk fails it: the errors a machine gives only rarely (a full disk, a
// read-only file system) are injected here; the e2e faults of a whole build are in faults.test.ts.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WelfareError } from '../src/core/errors.js';
import { writeFileAtomic } from '../src/core/write.js';
import { tempDir } from './helpers/cli.js';

/** Where the file system fails, and with what code. */
let failure: { code: string; at: 'write' | 'open' | 'rename' | 'mkdir' } | undefined;

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
      if (failure?.at === 'open') throw fail(failure.code);
      const handle = await real.open(...args);
      if (failure?.at !== 'write') return handle;
      const code = failure.code;
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
      if (failure?.at === 'rename') throw fail(failure.code);
      return real.rename(...args);
    },
  };
});

afterEach(() => {
  failure = undefined;
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
