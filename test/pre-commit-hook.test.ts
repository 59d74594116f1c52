import { spawn, spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exampleDir, repoRoot, tempDir } from './helpers/cli.js';

// This repository's .pre-commit-hooks.yaml, used as a remote hook the way other repositories use
// it: `repo:` a clone of welfare, `rev:` a commit. pre-commit installs a `language: node` hook in
// one of two ways, and both must work:
// - pre-commit up to 4.6.0 (Debian's 3.0.4 here): `npm install` in the clone, then `npm pack`,
//   whose standard output must be the tarball's name alone, then `npm install -g <tarball>`;
// - pre-commit 4.6.1 and later: `npm install --allow-git=root --install-links -g git+file://<clone>`.
// Each installs all of welfare's dependencies: npm takes them from its cache where it can.

const git = { GIT_AUTHOR_NAME: 'Planner', GIT_AUTHOR_EMAIL: 'planner@example.org', GIT_COMMITTER_NAME: 'Planner', GIT_COMMITTER_EMAIL: 'planner@example.org' };
const env = { ...process.env, ...git, NO_COLOR: '1', FORCE_COLOR: undefined, WELFARE_LANG: 'en', npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };

function sh(command: string, args: string[], cwd: string, extra: Record<string, string> = {}) {
  const result = spawnSync(command, args, { cwd, env: { ...env, ...extra }, encoding: 'utf8', timeout: 600_000 });
  return { code: result.status ?? -1, out: `${result.stdout}${result.stderr}` };
}

/** Like sh, without blocking: the two installs run side by side. */
function shAsync(command: string, args: string[], cwd: string, extra: Record<string, string> = {}): Promise<{ code: number; out: string }> {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd, env: { ...env, ...extra } });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => done({ code: code ?? -1, out }));
  });
}

/** welfare as committed, with the working tree's changes: a repository of the files git would track. */
function welfareRepository(): { dir: string; rev: string } {
  const dir = tempDir();
  const files = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: repoRoot, encoding: 'utf8' }).stdout.split('\0').filter(Boolean);
  for (const file of files) {
    try {
      cpSync(join(repoRoot, file), join(dir, file), { recursive: false });
    } catch {
      // Deleted in the working tree but not yet in the index.
    }
  }
  sh('git', ['init', '-q'], dir);
  sh('git', ['add', '-A'], dir);
  sh('git', ['commit', '-q', '-m', 'welfare'], dir);
  return { dir, rev: sh('git', ['rev-parse', 'HEAD'], dir).out.trim() };
}

/** A planners' repository holding the example project, committed. */
function plannersRepository(): string {
  const dir = tempDir(exampleDir);
  sh('git', ['init', '-q'], dir);
  sh('git', ['add', '-A'], dir);
  sh('git', ['commit', '-q', '-m', 'report'], dir);
  return dir;
}

const renameActor = (dir: string) => {
  const path = join(dir, 'actors.yaml');
  writeFileSync(path, readFileSync(path, 'utf8').replace('  - id: village-associations\n', '  - id: village-association\n'));
};

const firstError = "matrices/lapptrask.yaml:144:49  error  action 'board-village-visits' names the actor 'village-associations', which is not in the actors registry (actors.yaml); did you mean 'village-association'?  (unknown-actor)";

describe('the published pre-commit hook, installed from a clone of welfare', () => {
  let welfare: { dir: string; rev: string };
  let planners: string;
  let preCommitHome: string;
  let installHooks: { code: number; out: string };
  let gitPrefix: string;
  let gitInstall: { code: number; out: string };

  beforeAll(async () => {
    welfare = welfareRepository();
    planners = plannersRepository();
    // The README's recipe, with the clone and the commit.
    writeFileSync(
      join(planners, '.pre-commit-config.yaml'),
      `repos:\n  - repo: ${welfare.dir}\n    rev: ${welfare.rev}\n    hooks:\n      - id: welfare-validate\n`,
    );
    sh('git', ['add', '.pre-commit-config.yaml'], planners);
    sh('git', ['commit', '-q', '-m', 'pre-commit'], planners);
    preCommitHome = tempDir();
    gitPrefix = tempDir();
    // pre-commit 4.6.1's command, with the environment it sets for it.
    const prefixEnv = { NPM_CONFIG_PREFIX: gitPrefix, npm_config_prefix: gitPrefix, NODE_VIRTUAL_ENV: gitPrefix };
    [installHooks, gitInstall] = await Promise.all([
      shAsync('pre-commit', ['install-hooks'], planners, { PRE_COMMIT_HOME: preCommitHome }),
      shAsync('npm', ['install', '--allow-git=root', '--install-links', '-g', `git+file://${welfare.dir}`], tempDir(), prefixEnv),
    ]);
  }, 900_000);

  it('installs with pre-commit (npm pack, then the tarball), and blocks a commit that breaks the project, with file and line', () => {
    expect(installHooks.out).not.toContain('An unexpected error has occurred');
    expect(installHooks.code).toBe(0);
    expect(sh('pre-commit', ['install'], planners, { PRE_COMMIT_HOME: preCommitHome }).code).toBe(0);

    renameActor(planners);
    const blocked = sh('git', ['commit', '-q', '-am', 'rename an actor'], planners, { PRE_COMMIT_HOME: preCommitHome });
    expect(blocked.code).not.toBe(0);
    expect(blocked.out).toContain('welfare validate');
    expect(blocked.out).toContain('Failed');
    expect(blocked.out).toContain(firstError);
    expect(blocked.out).toContain('6 files checked: 4 errors, 0 warnings');
    expect(sh('git', ['log', '--format=%s', '-1'], planners).out.trim()).toBe('pre-commit');

    // Renamed everywhere, the same change goes in.
    for (const m of ['lapptrask', 'lovisa']) {
      const path = join(planners, 'matrices', `${m}.yaml`);
      writeFileSync(path, readFileSync(path, 'utf8').replaceAll('village-associations', 'village-association'));
    }
    const passed = sh('git', ['commit', '-q', '-am', 'rename an actor everywhere'], planners, { PRE_COMMIT_HOME: preCommitHome });
    expect(passed.out).toContain('Passed');
    expect(passed.code).toBe(0);
    expect(sh('git', ['log', '--format=%s', '-1'], planners).out.trim()).toBe('rename an actor everywhere');
  });

  it("installs as newer pre-commit versions install it (npm install -g git+file://), and the installed hook checks files", () => {
    expect(gitInstall.out).not.toContain('npm error');
    expect(gitInstall.code).toBe(0);
    const project = tempDir(exampleDir);
    renameActor(project);
    const hook = sh(join(gitPrefix, 'bin', 'welfare'), ['validate', 'actors.yaml'], project);
    expect(hook.out).toContain(firstError);
    expect(hook.out).toContain('6 files checked: 4 errors, 0 warnings');
    expect(hook.code).toBe(1);
  });
});

