import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { ActionMatrix } from '../src/generated/types.js';
import { repoRoot, runCli, tempDir } from './helpers/cli.js';

const fixtures = join(repoRoot, 'test', 'fixtures', 'import');
/** An expected file; `<welfare>` stands for this checkout, whose schemas a file outside any project names. */
const expected = (name: string) => readFileSync(join(fixtures, 'expected', name), 'utf8').replaceAll('<welfare>', repoRoot);
const read = (dir: string, name: string) => readFileSync(join(dir, name), 'utf8');

/** A folder outside any project holding the seed as a planner would save it. */
function seedFolder(): string {
  const dir = tempDir();
  copyFileSync(join(fixtures, 'lovisa-valfards-och-sakerhetsplan-2023-2025-atgardsmatris.txt'), join(dir, 'atgardsmatris.txt'));
  return dir;
}

/** A copy of the Lappträsk project, with its matrix table in Swedish and Finnish beside it. */
function lapptraskProject(): string {
  const dir = tempDir(join(fixtures, 'project'));
  for (const f of readdirSync(join(fixtures, 'into'))) copyFileSync(join(fixtures, 'into', f), join(dir, f));
  return dir;
}

describe('welfare import of the seed, outside a project', () => {
  it('writes the matrix and its new actors, reports every guess, and welfare validate passes on them', () => {
    const dir = seedFolder();
    const r = runCli(['import', 'atgardsmatris.txt', '--lang', 'sv', '--municipality', 'lovisa', '-o', 'lovisa.yaml'], { cwd: dir });
    expect(r.stderr).toBe(expected('seed-report.txt'));
    expect(r.stdout).toBe('');
    expect(r.code).toBe(0);
    expect(read(dir, 'lovisa.yaml')).toBe(expected('seed-lovisa.yaml'));
    expect(read(dir, 'lovisa.actors.yaml')).toBe(expected('seed-lovisa.actors.yaml'));
    const v = runCli(['validate', '--lang', 'en', 'lovisa.yaml', 'lovisa.actors.yaml'], { cwd: dir });
    expect(v.stdout).toMatch(/\n2 files checked: 0 errors, \d+ warnings\n$/);
    expect(v.stdout).not.toContain('  error  ');
    expect(v.code).toBe(0);
  });

  it('gives 72 actions, 13 of them under the goal of the most vulnerable', () => {
    const matrix = parse(expected('seed-lovisa.yaml')) as ActionMatrix;
    const goals = matrix.focusAreas.flatMap((f) => f.goals);
    expect([matrix.focusAreas.length, goals.length, goals.flatMap((g) => g.actions).length]).toEqual([3, 9, 72]);
    expect(goals.find((g) => g.text.sv === 'Vi lägger märke till dem som befinner sig i den mest utsatta situationen när vi planerar tjänsterna.')!.actions).toHaveLength(13);
  });

  it('prints the YAML on standard output without -o, the report on standard error', () => {
    const dir = seedFolder();
    const r = runCli(['import', 'atgardsmatris.txt', '--lang', 'sv', '--municipality', 'lovisa'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(expected('seed-lovisa.yaml'));
    expect(r.stdout.startsWith(`# yaml-language-server: $schema=${repoRoot}/schemas/matrix.schema.json\nmunicipalities: [lovisa]\n`)).toBe(true);
    expect(r.stderr.split('\n').slice(-3)).toEqual(['3 focus areas, 9 goals, 72 actions; 41 new actors', 'wrote atgardsmatris.actors.yaml: 41 new actors (a new file)', '']);
    expect(read(dir, 'atgardsmatris.actors.yaml')).toBe(expected('seed-lovisa.actors.yaml'));
  });

  it('never overwrites a file without --force', () => {
    const dir = seedFolder();
    writeFileSync(join(dir, 'lovisa.yaml'), 'mine\n');
    const r = runCli(['import', 'atgardsmatris.txt', '--lang', 'sv', '--municipality', 'lovisa', '-o', 'lovisa.yaml'], { cwd: dir });
    expect(r.stderr).toBe('welfare: lovisa.yaml exists already\n  add --force to overwrite it\n');
    expect(r.code).toBe(2);
    expect(read(dir, 'lovisa.yaml')).toBe('mine\n');
    expect(readdirSync(dir).sort()).toEqual(['atgardsmatris.txt', 'lovisa.yaml']);
    const again = runCli(['import', 'atgardsmatris.txt', '--lang', 'sv', '--municipality', 'lovisa', '-o', 'lovisa.yaml', '--force'], { cwd: dir });
    expect(again.code).toBe(0);
    expect(read(dir, 'lovisa.yaml')).toBe(expected('seed-lovisa.yaml'));
  });

  it('with --dry-run reports what it would write and writes nothing', () => {
    const dir = seedFolder();
    const r = runCli(['import', 'atgardsmatris.txt', '--lang', 'sv', '--municipality', 'lovisa', '-o', 'lovisa.yaml', '--dry-run'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n').slice(-3)).toEqual(['would write lovisa.actors.yaml: 41 new actors (a new file)', 'would write lovisa.yaml', '']);
    expect(readdirSync(dir)).toEqual(['atgardsmatris.txt']);
  });

  it('asks for the municipality outside a project, and refuses a missing file or flag as usage errors', () => {
    const dir = seedFolder();
    const noMunicipality = runCli(['import', 'atgardsmatris.txt', '--lang', 'sv'], { cwd: dir });
    expect(noMunicipality.stderr).toBe('welfare: say which municipality the matrix is for: --municipality <id>\n  outside a project (no welfare.config.yaml here or above) welfare cannot tell\n');
    expect(noMunicipality.code).toBe(2);
    const noLang = runCli(['import', 'atgardsmatris.txt', '--municipality', 'lovisa'], { cwd: dir });
    expect(noLang.stderr).toContain("error: required option '--lang <lang>' not specified");
    expect(noLang.code).toBe(2);
    const missing = runCli(['import', 'saknas.csv', '--lang', 'sv', '--municipality', 'lovisa'], { cwd: dir });
    expect(missing.stderr).toBe('welfare: saknas.csv: cannot read the file (file not found)\n');
    expect(missing.code).toBe(2);
    expect(readdirSync(dir)).toEqual(['atgardsmatris.txt']);
  });
});

describe('welfare import into a project', () => {
  it("matches the project's actors, adds the new ones to its registry keeping its comments, and the project validates", () => {
    const dir = lapptraskProject();
    const r = runCli(['import', 'lapptrask-sv.txt', '--lang', 'sv', '-o', 'matrices/lapptrask.yaml'], { cwd: dir });
    expect(r.stderr).toBe(expected('lapptrask-sv-report.txt'));
    expect(r.code).toBe(0);
    expect(read(dir, 'matrices/lapptrask.yaml')).toBe(expected('lapptrask-sv.yaml'));
    expect(read(dir, 'actors.yaml')).toBe(expected('lapptrask-sv.actors.yaml'));
    expect(read(dir, 'actors.yaml').startsWith(read(join(fixtures, 'project'), 'actors.yaml'))).toBe(true);
    const v = runCli(['validate', '--lang', 'en'], { cwd: dir });
    expect(v.stdout).toMatch(/\n3 files checked: 0 errors, 17 warnings\n$/);
    expect(v.code).toBe(0);
  });

  it("adds the Finnish table to the Swedish matrix with --into, learning the actors' Finnish names: the project is then complete", () => {
    const dir = lapptraskProject();
    expect(runCli(['import', 'lapptrask-sv.txt', '--lang', 'sv', '-o', 'matrices/lapptrask.yaml'], { cwd: dir }).code).toBe(0);
    const r = runCli(['import', 'lapptrask-fi.txt', '--lang', 'fi', '--into', 'matrices/lapptrask.yaml'], { cwd: dir });
    expect(r.stderr).toBe(expected('lapptrask-fi-report.txt'));
    expect(r.stdout).toBe('');
    expect(r.code).toBe(0);
    expect(read(dir, 'matrices/lapptrask.yaml')).toBe(expected('lapptrask-bilingual.yaml'));
    expect(read(dir, 'actors.yaml')).toBe(expected('lapptrask-bilingual.actors.yaml'));
    const v = runCli(['validate', '--lang', 'en'], { cwd: dir });
    expect(v.stdout).toBe('3 files checked: 0 errors, 0 warnings\n');
  });

  it('reports every place where the two languages do not line up, and adds only what pairs', () => {
    const dir = lapptraskProject();
    runCli(['import', 'lapptrask-sv.txt', '--lang', 'sv', '-o', 'matrices/lapptrask.yaml'], { cwd: dir });
    const r = runCli(['import', 'lapptrask-fi-mismatch.txt', '--lang', 'fi', '--into', 'matrices/lapptrask.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    const warnings = r.stderr.split('\n').filter((l) => l.includes('warning: '));
    expect(warnings).toEqual([
      "lapptrask-fi-mismatch.txt:6: warning: goal 'invanarna-paverka-beslut-galler': 3 actions in the table, 2 in the matrix; paired by position, the table's last 1 action left unpaired",
      "lapptrask-fi-mismatch.txt:14: warning: action 'bygger-ny-motionsslinga-2024' and this row do not have the same numbers (2024 / 2025): check that they are the same action",
    ]);
    const matrix = parse(read(dir, 'matrices/lapptrask.yaml')) as ActionMatrix;
    expect(matrix.focusAreas[0]!.goals[0]!.actions.map((a) => a.text.fi)).toEqual(['Järjestämme asukasiltoja kylissä kahdesti vuodessa.', 'Nuorisovaltuustoa ja vanhusneuvostoa kuullaan kaikissa niitä koskevissa asioissa.']);
  });

  it('keeps a text the matrix already has in that language, and says so', () => {
    const dir = lapptraskProject();
    runCli(['import', 'lapptrask-sv.txt', '--lang', 'sv', '-o', 'matrices/lapptrask.yaml'], { cwd: dir });
    const r = runCli(['import', 'lapptrask-fi.txt', '--lang', 'sv', '--into', 'matrices/lapptrask.yaml', '--dry-run'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('lapptrask-fi.txt: warning: the column headings are in Finnish, but the import is told the table is in Swedish (--lang sv)\n');
    expect(r.stderr).toContain('lapptrask-fi.txt:3: warning: focus area \'delaktighet\' already has a Swedish text, kept: "Delaktighet" (the table says "Osallisuus")\n');
    expect(read(dir, 'matrices/lapptrask.yaml')).toBe(expected('lapptrask-sv.yaml'));
  });

  it('refuses an action without an indicator with exit code 1 and writes nothing', () => {
    const dir = lapptraskProject();
    writeFileSync(join(dir, 'utan.tsv'), '1. Trygghet\nMÅL\tÅTGÄRD\tINDIKATOR\tANSVARIG AKTÖR\nTryggare byar.\tVi ordnar vandringar.\t\tKommunstyrelsen\n');
    const r = runCli(['import', 'utan.tsv', '--lang', 'sv', '-o', 'matrices/lapptrask.yaml'], { cwd: dir });
    expect(r.stderr.split('\n').slice(-3)).toEqual([
      'utan.tsv:3: error: the action "Vi ordnar vandringar." has no indicator (the INDIKATOR cell is empty); a matrix needs one for every action',
      '1 error: nothing written',
      '',
    ]);
    expect(r.code).toBe(1);
    expect(existsSync(join(dir, 'matrices'))).toBe(false);
    expect(read(dir, 'actors.yaml')).toBe(read(join(fixtures, 'project'), 'actors.yaml'));
  });
});

describe('welfare import of spreadsheets', () => {
  it('reads an XLSX with merged goal cells: each goal once, with the actions of the rows it spans', async () => {
    const dir = tempDir();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Lappträsk');
    sheet.addRow(['1. Delaktighet']);
    sheet.mergeCells('A1:D1');
    sheet.addRow(['Mål', 'Åtgärd', 'Indikator', 'Ansvarig aktör']);
    sheet.addRow(['Invånarna kan påverka.', 'Vi ordnar invånarkvällar.', 'Antalet kvällar', 'Kommunstyrelsen']);
    sheet.addRow([null, 'Vi hör äldrerådet.', 'Antalet utlåtanden', 'Kommunstyrelsen']);
    sheet.addRow([null, 'Vi hör ungdomsfullmäktige.', 'Antalet utlåtanden', 'Kommunstyrelsen']);
    sheet.mergeCells('A3:A5');
    sheet.addRow(['Byarna är levande.', 'Vi stöder byaföreningarna.', 'Antalet understöd', 'Allmänna förvaltningen']);
    await workbook.xlsx.writeFile(join(dir, 'matris.xlsx'));
    const r = runCli(['import', 'matris.xlsx', '--lang', 'sv', '--municipality', 'lapptrask', '-o', 'lapptrask.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n').slice(0, 5)).toEqual([
      "matris.xlsx: read the sheet 'Lappträsk' of the workbook (6 rows with text)",
      'matris.xlsx:1: focus area 1: "Delaktighet"',
      'matris.xlsx:2: header row: Mål | Åtgärd | Indikator | Ansvarig aktör',
      'matris.xlsx:3-5: goal "Invånarna kan påverka.": 3 actions',
      'matris.xlsx:3: new actor "Kommunstyrelsen" (lapptrask-kommunstyrelsen)',
    ]);
    const matrix = parse(read(dir, 'lapptrask.yaml')) as ActionMatrix;
    expect(matrix.focusAreas[0]!.goals.map((g) => [g.text.sv, g.actions.map((a) => a.text.sv)])).toEqual([
      ['Invånarna kan påverka.', ['Vi ordnar invånarkvällar.', 'Vi hör äldrerådet.', 'Vi hör ungdomsfullmäktige.']],
      ['Byarna är levande.', ['Vi stöder byaföreningarna.']],
    ]);
    expect(runCli(['validate', 'lapptrask.yaml', 'lapptrask.actors.yaml'], { cwd: dir }).code).toBe(0);
  });

  it('reads semicolon CSV saved by Excel in Windows-1252, and the result validates', () => {
    const dir = tempDir();
    copyFileSync(join(fixtures, 'semicolon-1252.csv'), join(dir, 'matris.csv'));
    const r = runCli(['import', 'matris.csv', '--lang', 'sv', '--municipality', 'lapptrask', '-o', 'lapptrask.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n')[0]).toBe('matris.csv: read as semicolon-separated text in windows-1252 (8 lines with text)');
    expect(read(dir, 'lapptrask.yaml')).toContain('      - id: aldre-kanner-trygga-hemma\n        text:\n          sv: Äldre känner sig trygga; också hemma.\n');
    expect(runCli(['validate', 'lapptrask.yaml', 'lapptrask.actors.yaml'], { cwd: dir }).code).toBe(0);
  });

  it('refuses a PDF with what to do instead', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'matris.pdf'), '%PDF-1.7\n');
    const r = runCli(['import', 'matris.pdf', '--lang', 'sv', '--municipality', 'lovisa'], { cwd: dir });
    expect(r.stderr).toBe('welfare: matris.pdf: this is a PDF, which welfare cannot read\n  open the PDF, select the action matrix, copy it into a text file and import that file\n');
    expect(r.code).toBe(1);
  });
});
