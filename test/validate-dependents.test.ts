import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleDir, runCli, tempDir } from './helpers/cli.js';

/** The example with the actor 'village-associations' renamed in actors.yaml only: 4 actions of Lappträsk still name it. */
function renamedActor(dir: string): void {
  const path = join(dir, 'actors.yaml');
  const text = readFileSync(path, 'utf8');
  expect(text).toContain('  - id: village-associations\n');
  writeFileSync(path, text.replace('  - id: village-associations\n', '  - id: village-association\n'));
}

const unknownActor = (file: string, line: number, col: number, action: string) =>
  `${file}:${line}:${col}  error  action '${action}' names the actor 'village-associations', which is not in the actors registry (actors.yaml); did you mean 'village-association'?  (unknown-actor)`;

describe('validate with named files, as hooks call it', () => {
  it('checks the whole project when a registry is named: a renamed actor breaks the matrices that name it', () => {
    const dir = tempDir(exampleDir);
    renamedActor(dir);
    const result = runCli(['validate', 'actors.yaml'], { cwd: dir });
    expect(result.stdout).toBe(
      [
        unknownActor('matrices/lapptrask.yaml', 144, 49, 'board-village-visits'),
        unknownActor('matrices/lapptrask.yaml', 498, 48, 'village-association-grants'),
        unknownActor('matrices/lapptrask.yaml', 518, 43, 'swimming-beaches'),
        unknownActor('matrices/lapptrask.yaml', 538, 48, 'village-broadband-support'),
        '6 files checked: 4 errors, 0 warnings',
        '',
      ].join('\n'),
    );
    expect(result.code).toBe(1);
  });

  it('checks the whole project when the config is named, and still checks the other files named', () => {
    const dir = tempDir(exampleDir);
    // A file of no project's list, named beside the config, is checked too, against the project.
    writeFileSync(join(dir, 'extra.yaml'), '# yaml-language-server: $schema=../../schemas/actors.schema.json\nactors:\n  - id: somebody\n    name: { sv: Någon, fi: Joku }\n    municipalities: [porvoo]\n');
    const result = runCli(['validate', 'welfare.config.yaml', 'extra.yaml'], { cwd: dir });
    expect(result.stdout).toBe("extra.yaml:5:22  error  'porvoo' is not a municipality of this project (lovisa, lapptrask)  (unknown-municipality)\n7 files checked: 1 error, 0 warnings\n");
    expect(result.code).toBe(1);
  });

  it('names a matrix alone against the registries, as before', () => {
    const dir = tempDir(exampleDir);
    renamedActor(dir);
    const result = runCli(['validate', 'matrices/lovisa.yaml'], { cwd: dir });
    expect(result.stdout).toBe('1 file checked: 0 errors, 0 warnings\n');
    expect(result.code).toBe(0);
  });
});

describe('validate --format github', () => {
  it('names files from the top of the git repository, also for a project in a subfolder (-C report)', () => {
    const repo = tempDir();
    mkdirSync(join(repo, '.git'));
    const dir = join(repo, 'report');
    mkdirSync(dir);
    for (const f of ['welfare.config.yaml', 'actors.yaml', 'indicators.yaml', 'content.yaml']) writeFileSync(join(dir, f), readFileSync(join(exampleDir, f)));
    mkdirSync(join(dir, 'matrices'));
    for (const f of ['lovisa.yaml', 'lapptrask.yaml']) writeFileSync(join(dir, 'matrices', f), readFileSync(join(exampleDir, 'matrices', f)));
    renamedActor(dir);
    const result = runCli(['-C', 'report', 'validate', '--format', 'github'], { cwd: repo, env: { GITHUB_WORKSPACE: undefined } });
    expect(result.stdout.split('\n')[0]).toBe(
      "::error file=report/matrices/lapptrask.yaml,line=144,col=49,title=welfare unknown-actor::action 'board-village-visits' names the actor 'village-associations', which is not in the actors registry (actors.yaml); did you mean 'village-association'?",
    );
    expect(result.code).toBe(1);
  });

  it("names files from GitHub's workspace when there is no git folder", () => {
    const workspace = tempDir();
    const dir = join(workspace, 'report');
    mkdirSync(dir);
    writeFileSync(join(dir, 'actors.yaml'), 'actors:\n  - id: Bad\n    name: { sv: A, fi: B }\n');
    const result = runCli(['validate', 'actors.yaml', '--format', 'github'], { cwd: dir, env: { GITHUB_WORKSPACE: workspace } });
    expect(result.stdout.split('\n')[0]).toMatch(/^::error file=report\/actors\.yaml,line=2,col=/);
  });
});
