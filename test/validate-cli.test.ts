import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleDir, repoRoot, runCli, tempDir } from './helpers/cli.js';

const fixtures = join(repoRoot, 'test', 'fixtures', 'validate');
const targets: Record<string, string> = {
  matrix: 'matrices/lovisa.yaml',
  config: 'welfare.config.yaml',
  actors: 'actors.yaml',
  indicators: 'indicators.yaml',
  content: 'content.yaml',
};

/** A copy of the valid fixture project with one file replaced by a broken case. */
function projectWith(caseFile: string): string {
  const dir = tempDir(join(fixtures, 'project'));
  const target = targets[caseFile.split('--')[0]!]!;
  copyFileSync(join(fixtures, 'cases', caseFile), join(dir, target));
  return dir;
}

describe('welfare validate on a project', () => {
  it('passes the valid fixture project with exit code 0', () => {
    const r = runCli(['validate', '--lang', 'en'], { cwd: join(fixtures, 'project') });
    expect(r.stdout).toBe('5 files checked: 0 errors, 0 warnings\n');
    expect(r.code).toBe(0);
  });

  it('passes the bundled example project', () => {
    const r = runCli(['validate', '--lang', 'en', '--strict'], { cwd: exampleDir });
    expect(r.stdout).toMatch(/files checked: 0 errors, 0 warnings\n$/);
    expect(r.code).toBe(0);
  });

  const cases = readdirSync(join(fixtures, 'cases')).filter((f) => f.endsWith('.yaml'));
  it.each(cases)('reports %s at file:line:col with the right exit code', async (caseFile) => {
    const r = runCli(['validate', '--lang', 'en'], { cwd: projectWith(caseFile) });
    await expect(r.stdout).toMatchFileSnapshot(join(fixtures, 'cases', caseFile.replace(/\.yaml$/, '.expected.txt')));
    const errors = Number(/: (\d+) errors?,/.exec(r.stdout)?.[1]);
    expect(r.code).toBe(errors > 0 ? 1 : 0);
    expect(r.stderr).toBe('');
  });
});

