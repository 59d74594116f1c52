import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exampleDir, repoRoot, runCli, tempDir } from './helpers/cli.js';

const ExcelJS = createRequire(import.meta.url)('exceljs') as typeof import('exceljs');

const fixtures = join(repoRoot, 'test', 'fixtures', 'import-assessments');
const project = () => tempDir(join(fixtures, 'project'));
const read = (dir: string, name: string) => readFileSync(join(dir, name), 'utf8');
const original = (name: string) => read(join(fixtures, 'project'), name);
const expected = (name: string) => read(join(fixtures, 'expected'), name);
const matrices = (dir: string) => [read(dir, 'matrices/lovisa.yaml'), read(dir, 'matrices/lapptrask.yaml')];
const unchanged = () => [original('matrices/lovisa.yaml'), original('matrices/lapptrask.yaml')];

/** Fills in cells of the form's worksheets, as the responsible actors do in Excel. */
async function fillXlsx(path: string, cells: Record<string, Record<string, string>>, extraSheet?: string[][]) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  for (const [sheet, values] of Object.entries(cells)) {
    for (const [cell, value] of Object.entries(values)) workbook.getWorksheet(sheet)!.getCell(cell).value = value;
  }
  if (extraSheet) workbook.addWorksheet('Anteckningar').addRows(extraSheet);
  await workbook.xlsx.writeFile(path);
}

/** Edits the exported CSV line by line and saves it as Excel in Finland does: semicolons, no BOM, Windows-1252. */
function fillCsvLikeExcel(path: string, lines: Record<string, string>) {
  let text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  for (const [from, to] of Object.entries(lines)) {
    expect(text).toContain(from);
    text = text.replace(from, to);
  }
  writeFileSync(path, iconv.encode(text, 'windows-1252'));
}

