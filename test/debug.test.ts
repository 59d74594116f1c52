// --debug and WELFARE_DEBUG=1: the stack traces a bug report needs, in the source's own files and
// lines; without them, a user sees a message and never a stack.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { describeError } from '../src/cli/run.js';
import { ExitCode, WelfareError } from '../src/core/errors.js';
import { repoRoot, runCli, tempDir } from './helpers/cli.js';

const stackLine = /^\s+at .+:\d+:\d+\)?$/m;

/** A project whose matrix is a folder: an I/O error with a cause, the stack of which --debug shows. */
function brokenProject(): string {
  const dir = tempDir(join(repoRoot, 'test', 'fixtures', 'validate', 'project'));
  rmSync(join(dir, 'matrices', 'lovisa.yaml'));
  mkdirSync(join(dir, 'matrices', 'lovisa.yaml'));
  return dir;
}

describe('--debug', () => {
  it('without it, a failure is one message and no stack trace', () => {
    const r = runCli(['validate'], { cwd: brokenProject() });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('welfare: matrices/lovisa.yaml: cannot read the file (is a folder, not a file)\n');
  });

  it.each([
    ['--debug', ['validate', '--debug'], {}],
    ['WELFARE_DEBUG=1', ['validate'], { WELFARE_DEBUG: '1' }],
  ])('with %s, the message comes with the stack trace, mapped to the TypeScript sources', (_, args, env) => {
    const r = runCli(args, { cwd: brokenProject(), env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^welfare: matrices\/lovisa\.yaml: cannot read the file \(is a folder, not a file\)\n/);
    expect(r.stderr).toMatch(stackLine);
    expect(r.stderr).toMatch(/src\/core\/source\.ts:\d+:\d+/);
  });

  it('starts the same program, with the same output, as without it', () => {
    const cwd = tempDir(join(repoRoot, 'test', 'fixtures', 'validate', 'project'));
    const plain = runCli(['validate', '--lang', 'en'], { cwd });
    const debug = runCli(['validate', '--lang', 'en', '--debug'], { cwd });
    expect(debug).toEqual(plain);
    expect(plain.stdout).toBe('5 files checked: 0 errors, 0 warnings\n');
  });
});

describe('an internal error (a bug in welfare)', () => {
  const saved = process.env.WELFARE_DEBUG;
  afterEach(() => {
    if (saved === undefined) delete process.env.WELFARE_DEBUG;
    else process.env.WELFARE_DEBUG = saved;
  });

  it('is exit code 3 and its message, asking for a run with --debug; with it, the stack', () => {
    delete process.env.WELFARE_DEBUG;
    const bug = new TypeError("Cannot read properties of undefined (reading 'focusAreas')");
    const plain = describeError(bug);
    expect(plain).toEqual({ exitCode: 3, text: "welfare: internal error: Cannot read properties of undefined (reading 'focusAreas')\n  This is a bug in welfare. Run again with --debug and report the output.\n" });
    process.env.WELFARE_DEBUG = '1';
    const debug = describeError(bug);
    expect(debug.exitCode).toBe(3);
    expect(debug.text).toContain(`welfare: internal error: TypeError: Cannot read properties of undefined (reading 'focusAreas')\n    at `);
  });

  it('is never what a user mistake gives: that is its own exit code and message', () => {
    delete process.env.WELFARE_DEBUG;
    const mistake = new WelfareError('matrices/lovisa.yaml: cannot read the file (file not found)', ExitCode.environment, { file: 'matrices/lovisa.yaml' });
    expect(describeError(mistake)).toEqual({ exitCode: 2, text: 'welfare: matrices/lovisa.yaml: cannot read the file (file not found)\n' });
  });
});