describe('welfare validate options', () => {
  const dir = () => projectWith('matrix--missing-translation.yaml');

  it('makes a missing translation an error with --strict', () => {
    const loose = runCli(['validate', '--lang', 'en'], { cwd: dir() });
    expect(loose.code).toBe(0);
    expect(loose.stdout).toContain('warning  action \'targeted-surveys\' has no Finnish text  (missing-translation)');
    const strict = runCli(['validate', '--lang', 'en', '--strict'], { cwd: dir() });
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('error  action \'targeted-surveys\' has no Finnish text  (missing-translation)');
  });

  it('speaks Swedish and Finnish', () => {
    const cwd = projectWith('matrix--unknown-actor.yaml');
    const sv = runCli(['validate', '--lang', 'sv'], { cwd });
    expect(sv.stdout).toContain("matrices/lovisa.yaml:23:22  fel  åtgärden 'targeted-surveys' nämner aktören 'lovisa-all-department', som inte finns i aktörsregistret (actors.yaml); menade du 'lovisa-all-departments'?  (unknown-actor)");
    expect(sv.stdout).toContain('5 filer granskade: 1 fel, 0 varningar');
    const fi = runCli(['validate'], { cwd, env: { WELFARE_LANG: undefined, LC_ALL: undefined, LC_MESSAGES: undefined, LANG: 'fi_FI.UTF-8' } });
    expect(fi.stdout).toContain("toimenpide 'targeted-surveys': toimijaa 'lovisa-all-department' ei ole toimijarekisterissä");
  });

  it('writes GitHub annotations and JSON', () => {
    const cwd = projectWith('matrix--unknown-status.yaml');
    const gh = runCli(['validate', '--lang', 'en', '--format', 'github'], { cwd });
    expect(gh.stdout.split('\n')[0]).toBe("::error file=matrices/lovisa.yaml,line=26,col=25,title=welfare unknown-status::'done' is not a status; use one of: achieved, partly, ongoing, not-started, not-achieved, dropped");
    const json = JSON.parse(runCli(['validate', '--lang', 'en', '--format', 'json'], { cwd }).stdout);
    expect(json).toMatchObject({ errors: 1, warnings: 0, diagnostics: [{ file: 'matrices/lovisa.yaml', line: 26, col: 25, severity: 'error', rule: 'unknown-status' }] });
  });

  it('checks named files, folders and globs against their project', () => {
    const cwd = projectWith('matrix--unknown-actor.yaml');
    const file = runCli(['validate', '--lang', 'en', 'matrices/lovisa.yaml'], { cwd });
    expect(file.stdout).toBe(
      "matrices/lovisa.yaml:23:22  error  action 'targeted-surveys' names the actor 'lovisa-all-department', which is not in the actors registry (actors.yaml); did you mean 'lovisa-all-departments'?  (unknown-actor)\n1 file checked: 1 error, 0 warnings\n",
    );
    expect(file.code).toBe(1);
    expect(runCli(['validate', '--lang', 'en', 'matrices'], { cwd }).stdout).toContain('1 file checked: 1 error');
    // The glob names the config and the registries, on which every matrix depends: the whole project is checked.
    expect(runCli(['validate', '--lang', 'en', '*.yaml'], { cwd }).stdout).toBe(
      "matrices/lovisa.yaml:23:22  error  action 'targeted-surveys' names the actor 'lovisa-all-department', which is not in the actors registry (actors.yaml); did you mean 'lovisa-all-departments'?  (unknown-actor)\n5 files checked: 1 error, 0 warnings\n",
    );
  });

  it('colours only when asked', () => {
    const cwd = projectWith('matrix--unknown-status.yaml');
    expect(runCli(['validate', '--lang', 'en'], { cwd, env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }).stdout).toContain('\u001b[31merror');
    expect(runCli(['validate', '--lang', 'en'], { cwd, env: { NO_COLOR: '1', FORCE_COLOR: '1' } }).stdout).not.toContain('\u001b[');
  });

  it('exits 2 for usage and I/O errors, with a message and no stack trace', () => {
    const missing = runCli(['validate', 'no-such-file.yaml']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('welfare: no-such-file.yaml: no such file or folder\n');
    const badFormat = runCli(['validate', '--format', 'xml']);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain("error: option '--format <format>' argument 'xml' is invalid");
    const noProject = runCli(['validate'], { cwd: tempDir() });
    expect(noProject.code).toBe(2);
    expect(noProject.stderr).toMatch(/^welfare: no welfare\.config\.yaml in .* or any folder above it\n/);
  });

  it('reads every file once even when it is named twice', () => {
    const cwd = tempDir(join(fixtures, 'project'));
    const r = runCli(['validate', '--lang', 'en', 'actors.yaml', './actors.yaml'], { cwd });
    // A registry named checks the whole project (5 files), actors.yaml once among them.
    expect(r.stdout).toBe('5 files checked: 0 errors, 0 warnings\n');
    expect(readFileSync(join(cwd, 'actors.yaml'), 'utf8')).toContain('lovisa-all-departments');
  });
});

describe('welfare validate in a pipe that closes early', () => {
  it('exits as it would with the whole output read: 1 for errors, under pipefail', async () => {
    const { execFileSync } = await import('node:child_process');
    const { writeFileSync } = await import('node:fs');
    const dir = tempDir(join(fixtures, 'project'));
    const matrix = join(dir, 'matrices', 'lovisa.yaml');
    // Far more errors than a pipe holds (64 KiB), so the writer meets the closed pipe.
    const unknown = Array.from({ length: 3000 }, (_, i) => `nobody-${i}`).join(', ');
    writeFileSync(matrix, readFileSync(matrix, 'utf8').replace('actors: [lovisa-all-departments]', `actors: [${unknown}]`));
    const run = (command: string) => {
      try {
        return { code: 0, stdout: execFileSync('bash', ['-o', 'pipefail', '-c', command], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', WELFARE_LANG: 'en' } }) };
      } catch (error) {
        return { code: (error as { status: number }).status, stdout: (error as { stdout: string }).stdout };
      }
    };
    const bin = JSON.stringify(join(repoRoot, 'bin', 'welfare.js'));
    const piped = run(`node ${bin} validate | head -1`);
    expect(piped.stdout).toMatch(/^matrices\/lovisa\.yaml:23:\d+ {2}error {2}.*\n$/);
    expect(piped.code).toBe(1);
    expect(run(`node ${bin} validate --format github | head -1`).code).toBe(1);
    expect(run(`node ${bin} validate > /dev/null`).code).toBe(1);
  }, 60_000);
});
