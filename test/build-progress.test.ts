// How `welfare build` shows its progress: live lines redrawn in place on a terminal (a
// pseudo-terminal made by `script`), plain lines in a pipe.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { binPath, repoRoot, runCli, tempDir } from './helpers/cli.js';

const fixture = join(repoRoot, 'test', 'fixtures', 'render');
const hasScript = spawnSync('script', ['--version']).status === 0;
const pdfs = ['lovisa', 'lapptrask', 'joint'].map((scope) => `dist/${scope}/report.sv.pdf`);
const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** `welfare build` on a terminal: everything it wrote to it, as the terminal got it. */
function onTerminal(args: string[], env: Record<string, string | undefined>): { code: number | null; screen: string } {
  const command = [process.execPath, binPath, ...args].map(quote).join(' ');
  const result = spawnSync('script', ['-qfec', command, '/dev/null'], {
    cwd: tempDir(fixture),
    env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, WELFARE_LANG: 'en', TERM: 'xterm', ...env },
    encoding: 'utf8',
    input: '',
    timeout: 120_000,
  });
  return { code: result.status, screen: result.stdout.replace(/\r\n/g, '\n') };
}

describe.skipIf(!hasScript)('welfare build on a terminal', () => {
  it('draws a live line per document in print, redrawn in place, and a line with the time for each finished one', () => {
    const { code, screen } = onTerminal(['build', '--only', 'report', '--lang', 'sv'], {});
    expect(code).toBe(0);
    expect(screen).toContain('  \x1b[32m✓\x1b[39m dist/joint/report.sv.html  \x1b[2m');
    expect(screen).toContain('  \x1b[32m✓\x1b[39m dist/index.html\n');
    for (const pdf of pdfs) {
      expect(screen).toMatch(new RegExp(`  \\x1b\\[36m[◐◓◑◒]\\x1b\\[39m ${pdf}  \\x1b\\[2mprinting…`));
      expect(screen).toMatch(new RegExp(`  \\x1b\\[32m✓\\x1b\\[39m ${pdf}  \\x1b\\[2m\\d+(\\.\\d)? m?s\\x1b\\[22m\\n`));
    }
    // Drawn over in place: the cursor goes up over the lines in print and clears them.
    expect(screen).toMatch(/\x1b\[\dA\x1b\[J/);
    // Both streams on the terminal: no plain lines repeating the live ones.
    expect(screen).not.toContain('wrote ');
  });

  it('draws without colour under NO_COLOR', () => {
    const { code, screen } = onTerminal(['build', '--only', 'report', '--lang', 'sv'], { NO_COLOR: '1' });
    expect(code).toBe(0);
    expect(screen).not.toMatch(/\x1b\[\d+m/);
    expect(screen).toMatch(/\x1b\[\dA\x1b\[J/);
    for (const pdf of pdfs) expect(screen).toMatch(new RegExp(`(\\n|\\x1b\\[J)  ✓ ${pdf}  \\d+(\\.\\d)? m?s\\n`));
  });
});

describe('welfare build in a pipe', () => {
  it('writes a plain line per finished document, without colour or cursor movement even when colour is forced', () => {
    const run = runCli(['build', '--only', 'report', '--lang', 'sv'], { cwd: tempDir(fixture), env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(run.code).toBe(0);
    expect(run.stdout + run.stderr).not.toContain('\x1b');
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3 + 1 + 3);
    expect(lines.slice(0, 3)).toEqual(expect.arrayContaining([expect.stringMatching(/^wrote dist\/joint\/report\.sv\.html \(\d+ ms\)$/)]));
    expect(lines[3]).toBe('wrote dist/index.html');
    expect(lines.slice(4).sort()).toEqual(pdfs.sort().map((pdf) => expect.stringMatching(new RegExp(`^wrote ${pdf} \\(\\d+(\\.\\d)? m?s\\)$`))));
  });
});
