import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempDir } from './helpers/cli.js';

/** Every file under a folder, by its path inside it. */
function filesIn(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(relative(dir, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name)));
  }
  return files;
}

/** The threads of a run, counted by the CPU profiles Node writes: one per thread. */
function buildWithThreads(project: string, threads: '1' | '2', out: string): { code: number; stderr: string; profiles: number } {
  const profiles = `${out}-profiles`;
  const run = runCli(['build', '--format', 'html', '--out', out], { cwd: project, env: { WELFARE_RENDER_THREADS: threads }, nodeArgs: ['--cpu-prof', '--cpu-prof-dir', profiles] });
  return { code: run.code, stderr: run.stderr, profiles: readdirSync(profiles).filter((f) => f.endsWith('.cpuprofile')).length };
}

describe('welfare build renders a large project on two threads', () => {
  let project: string;
  beforeAll(() => {
    project = tempDir();
    const generated = spawnSync(process.execPath, [join(repoRoot, 'bench', 'generate-project.mjs'), project, '400', '--municipalities', '2'], { encoding: 'utf8' });
    expect(generated.status, generated.stderr).toBe(0);
  });

  it('writes the same bytes on two threads as on one', () => {
    const one = buildWithThreads(project, '1', join(project, 'one'));
    const two = buildWithThreads(project, '2', join(project, 'two'));
    expect(one.code, one.stderr).toBe(0);
    expect(two.code, two.stderr).toBe(0);
    expect(one.profiles).toBe(1);
    expect(two.profiles).toBe(2);
    const [a, b] = [filesIn(join(project, 'one')), filesIn(join(project, 'two'))];
    // Report and overview in sv and fi, for Lovisa, Lappträsk and joint, and the index.
    expect([...a.keys()].filter((f) => f.endsWith('.html')).length).toBe(13);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [file, bytes] of a) expect(bytes.equals(b.get(file)!), file).toBe(true);
  });

  it('reports a template mistake met on the second thread with its file and line, and exit code 1', () => {
    // The joint report, the heaviest document, is rendered here; the joint overview goes to the second thread.
    const dir = join(project, 'templates', 'documents');
    mkdirSync(dir, { recursive: true });
    expect(runCli(['templates', 'eject'], { cwd: project }).code).toBe(0);
    const overview = join(dir, 'overview.hbs');
    writeFileSync(overview, `{{#if scope.joint}}{{t nosuchfield}}{{/if}}\n${readFileSync(overview, 'utf8')}`);
    const two = buildWithThreads(project, '2', join(project, 'broken'));
    expect(two.profiles).toBe(2);
    expect(two.code).toBe(1);
    expect(two.stderr).toBe('welfare: templates/documents/overview.hbs:1:20: {{t}}: t needs a text with sv and fi, got nothing (is the field name right?)\n  docs/templates.md lists the fields and helpers each template gets\n');
  });
});