describe("the pre-commit hook of a project init makes", () => {
  it("runs the project's own welfare on the whole project, and blocks a commit that breaks it", () => {
    const parent = tempDir();
    expect(sh(process.execPath, [join(repoRoot, 'bin', 'welfare.js'), 'init', 'report'], parent).code).toBe(0);
    const dir = join(parent, 'report');
    expect(sh('npm', ['install'], dir).code).toBe(0);
    sh('git', ['init', '-q'], dir);
    const preCommitHome = tempDir();
    expect(sh('pre-commit', ['install'], dir, { PRE_COMMIT_HOME: preCommitHome }).code).toBe(0);
    sh('git', ['add', '-A'], dir);
    const first = sh('git', ['commit', '-q', '-m', 'report'], dir, { PRE_COMMIT_HOME: preCommitHome });
    expect(first.out).toContain('Passed');
    expect(first.code).toBe(0);

    // Rename an actor in the registry alone: the matrix that names it breaks.
    const actors = join(dir, 'actors.yaml');
    const text = readFileSync(actors, 'utf8');
    expect(text).toContain('  - id: welfare-group\n');
    writeFileSync(actors, text.replace('  - id: welfare-group\n', '  - id: welfare-team\n'));
    const blocked = sh('git', ['commit', '-q', '-am', 'rename'], dir, { PRE_COMMIT_HOME: preCommitHome });
    expect(blocked.out).toContain(
      "matrices/lovisa.yaml:24:22  error  action 'resident-survey' names the actor 'welfare-group', which is not in the actors registry (actors.yaml)  (unknown-actor)\n" +
        "matrices/lovisa.yaml:49:22  error  action 'village-evenings' names the actor 'welfare-group', which is not in the actors registry (actors.yaml)  (unknown-actor)\n",
    );
    expect(blocked.code).not.toBe(0);
  });
});

describe("the README's husky and lint-staged recipe", () => {
  it('checks the staged files, and the whole project when a registry is staged', () => {
    const parent = tempDir();
    expect(sh(process.execPath, [join(repoRoot, 'bin', 'welfare.js'), 'init', 'report'], parent).code).toBe(0);
    const dir = join(parent, 'report');
    sh('git', ['init', '-q'], dir);
    // As the README says: install both, `npx husky init`, `npx lint-staged` as the hook, the config in package.json.
    const install = sh('npm', ['install', '--save-dev', 'husky', 'lint-staged'], dir);
    expect(install.code, install.out).toBe(0);
    expect(sh('npx', ['husky', 'init'], dir).code).toBe(0);
    writeFileSync(join(dir, '.husky', 'pre-commit'), 'npx lint-staged\n');
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ ...manifest, 'lint-staged': { '*.{yaml,yml}': 'welfare validate' } }, null, 2) + '\n');
    sh('git', ['add', '-A'], dir);
    const first = sh('git', ['commit', '-q', '-m', 'report'], dir);
    expect(first.code, first.out).toBe(0);

    const actors = join(dir, 'actors.yaml');
    writeFileSync(actors, readFileSync(actors, 'utf8').replace('  - id: welfare-group\n', '  - id: welfare-team\n'));
    sh('git', ['add', 'actors.yaml'], dir);
    const blocked = sh('git', ['commit', '-q', '-m', 'rename'], dir);
    expect(blocked.out).toContain("matrices/lovisa.yaml:24:22  error  action 'resident-survey' names the actor 'welfare-group', which is not in the actors registry (actors.yaml)  (unknown-actor)");
    expect(blocked.code).not.toBe(0);
    expect(sh('git', ['log', '--format=%s', '-1'], dir).out.trim()).toBe('report');
  });
});
