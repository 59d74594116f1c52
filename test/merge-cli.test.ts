import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { ActionMatrix } from '../src/generated/types.js';
import { exampleDir, repoRoot, runCli, tempDir } from './helpers/cli.js';

const fixtures = join(repoRoot, 'test', 'fixtures', 'merge');
const project = join(fixtures, 'project');
const expectedJoint = readFileSync(join(fixtures, 'expected', 'joint.yaml'), 'utf8');

/** A copy of the fixture project whose Lappträsk matrix gives 'village-evenings' another text and other actors. */
function conflicted(): string {
  const dir = tempDir(project);
  copyFileSync(join(fixtures, 'cases', 'lapptrask-conflict.yaml'), join(dir, 'matrices', 'lapptrask.yaml'));
  return dir;
}
const conflictLines = [
  "matrices/lapptrask.yaml:20:13  error  action 'village-evenings' is not the same in matrices/lovisa.yaml:32 (text, responsible actors); make them the same, or resolve the conflict with --prefer village-evenings=<municipality> or --split village-evenings (merge.resolutions in welfare.config.yaml)  (merge-conflict)",
  "matrices/lovisa.yaml:32:13  error  action 'village-evenings' is not the same in matrices/lapptrask.yaml:20 (text, responsible actors); make them the same, or resolve the conflict with --prefer village-evenings=<municipality> or --split village-evenings (merge.resolutions in welfare.config.yaml)  (merge-conflict)",
];