describe('welfare import --assessments', () => {
  it('reads a filled-in Swedish XLSX form into both matrices, keeping comments and layout, and the project still validates', async () => {
    const dir = project();
    expect(runCli(['export', '--form', '2024', '-o', 'form.xlsx'], { cwd: dir }).code).toBe(0);
    await fillXlsx(
      join(dir, 'form.xlsx'),
      {
        // surveys: new; village-evenings: the status as it was, a new comment; youth-council: left blank.
        'Lovisa stad': { F2: 'uppnått', G2: 'Tre enkäter', G3: 'Två byakvällar, en i Liljendal' },
        'Lappträsk kommun': { F3: 'Pågår', G3: 'Två utlåtanden:\nom skolskjutsarna och om budgeten' },
      },
      [['Ring Lisa om enkäten']],
    );
    const r = runCli(['import', '--assessments', 'form.xlsx'], { cwd: dir });
    expect(r.stderr).toBe(
      [
        "form.xlsx: warning: the sheet 'Anteckningar' is not read: its first row is not the header of a status form, which names the columns Id, Kommun, År, Status, Kommentar (in Finnish Tunniste, Kunta, Vuosi, Tila, Kommentti)",
        'form.xlsx[Lovisa stad]: a status form in Swedish, 3 rows',
        "form.xlsx[Lovisa stad]:2: 'surveys' (lovisa) 2024: new assessment, achieved, with a Swedish comment",
        "form.xlsx[Lovisa stad]:3: 'village-evenings' (lovisa) 2024: Swedish comment changed",
        'form.xlsx[Lovisa stad]:4: no status: not assessed, skipped',
        'form.xlsx[Lappträsk kommun]: a status form in Swedish, 2 rows',
        'form.xlsx[Lappträsk kommun]:2: no status: not assessed, skipped',
        "form.xlsx[Lappträsk kommun]:3: 'youth-council' (lapptrask) 2024: new assessment, ongoing, with a Swedish comment",
        '2 new assessments, 1 changed, 0 unchanged; 2 rows without a status',
        'wrote matrices/lovisa.yaml: 1 new assessment, 1 changed',
        'wrote matrices/lapptrask.yaml: 1 new assessment',
        '',
      ].join('\n'),
    );
    expect(r.stdout).toBe('');
    expect(r.code).toBe(0);
    expect(matrices(dir)).toEqual([expected('sv-2024-lovisa.yaml'), expected('sv-2024-lapptrask.yaml')]);
    const v = runCli(['validate', '--lang', 'en'], { cwd: dir });
    expect(v.stdout).not.toContain('  error  ');
    expect(v.code).toBe(0);

    // The same form again: the matrices say it all already.
    const again = runCli(['import', '--assessments', 'form.xlsx'], { cwd: dir });
    expect(again.code).toBe(0);
    expect(again.stderr.split('\n').slice(-3)).toEqual(['0 new assessments, 0 changed, 3 unchanged; 2 rows without a status', 'the matrices already say what the form says: nothing to write', '']);
    expect(matrices(dir)).toEqual([expected('sv-2024-lovisa.yaml'), expected('sv-2024-lapptrask.yaml')]);
  });

  it('reads a Finnish CSV re-saved by Excel (semicolons, Windows-1252): Finnish comments set, Swedish ones kept, any case and the canonical words accepted', () => {
    const dir = project();
    expect(runCli(['export', '--form', '2023', '--format', 'csv', '--lang', 'fi', '-o', 'lomake.csv'], { cwd: dir }).code).toBe(0);
    fillCsvLikeExcel(join(dir, 'lomake.csv'), {
      'surveys;lovisa;2023;Teemme kohdennettuja kyselyjä;Hyvinvointiryhmä;Käynnissä;Kaksi kyselyä': 'surveys;lovisa;2023;Teemme kohdennettuja kyselyjä;Hyvinvointiryhmä;TOTEUTUNUT;Kolme kyselyä',
      'youth-council;lovisa;2023;Kuulemme nuorisovaltuustoa;Nuorisopalvelut;;': 'youth-council;lovisa;2023;Kuulemme nuorisovaltuustoa;Nuorisopalvelut;partly;Yksi lausunto',
      'youth-council;lapptrask;2023;Kuulemme nuorisovaltuustoa;Nuorisopalvelut;;': 'youth-council;lapptrask;2023;Kuulemme nuorisovaltuustoa;Nuorisopalvelut;ei aloitettu;',
    });
    const r = runCli(['import', '--assessments', 'lomake.csv'], { cwd: dir });
    expect(r.stderr).toBe(
      [
        'lomake.csv: read as semicolon-separated text in windows-1252: a status form in Finnish, 5 rows',
        "lomake.csv:2: 'surveys' (lovisa) 2023: ongoing → achieved, Finnish comment changed",
        "lomake.csv:2: warning: 'surveys' (lovisa) 2023: the Swedish comment is kept as it was; check that it still says what the new Finnish one says",
        'lomake.csv:3: no status: not assessed, skipped',
        "lomake.csv:4: 'youth-council' (lovisa) 2023: new assessment, partly, with a Finnish comment",
        "lomake.csv:6: 'youth-council' (lapptrask) 2023: new assessment, not-started",
        '2 new assessments, 1 changed, 1 unchanged; 1 row without a status',
        'wrote matrices/lovisa.yaml: 1 new assessment, 1 changed',
        'wrote matrices/lapptrask.yaml: 1 new assessment',
        '',
      ].join('\n'),
    );
    expect(r.code).toBe(0);
    expect(matrices(dir)).toEqual([expected('fi-2023-lovisa.yaml'), expected('fi-2023-lapptrask.yaml')]);
    expect(runCli(['validate'], { cwd: dir }).code).toBe(0);
  });

  it('does not copy a Swedish comment the Finnish form showed for want of a Finnish one; --dry-run writes nothing', () => {
    const dir = project();
    expect(runCli(['export', '--form', '2024', '--format', 'csv', '--lang', 'fi', '-o', 'lomake.csv'], { cwd: dir }).code).toBe(0);
    // village-evenings has only a Swedish comment for 2024, which the Finnish form shows; sent back as it is.
    expect(read(dir, 'lomake.csv')).toContain('village-evenings;lovisa;2024;Järjestämme kyläiltoja;Hyvinvointiryhmä;Osittain toteutunut;En byakväll i Liljendal\r\n');
    fillCsvLikeExcel(join(dir, 'lomake.csv'), { 'surveys;lapptrask;2024;Kysymme asukkailta;Nuorisopalvelut;;': 'surveys;lapptrask;2024;Kysymme asukkailta;Nuorisopalvelut;Käynnissä;Kysely on auki' });
    const r = runCli(['import', '--assessments', 'lomake.csv', '--dry-run'], { cwd: dir });
    expect(r.stderr).toContain(
      "lomake.csv:3: the comment is the matrix's Swedish one, shown for want of a Finnish one: not copied into the Finnish comment\n" +
        'lomake.csv:4: no status: not assessed, skipped\n' +
        "lomake.csv:5: 'surveys' (lapptrask) 2024: new assessment, ongoing, with a Finnish comment\n",
    );
    expect(r.stderr.split('\n').slice(-3)).toEqual(['1 new assessment, 0 changed, 1 unchanged; 3 rows without a status', 'would write matrices/lapptrask.yaml: 1 new assessment', '']);
    expect(r.code).toBe(0);
    expect(matrices(dir)).toEqual(unchanged());
  });

  it('reports every wrong row with its file and row, and writes nothing (exit 1); --force writes the rows that are right', () => {
    const dir = project();
    writeFileSync(
      join(dir, 'form.csv'),
      [
        'Id;Kommun;År;Åtgärd;Ansvariga aktörer;Status;Kommentar',
        'survey;lovisa;2024;;;Uppnått;',
        'surveys;lovisa;2024;;;Klar;Tre enkäter',
        'village-evenings;lapptrask;2024;;;Pågår;',
        'surveys;loviisa;2024;;;Pågår;',
        'youth-council;lapptrask;2024;;;Pågår;Första',
        'surveys;lapptrask;2027;;;Pågår;',
        'surveys;lovisa;2025;;;;Kommentar utan status',
        '',
        'village-evenings;lovisa;2024;;;;',
        'youth-council;lovisa;2024;;;genomfört;Klart',
        'youth-council;lapptrask;2024;;;Uppnått;Andra',
        ';;2024;;;Pågår;',
        '',
      ].join('\r\n'),
    );
    const r = runCli(['import', '--assessments', 'form.csv'], { cwd: dir });
    expect(r.stderr).toBe(
      [
        'form.csv: read as semicolon-separated text in utf-8: a status form in Swedish, 11 rows',
        "form.csv:2: error: lovisa's matrix has no action 'survey'; did you mean 'surveys'?",
        "form.csv:3: error: 'Klar' is not a status; use one of: Uppnått, Delvis uppnått, Pågår, Inte påbörjat, Inte uppnått, Stryks",
        "form.csv:4: error: the action 'village-evenings' is lovisa's, not lapptrask's: lapptrask's matrix has no action 'village-evenings'",
        "form.csv:5: error: 'loviisa' is not a municipality of this project (lovisa, lapptrask); did you mean 'lovisa'?",
        "form.csv:6: 'youth-council' (lapptrask) 2024: new assessment, ongoing, with a Swedish comment",
        "form.csv:7: error: 2027 is outside the plan period 2023–2025 of lapptrask's matrix",
        'form.csv:8: warning: a comment but no status: not imported; choose a status in the Status column for the comment to be read',
        'form.csv:10: no status: not assessed, skipped',
        "form.csv:11: 'youth-council' (lovisa) 2024: new assessment, achieved, with a Swedish comment",
        "form.csv:12: error: a second row for the action 'youth-council' of lapptrask in 2024 (the first is row 6); keep one of them",
        'form.csv:13: error: a status but no action id in the Id column',
        '7 errors: nothing written',
        '',
      ].join('\n'),
    );
    expect(r.code).toBe(1);
    expect(matrices(dir)).toEqual(unchanged());

    const forced = runCli(['import', '--assessments', 'form.csv', '--force'], { cwd: dir });
    expect(forced.stderr.split('\n').slice(-3)).toEqual(['1 new assessment, 0 changed, 0 unchanged; 2 rows without a status; 7 errors: those rows left out', 'wrote matrices/lovisa.yaml: 1 new assessment', '']);
    expect(forced.code).toBe(1);
    // Of the two rows for Lappträsk's youth council neither is read; Lovisa's is.
    expect(matrices(dir)).toEqual([
      original('matrices/lovisa.yaml').replace(
        '            actors: [youth-services]\n',
        '            actors: [youth-services]\n            assessments:\n              - year: 2024\n                municipality: lovisa\n                status: achieved\n                comment:\n                  sv: Klart\n',
      ),
      original('matrices/lapptrask.yaml'),
    ]);
    expect(runCli(['validate'], { cwd: dir }).code).toBe(0);
  });

  it('reads a form whose cells hold commas and line breaks as semicolon-separated', () => {
    const dir = project();
    const actors = '"Välfärdsgruppen, Lovisa\nUngdomstjänsterna, Lovisa\nBiblioteket, Lovisa"';
    const rows = [
      'Id;Kommun;År;Åtgärd;Ansvariga aktörer;Status;Kommentar',
      `surveys;lovisa;2024;Vi utför riktade enkäter;${actors};Uppnått;Tre enkäter, en i maj`,
      `village-evenings;lovisa;2024;Vi ordnar byakvällar;${actors};Delvis uppnått;En byakväll i Liljendal`,
      `youth-council;lovisa;2024;Vi hör ungdomsfullmäktige;${actors};Pågår;Ett utlåtande, om skolskjutsarna`,
    ];
    writeFileSync(join(dir, 'form.csv'), rows.join('\r\n') + '\r\n');
    const r = runCli(['import', '--assessments', 'form.csv'], { cwd: dir });
    expect(r.stderr.split('\n')[0]).toBe('form.csv: read as semicolon-separated text in utf-8: a status form in Swedish, 3 rows');
    expect(r.code).toBe(0);
    expect(read(dir, 'matrices/lovisa.yaml')).toContain('              - year: 2024\n                status: achieved\n                comment:\n                  sv: Tre enkäter, en i maj\n');
  });

  it('checks the rows against --year, and gives an empty year cell that year', () => {
    const dir = project();
    const form = ['Id;Kommun;År;Åtgärd;Ansvariga aktörer;Status;Kommentar', 'surveys;lovisa;2023;;;Uppnått;', 'surveys;lapptrask;;;;Pågår;', ''].join('\n');
    writeFileSync(join(dir, 'form.csv'), form);
    const r = runCli(['import', '--assessments', 'form.csv', '--year', '2024'], { cwd: dir });
    expect(r.stderr).toContain('form.csv:2: error: the row is for 2023, not 2024 (--year)\n');
    expect(r.stderr).toContain("form.csv:3: 'surveys' (lapptrask) 2024: new assessment, ongoing\n");
    expect(r.code).toBe(1);
    const noYear = runCli(['import', '--assessments', 'form.csv'], { cwd: dir });
    expect(noYear.stderr).toContain("form.csv:3: error: no year in the År column; give the form's year with --year\n");
    expect(noYear.code).toBe(1);
    writeFileSync(join(dir, 'form.csv'), form.replace('2023', ''));
    expect(runCli(['import', '--assessments', 'form.csv', '--year', '2024'], { cwd: dir }).code).toBe(0);
    expect(read(dir, 'matrices/lapptrask.yaml')).toContain('              - { year: 2023, status: achieved, comment: { sv: 236 svar, fi: 236 vastausta } }\n              - { year: 2024, status: ongoing }\n');
  });

  it('reads back unchanged every form the example exports, in both languages and both formats', () => {
    const dir = tempDir(exampleDir);
    const before = [read(dir, 'matrices/lovisa.yaml'), read(dir, 'matrices/lapptrask.yaml')];
    for (const [format, lang] of [['xlsx', 'sv'], ['xlsx', 'fi'], ['csv', 'sv'], ['csv', 'fi']] as const) {
      const file = `form-${lang}.${format}`;
      expect(runCli(['export', '--form', '2024', '--format', format, '--lang', lang, '-o', file], { cwd: dir }).code).toBe(0);
      const r = runCli(['import', '--assessments', file], { cwd: dir });
      expect(r.stderr).not.toMatch(/error|warning/);
      expect(r.stderr).toMatch(/\n0 new assessments, 0 changed, [1-9]\d* unchanged; \d+ rows? without a status\nthe matrices already say what the form says: nothing to write\n$/);
      expect(r.code).toBe(0);
    }
    expect([read(dir, 'matrices/lovisa.yaml'), read(dir, 'matrices/lapptrask.yaml')]).toEqual(before);
  });

  it('refuses usage mistakes (exit 2), a file that is not a form and an invalid project (exit 1)', () => {
    const dir = project();
    const withLang = runCli(['import', '--assessments', 'form.csv', '--lang', 'sv'], { cwd: dir });
    expect(withLang.stderr).toContain("error: option '--assessments <form>' cannot be used with option '--lang <lang>'");
    expect(withLang.code).toBe(2);
    const both = runCli(['import', 'table.txt', '--assessments', 'form.csv'], { cwd: dir });
    expect(both.stderr).toContain('error: give the table or --assessments <form>, not both');
    expect(both.code).toBe(2);
    const yearAlone = runCli(['import', 'table.txt', '--lang', 'sv', '--year', '2024'], { cwd: dir });
    expect(yearAlone.stderr).toContain("error: option '--year <year>' goes with '--assessments <form>'");
    expect(yearAlone.code).toBe(2);
    expect(runCli(['import', '--assessments', 'form.csv', '--year', 'last'], { cwd: dir }).code).toBe(2);
    expect(runCli(['import', '--lang', 'sv'], { cwd: dir }).stderr).toContain("error: missing required argument 'file'");
    const missing = runCli(['import', '--assessments', 'saknas.csv'], { cwd: dir });
    expect(missing.stderr).toBe('welfare: saknas.csv: cannot read the file (file not found)\n');
    expect(missing.code).toBe(2);
    const outside = runCli(['import', '--assessments', 'form.csv'], { cwd: tempDir() });
    expect(outside.stderr).toContain('no welfare.config.yaml in');
    expect(outside.code).toBe(2);

    writeFileSync(join(dir, 'matris.csv'), 'MÅL;ÅTGÄRD;INDIKATOR;ANSVARIG AKTÖR\nInvånarna påverkar;Vi frågar;Antalet svar;Välfärdsgruppen\n');
    const notForm = runCli(['import', '--assessments', 'matris.csv'], { cwd: dir });
    expect(notForm.stderr).toBe(
      "welfare: matris.csv:1: its first row is not the header of a status form, which names the columns Id, Kommun, År, Status, Kommentar (in Finnish Tunniste, Kunta, Vuosi, Tila, Kommentti)\n  read a form as 'welfare export --form <year>' writes it, its header row kept\n",
    );
    expect(notForm.code).toBe(1);
    writeFileSync(join(dir, 'tom.csv'), '');
    const empty = runCli(['import', '--assessments', 'tom.csv'], { cwd: dir });
    expect(empty.stderr).toContain('welfare: tom.csv:1: its first row is not the header of a status form');
    expect(empty.code).toBe(1);

    writeFileSync(join(dir, 'form.csv'), 'Id;Kommun;År;Åtgärd;Ansvariga aktörer;Status;Kommentar\nsurveys;lovisa;2024;;;Uppnått;\n');
    writeFileSync(join(dir, 'actors.yaml'), 'actors: []\n');
    const invalid = runCli(['import', '--assessments', 'form.csv'], { cwd: dir });
    expect(invalid.stderr).toContain("run 'welfare validate' to see every problem; fix them first");
    expect(invalid.code).toBe(1);
    expect(matrices(dir)).toEqual(unchanged());
  });
});

