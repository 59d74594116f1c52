import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const binPath = join(repoRoot, 'bin', 'welfare.js');
export const exampleDir = join(repoRoot, 'examples', 'lovisa-lapptrask');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built `welfare` binary as a user would, without colour and in English unless asked. */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string | undefined>; input?: string; timeout?: number; nodeArgs?: string[] } = {}): CliResult {
  const result = spawnSync(process.execPath, [...(options.nodeArgs ?? []), binPath, ...args], {
    cwd: options.cwd ?? repoRoot,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, WELFARE_LANG: 'en', ...options.env },
    input: options.input,
    encoding: 'utf8',
    timeout: options.timeout ?? 120_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary folder, optionally holding a copy of a fixture folder (without what a build or a pull left in it). */
export function tempDir(copyFrom?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'welfare-test-'));
  if (copyFrom) cpSync(copyFrom, dir, { recursive: true, filter: (path) => !/[\\/](dist|\.welfare-cache)$/.test(path) });
  return dir;
}
