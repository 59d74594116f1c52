// Ids that are also the names of what every JavaScript object inherits (`constructor`,
// `toString`, `hasOwnProperty`, `__proto__`) are looked up as the planner's ids and nothing else.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempDir } from './helpers/cli.js';

const fixtures = join(repoRoot, 'test', 'fixtures');
const inherited = ['constructor', '__proto__', 'toString', 'hasOwnProperty'];

/** The merge fixture project, with its two matrices giving one action different content, renamed. */
function conflictingProject(id: string): string {
  const dir = tempDir(join(fixtures, 'merge', 'project'));
  cpSync(join(fixtures, 'merge', 'cases', 'lapptrask-conflict.yaml'), join(dir, 'matrices', 'lapptrask.yaml'));
  for (const file of ['matrices/lovisa.yaml', 'matrices/lapptrask.yaml', 'actors.yaml', 'indicators.yaml']) {
    const path = join(dir, file);
    writeFileSync(path, readFileSync(path, 'utf8').replaceAll('village-evenings', id).replaceAll('associations', id).replaceAll('participants', id));
  }
  return dir;
}

const edit = (path: string, from: string, to: string) => {
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${path} has no '${from}'`);
  writeFileSync(path, text.replace(from, to));
};

describe('ids named like what every object inherits', () => {
  it('merge reports the usual conflict for two actions constructor, and resolves it by --prefer and --split', () => {
    const cwd = conflictingProject('constructor');
    const args = ['merge', 'matrices/lovisa.yaml', 'matrices/lapptrask.yaml', '--lang', 'en'];
    const r = runCli(args, { cwd });
    expect(r.stderr).toBe(
      [
        "matrices/lapptrask.yaml:20:13  error  action 'constructor' is not the same in matrices/lovisa.yaml:32 (text, responsible actors); make them the same, or resolve the conflict with --prefer constructor=<municipality> or --split constructor (merge.resolutions in welfare.config.yaml)  (merge-conflict)",
        "matrices/lovisa.yaml:32:13  error  action 'constructor' is not the same in matrices/lapptrask.yaml:20 (text, responsible actors); make them the same, or resolve the conflict with --prefer constructor=<municipality> or --split constructor (merge.resolutions in welfare.config.yaml)  (merge-conflict)",
        '5 files checked: 2 errors, 0 warnings',
        '',
      ].join('\n'),
    );
    expect(r.code).toBe(1);

    const preferred = runCli([...args, '--prefer', 'constructor=lapptrask'], { cwd });
    expect(preferred.code).toBe(0);
    expect(preferred.stdout).toContain('          - id: constructor\n            text:\n              sv: Vi ordnar byakvällar i varje by.\n');
    const split = runCli([...args, '--split', 'constructor'], { cwd });
    expect(split.code).toBe(0);
    expect(split.stdout).toContain('- id: constructor-lovisa\n');
    expect(split.stdout).toContain('- id: constructor-lapptrask\n');
  });

  it.each(inherited.slice(1))('merge and validate say %s is not a valid id, and nothing else', (id) => {
    const cwd = conflictingProject(id);
    const merged = runCli(['merge', 'matrices/lovisa.yaml', 'matrices/lapptrask.yaml', '--lang', 'en', '--split', id.toLowerCase().replace(/_/g, '') || 'x'], { cwd });
    const validated = runCli(['validate', '--lang', 'en'], { cwd });
    for (const r of [merged, validated]) {
      expect(r.code).toBe(1);
      expect(`${r.stdout}${r.stderr}`).toContain(`matrices/lovisa.yaml:32:17  error  '${id}' is not a valid id`);
      expect(`${r.stdout}${r.stderr}`).not.toMatch(/undefined|internal error|\[object|function/);
    }
  });

  it('validate finds a duplicate, an unknown actor and a resolution for constructor as for any id', () => {
    const cwd = conflictingProject('constructor');
    edit(join(cwd, 'matrices', 'lovisa.yaml'), '- id: youth-council', '- id: constructor');
    edit(join(cwd, 'actors.yaml'), 'id: constructor', 'id: constructor-group');
    edit(join(cwd, 'welfare.config.yaml'), 'languages: [sv, fi]', 'languages: [sv, fi]\nmerge:\n  resolutions:\n    tostring:\n      prefer: toString');
    const r = runCli(['validate', '--lang', 'en'], { cwd });
    expect(r.stdout).toContain("matrices/lovisa.yaml:55:17  error  the id 'constructor' is already used by another action (line 32); ids must be unique  (duplicate-id)");
    expect(r.stdout).toMatch(/matrices\/lovisa\.yaml:38:\d+ {2}error {2}action 'constructor' names the actor 'constructor', which is not in the actors registry \(actors\.yaml\)/);
    expect(r.stdout).toMatch(/welfare\.config\.yaml:\d+:\d+ {2}error {2}'toString' /);
    expect(r.stdout).not.toMatch(/undefined|internal error|\[object|function/);
    expect(r.code).toBe(1);
  });

  it('build makes the same documents of a project whose action, actor and indicator are all constructor as of one with other ids', () => {
    const built = (id: string) => {
      const cwd = conflictingProject(id);
      edit(join(cwd, 'welfare.config.yaml'), 'languages: [sv, fi]', `languages: [sv, fi]\nmerge:\n  resolutions:\n    ${id}:\n      prefer: lovisa`);
      const r = runCli(['build', '--format', 'html', '--lang', 'sv', '--only', 'report'], { cwd, timeout: 60_000 });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      return readFileSync(join(cwd, 'dist', 'joint', 'report.sv.html'), 'utf8');
    };
    const joint = built('constructor');
    expect(joint).toContain('<td>Vi ordnar byakvällar i varje by.</td>');
    expect(joint).toContain('id="indicator-constructor"');
    expect(joint).toBe(built('evenings').replaceAll('evenings', 'constructor'));
  }, 90_000);
});