describe('formula injection and row numbers in forms', () => {
  // OWASP: a text starting with = + - @, a tab or CR is a formula once a spreadsheet program opens the CSV.
  const risky = ['=1+41', '-5 %', "'=already quoted"];

  it('quotes texts that would be formulas in CSV, writes them as string cells in XLSX, and reads both back to the same texts', async () => {
    const dir = project();
    const path = join(dir, 'matrices/lapptrask.yaml');
    writeFileSync(path, read(dir, 'matrices/lapptrask.yaml').replace('comment: { sv: 236 svar, fi: 236 vastausta }', `comment: { sv: '${risky[0]}', fi: '${risky[1]}' }`));
    const lovisa = read(dir, 'matrices/lovisa.yaml');
    expect(runCli(['validate'], { cwd: dir }).code).toBe(0);

    expect(runCli(['export', '--form', '2023', '--format', 'csv', '-o', 'form-sv.csv'], { cwd: dir }).code).toBe(0);
    expect(read(dir, 'form-sv.csv')).toContain(";Uppnått;'=1+41\r\n");
    expect(runCli(['export', '--form', '2023', '--format', 'csv', '--lang', 'fi', '-o', 'form-fi.csv'], { cwd: dir }).code).toBe(0);
    expect(read(dir, 'form-fi.csv')).toContain(";Toteutunut;'-5 %\r\n");
    expect(runCli(['export', '--form', '2023', '--format', 'xlsx', '-o', 'form.xlsx'], { cwd: dir }).code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(join(dir, 'form.xlsx')));
    const sheets = await Promise.all(['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml'].map((p) => zip.file(p)!.async('string')));
    expect(sheets.join('')).not.toContain('<f>');
    expect(await zip.file('xl/sharedStrings.xml')!.async('string')).toContain('<t>=1+41</t>');

    for (const file of ['form-sv.csv', 'form-fi.csv', 'form.xlsx']) {
      const r = runCli(['import', '--assessments', file], { cwd: dir });
      expect(r.stderr, file).toMatch(/nothing to write\n$/);
      expect(r.code).toBe(0);
    }

    // Every risky text and one already quoted, filled into the form's comment cells, read back as written.
    fillCsvLikeExcel(join(dir, 'form-sv.csv'), { ";Uppnått;'=1+41": `;Uppnått;"'${risky[2]}"` });
    const r = runCli(['import', '--assessments', 'form-sv.csv'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(read(dir, 'matrices/lapptrask.yaml')).toContain(`comment: { sv: '''=already quoted', fi: '-5 %' }`);
    expect(read(dir, 'matrices/lovisa.yaml')).toBe(lovisa);
  });

  it('names the rows of a CSV form as a spreadsheet numbers them, though cells hold line breaks', () => {
    const dir = project();
    const rows = ['Id;Kommun;År;Åtgärd;Ansvariga aktörer;Status;Kommentar'];
    // Rows 2–9: no status, each with a comment cell of three lines; row 10: a status import does not know.
    for (let i = 0; i < 8; i++) rows.push(`surveys;lapptrask;2024;"Vi frågar\ninvånarna\nigen";;;`);
    rows.push('surveys;lovisa;2024;;;Kanske;');
    writeFileSync(join(dir, 'form.csv'), rows.join('\r\n') + '\r\n');
    const r = runCli(['import', '--assessments', 'form.csv'], { cwd: dir });
    expect(r.stderr).toContain('form.csv:2-9: no status: not assessed, skipped\n');
    expect(r.stderr).toMatch(/form\.csv:10: error: /);
    expect(r.code).toBe(1);
  });
});