describe('welfare merge', () => {
  it("prints the project's joint matrix, Lovisa first as the configuration lists it, every action and assessment naming its municipality", () => {
    const r = runCli(['merge', '--lang', 'en'], { cwd: project });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(expectedJoint);
    expect(r.code).toBe(0);
  });

  it('gives byte-identical output for the named files in any order', () => {
    const forward = runCli(['merge', 'matrices/lovisa.yaml', 'matrices/lapptrask.yaml'], { cwd: project });
    const backward = runCli(['merge', 'matrices/lapptrask.yaml', 'matrices/lovisa.yaml'], { cwd: project });
    expect(forward.stdout).toBe(expectedJoint);
    expect(backward.stdout).toBe(expectedJoint);
    expect([forward.code, backward.code]).toEqual([0, 0]);
  });

  it('reports a conflict with the file:line of both sides, exit code 1 and no output', () => {
    const r = runCli(['merge', '--lang', 'en'], { cwd: conflicted() });
    expect(r.stderr).toBe([...conflictLines, '5 files checked: 2 errors, 0 warnings', ''].join('\n'));
    expect(r.stdout).toBe('');
    expect(r.code).toBe(1);
  });

  it('says it in the language asked for, and as GitHub annotations', () => {
    const sv = runCli(['merge', '--lang', 'sv'], { cwd: conflicted() });
    expect(sv.stderr.split('\n')[0]).toBe(
      "matrices/lapptrask.yaml:20:13  fel  åtgärden 'village-evenings' är inte densamma i matrices/lovisa.yaml:32 (text, ansvariga aktörer); gör dem lika, eller avgör konflikten med --prefer village-evenings=<kommun> eller --split village-evenings (merge.resolutions i welfare.config.yaml)  (merge-conflict)",
    );
    const github = runCli(['merge', '--lang', 'en', '--format', 'github'], { cwd: conflicted() });
    expect(github.stderr.split('\n')[0]).toMatch(/^::error file=matrices\/lapptrask\.yaml,line=20,col=13,title=welfare merge-conflict::action 'village-evenings' is not the same/);
    expect(github.code).toBe(1);
  });

  it('resolves a conflict with --prefer: one action, carried by both, in the preferred version', () => {
    const r = runCli(['merge', '--prefer', 'village-evenings=lapptrask'], { cwd: conflicted() });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`          - id: village-evenings
            text:
              sv: Vi ordnar byakvällar i varje by.
              fi: Järjestämme kyläiltoja joka kylässä.
            municipalities: [lovisa, lapptrask]
            indicators:
              - ref: participants
            actors: [associations]
`);
  });

  it('resolves a conflict with --split: both versions, under ids suffixed with their municipality', () => {
    const r = runCli(['merge', '--split', 'village-evenings'], { cwd: conflicted() });
    expect(r.code).toBe(0);
    expect([...r.stdout.matchAll(/- id: (\S+)\n(?:.*\n){3}\s+municipalities: (\[.*\])/g)].map((m) => `${m[1]} ${m[2]}`)).toEqual([
      'resident-survey [lovisa]',
      'village-evenings-lovisa [lovisa]',
      'village-evenings-lapptrask [lapptrask]',
      'council-visits [lapptrask]',
      'youth-council [lovisa]',
    ]);
  });

  it("takes the order and the resolutions from the project's configuration", () => {
    const dir = conflicted();
    const config = join(dir, 'welfare.config.yaml');
    writeFileSync(config, readFileSync(config, 'utf8') + 'merge:\n  order: [lapptrask, lovisa]\n  resolutions:\n    village-evenings: {prefer: lovisa}\n');
    const r = runCli(['merge'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('municipalities: [lapptrask, lovisa]\ntitle:\n  sv: Åtgärdsmatris för Lappträsk / Åtgärdsmatris för Lovisa\n');
    expect(r.stdout).toContain('sv: Vi ordnar byakvällar med tredje sektorn.\n              fi: Järjestämme kyläiltoja kolmannen sektorin kanssa.\n            municipalities: [lapptrask, lovisa]\n');
    // The command line wins over the configuration.
    expect(runCli(['merge', '--split', 'village-evenings'], { cwd: dir }).stdout).toContain('- id: village-evenings-lapptrask\n');
  });

  it('writes -o atomically, refuses to overwrite without --force, and validate accepts the result in the project', () => {
    const dir = tempDir(project);
    const first = runCli(['merge', '--lang', 'en', '-o', 'joint.yaml'], { cwd: dir });
    expect(first.stderr).toBe('wrote joint.yaml (actions: 4)\n');
    expect(first.stdout).toBe('');
    expect(first.code).toBe(0);
    const written = readFileSync(join(dir, 'joint.yaml'), 'utf8');
    expect(written).toMatch(/^# yaml-language-server: \$schema=\S+\/schemas\/matrix\.schema\.json\n/);
    expect(written.split('\n').slice(1).join('\n')).toBe(expectedJoint.split('\n').slice(1).join('\n'));

    const again = runCli(['merge', '--lang', 'en', '-o', 'joint.yaml'], { cwd: dir });
    expect(again.stderr).toBe('welfare: joint.yaml exists already\n  add --force to overwrite it\n');
    expect(again.code).toBe(2);
    writeFileSync(join(dir, 'joint.yaml'), 'old\n');
    expect(runCli(['merge', '-o', 'joint.yaml', '--force'], { cwd: dir }).code).toBe(0);
    expect(readFileSync(join(dir, 'joint.yaml'), 'utf8')).toBe(written);

    const validate = runCli(['validate', '--lang', 'en', '--strict', 'joint.yaml'], { cwd: dir });
    expect(validate.stdout).toBe('1 file checked: 0 errors, 0 warnings\n');
    expect(validate.code).toBe(0);
  });

  it('points the schema line of a file written elsewhere from where it is', () => {
    const dir = tempDir(project);
    for (const name of ['lovisa.yaml', 'lapptrask.yaml']) {
      const file = join(dir, 'matrices', name);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/\$schema=\S+/, '$schema=../../schemas/matrix.schema.json'));
    }
    expect(runCli(['merge', '-o', 'out/deeper/joint.yaml'], { cwd: dir }).code).toBe(0);
    const [schemaLine, sources] = readFileSync(join(dir, 'out', 'deeper', 'joint.yaml'), 'utf8').split('\n');
    expect(schemaLine).toBe('# yaml-language-server: $schema=../../../schemas/matrix.schema.json');
    expect(sources).toBe('# Merged by `welfare merge` from ../../matrices/lapptrask.yaml, ../../matrices/lovisa.yaml.');
  });

  it('merges actors registries by the same rules', () => {
    const dir = tempDir(project);
    mkdirSync(join(dir, 'other'));
    writeFileSync(join(dir, 'other', 'actors.yaml'), '# yaml-language-server: $schema=../../../../../schemas/actors.schema.json\nactors:\n  - id: youth-services\n    name: {sv: Ungdomstjänster, fi: Nuorisopalvelut}\n    municipalities: [lapptrask]\n  - id: school\n    name: {sv: Skolan, fi: Koulu}\n');
    const r = runCli(['merge', '--lang', 'en', 'other/actors.yaml', 'actors.yaml'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  - id: youth-services\n    name:\n      sv: Ungdomstjänster\n      fi: Nuorisopalvelut\n    municipalities: [lovisa, lapptrask]\n');
    expect(r.stdout).toMatch(/- id: council\n(?:.*\n)+  - id: school\n/);
    expect(runCli(['merge', '--prefer', 'school=lovisa', 'other/actors.yaml', 'actors.yaml'], { cwd: dir }).code).toBe(2);
  });

  it('refuses files of different kinds, wrong flags and invalid matrices', () => {
    const mixed = runCli(['merge', '--lang', 'en', 'matrices/lovisa.yaml', 'actors.yaml'], { cwd: project });
    expect(mixed.stderr).toBe('welfare: cannot merge an action matrix (matrices/lovisa.yaml) with an actors registry (actors.yaml)\n  name files of one kind: action matrices, actors registries or indicators registries\n');
    expect(mixed.code).toBe(2);
    expect(runCli(['merge', '--prefer', 'village-evenings'], { cwd: project }).code).toBe(2);
    expect(runCli(['merge', '--prefer', 'a=lovisa', '--split', 'a'], { cwd: project }).code).toBe(2);

    const dir = tempDir(project);
    const lovisa = join(dir, 'matrices', 'lovisa.yaml');
    writeFileSync(lovisa, readFileSync(lovisa, 'utf8').replace('status: achieved', 'status: done'));
    const invalid = runCli(['merge', '--lang', 'en'], { cwd: dir });
    expect(invalid.stderr).toBe("matrices/lovisa.yaml:31:25  error  'done' is not a status; use one of: achieved, partly, ongoing, not-started, not-achieved, dropped  (unknown-status)\n5 files checked: 1 error, 0 warnings\n");
    expect(invalid.stdout).toBe('');
    expect(invalid.code).toBe(1);
  });
});

describe('welfare merge on the example project', () => {
  it('merges Lovisa and Lappträsk into a joint matrix that validate accepts, every action once, the shared ones carried by both', () => {
    const dir = tempDir(exampleDir);
    const r = runCli(['merge', '--lang', 'en', 'matrices/lovisa.yaml', 'matrices/lapptrask.yaml', '-o', 'joint.yaml'], { cwd: dir });
    expect(r.stderr).toMatch(/^wrote joint\.yaml \(actions: \d+\)\n$/);
    expect(r.code).toBe(0);
    const validate = runCli(['validate', '--lang', 'en', '--strict', 'joint.yaml'], { cwd: dir });
    expect(validate.stdout).toBe('1 file checked: 0 errors, 0 warnings\n');
    expect(validate.code).toBe(0);

    const read = (path: string) => parse(readFileSync(join(dir, path), 'utf8')) as ActionMatrix;
    const actions = (m: ActionMatrix) => m.focusAreas.flatMap((fa) => fa.goals.flatMap((g) => g.actions));
    const joint = read('joint.yaml');
    expect(joint.municipalities).toEqual(['lovisa', 'lapptrask']);
    const lovisa = actions(read('matrices/lovisa.yaml')).map((a) => a.id);
    const lapptrask = actions(read('matrices/lapptrask.yaml')).map((a) => a.id);
    expect(actions(joint).map((a) => a.id).sort()).toEqual([...new Set([...lovisa, ...lapptrask])].sort());
    const shared = actions(joint).filter((a) => a.municipalities?.length === 2).map((a) => a.id);
    expect(shared.sort()).toEqual(lovisa.filter((id) => lapptrask.includes(id)).sort());
    expect(shared.length).toBeGreaterThanOrEqual(2);
    expect(r.stderr).toBe(`wrote joint.yaml (actions: ${actions(joint).length})\n`);
  });
});
