import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempDir } from './helpers/cli.js';

const welfareBin = join(repoRoot, 'bin', 'welfare.js');

const ExcelJS = createRequire(import.meta.url)('exceljs') as typeof import('exceljs');

/** A small project with what the export has to get right: names not ids, two municipalities, a missing translation. */
function project(): string {
  const dir = tempDir();
  const files: Record<string, string> = {
    'welfare.config.yaml': `title: { sv: Välfärdsberättelse, fi: Hyvinvointikertomus }
period: { start: 2023, end: 2024 }
languages: [sv, fi]
municipalities:
  - { id: lovisa, code: "434", name: { sv: Lovisa stad, fi: Loviisan kaupunki }, matrix: matrices/lovisa.yaml }
  - { id: lapptrask, code: "407", name: { sv: Lappträsk kommun, fi: Lapinjärven kunta }, matrix: matrices/lapptrask.yaml }
`,
    'actors.yaml': `actors:
  - { id: welfare-group, name: { sv: Välfärdsgruppen, fi: Hyvinvointiryhmä } }
  - { id: youth-services, name: { sv: Ungdomstjänsterna, fi: Nuorisopalvelut } }
`,
    'indicators.yaml': `indicators:
  - { id: survey-answers, name: { sv: Antalet svar på enkäten, fi: Kyselyn vastausten määrä }, source: { own: { sv: Räknas, fi: Lasketaan } } }
`,
    'matrices/lovisa.yaml': `municipalities: [lovisa]
focusAreas:
  - id: involvement
    title: { sv: Involvering av invånarna, fi: Asukkaiden osallistaminen }
    goals:
      - id: influence
        text: { sv: Invånarna påverkar, fi: Asukkaat vaikuttavat }
        actions:
          - id: surveys
            text: { sv: "Vi utför riktade enkäter; också för unga", fi: Teemme kohdennettuja kyselyjä }
            indicators: [{ ref: survey-answers }, { text: { sv: "Antalet enkäter", fi: Kyselyjen määrä } }]
            actors: [welfare-group, youth-services]
            assessments:
              - { year: 2023, status: ongoing, comment: { sv: 'Två enkäter, "pilot"', fi: Kaksi kyselyä } }
              - { year: 2024, status: achieved }
          - id: village-evenings
            text: { sv: Vi ordnar byakvällar }
            indicators: [{ text: { sv: Antalet deltagare, fi: Osallistujien määrä } }]
            actors: [welfare-group]
`,
    'matrices/lapptrask.yaml': `municipalities: [lapptrask]
focusAreas:
  - id: involvement
    title: { sv: Delaktighet, fi: Osallisuus }
    goals:
      - id: influence
        text: { sv: Invånarna påverkar, fi: Asukkaat vaikuttavat }
        actions:
          - id: surveys
            text: { sv: Vi frågar invånarna, fi: Kysymme asukkailta }
            indicators: [{ ref: survey-answers }]
            actors: [youth-services]
            assessments:
              - { year: 2024, status: dropped, comment: { sv: Ingen budget, fi: Ei budjettia } }
`,
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

async function readXlsx(path: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}
const values = (ws: import('exceljs').Worksheet) => {
  const rows: unknown[][] = [];
  ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
};

/** The CSV's rows, read as Excel would: BOM, semicolons, quoted fields with line breaks. */
function readCsv(path: string): string[][] {
  const text = readFileSync(path, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 1; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  return rows;
}

describe('welfare export', () => {
  it('writes every matrix as XLSX, one sheet per municipality, with names instead of ids and a status dropdown', async () => {
    const dir = project();
    const result = runCli(['export', '--format', 'xlsx', '-o', 'matrix.xlsx'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('wrote matrix.xlsx (Lovisa stad: 2 actions, Lappträsk kommun: 1 action)\n');

    const workbook = await readXlsx(join(dir, 'matrix.xlsx'));
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(['Lovisa stad', 'Lappträsk kommun']);
    const lovisa = workbook.getWorksheet('Lovisa stad')!;
    expect(values(lovisa)).toEqual([
      ['Id', 'Kommun', 'Tyngdpunkt', 'Mål', 'Åtgärd', 'Indikatorer', 'Ansvariga aktörer', 'Status 2023', 'Kommentar 2023', 'Status 2024', 'Kommentar 2024'],
      ['surveys', 'lovisa', 'Involvering av invånarna', 'Invånarna påverkar', 'Vi utför riktade enkäter; också för unga', 'Antalet svar på enkäten\nAntalet enkäter', 'Välfärdsgruppen\nUngdomstjänsterna', 'Pågår', 'Två enkäter, "pilot"', 'Uppnått', ''],
      ['village-evenings', 'lovisa', 'Involvering av invånarna', 'Invånarna påverkar', 'Vi ordnar byakvällar', 'Antalet deltagare', 'Välfärdsgruppen', '', '', '', ''],
    ]);
    expect(lovisa.getCell('H2').dataValidation).toMatchObject({ type: 'list', formulae: ['"Uppnått,Delvis uppnått,Pågår,Inte påbörjat,Inte uppnått,Stryks"'] });
    expect(lovisa.getCell('J3').dataValidation).toMatchObject({ type: 'list' });
    expect(lovisa.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(values(workbook.getWorksheet('Lappträsk kommun')!)[1]).toEqual(['surveys', 'lapptrask', 'Delaktighet', 'Invånarna påverkar', 'Vi frågar invånarna', 'Antalet svar på enkäten', 'Ungdomstjänsterna', '', '', 'Stryks', 'Ingen budget']);
  });

  it('writes CSV for Finnish Excel: BOM, semicolons, CRLF, quoted line breaks, in Finnish with a fallback to Swedish', () => {
    const dir = project();
    expect(runCli(['export', '--format', 'csv', '--lang', 'fi', '--municipality', 'lovisa', '-o', 'out/matriisi.csv'], { cwd: dir }).code).toBe(0);
    const text = readFileSync(join(dir, 'out', 'matriisi.csv'), 'utf8');
    expect(text).toMatch(/^\uFEFFTunniste;Kunta;Painopiste;Tavoite;Toimenpide;Mittarit;Vastuutahot;Tila 2023;Kommentti 2023;Tila 2024;Kommentti 2024\r\n/);
    expect(readCsv(join(dir, 'out', 'matriisi.csv'))).toEqual([
      ['Tunniste', 'Kunta', 'Painopiste', 'Tavoite', 'Toimenpide', 'Mittarit', 'Vastuutahot', 'Tila 2023', 'Kommentti 2023', 'Tila 2024', 'Kommentti 2024'],
      ['surveys', 'lovisa', 'Asukkaiden osallistaminen', 'Asukkaat vaikuttavat', 'Teemme kohdennettuja kyselyjä', 'Kyselyn vastausten määrä\nKyselyjen määrä', 'Hyvinvointiryhmä\nNuorisopalvelut', 'Käynnissä', 'Kaksi kyselyä', 'Toteutunut', ''],
      // No Finnish text for this action: the Swedish one stands in.
      ['village-evenings', 'lovisa', 'Asukkaiden osallistaminen', 'Asukkaat vaikuttavat', 'Vi ordnar byakvällar', 'Osallistujien määrä', 'Hyvinvointiryhmä', '', '', '', ''],
    ]);
  });

  it("writes a year's status form with the action id, municipality and year on every row", async () => {
    const dir = project();
    const result = runCli(['export', '--form', '2024'], { cwd: dir });
    expect(result.code).toBe(0);
    // Default: xlsx in the project's out folder, named after the contents in the project's first language.
    expect(result.stdout).toBe('wrote dist/arlig-bedomning-2024.xlsx (Lovisa stad: 2 actions, Lappträsk kommun: 1 action)\n');
    const workbook = await readXlsx(join(dir, 'dist', 'arlig-bedomning-2024.xlsx'));
    const lovisa = workbook.getWorksheet('Lovisa stad')!;
    expect(values(lovisa)).toEqual([
      ['Id', 'Kommun', 'År', 'Åtgärd', 'Ansvariga aktörer', 'Status', 'Kommentar'],
      ['surveys', 'lovisa', 2024, 'Vi utför riktade enkäter; också för unga', 'Välfärdsgruppen\nUngdomstjänsterna', 'Uppnått', ''],
      ['village-evenings', 'lovisa', 2024, 'Vi ordnar byakvällar', 'Välfärdsgruppen', '', ''],
    ]);
    for (const cell of ['F2', 'F3']) {
      expect(lovisa.getCell(cell).dataValidation).toMatchObject({ type: 'list', allowBlank: true, showErrorMessage: true, formulae: ['"Uppnått,Delvis uppnått,Pågår,Inte påbörjat,Inte uppnått,Stryks"'] });
    }
    expect(lovisa.getCell('G2').dataValidation).toBeUndefined();
    expect(values(workbook.getWorksheet('Lappträsk kommun')!)[1]).toEqual(['surveys', 'lapptrask', 2024, 'Vi frågar invånarna', 'Ungdomstjänsterna', 'Stryks', 'Ingen budget']);
  });

  it('writes the status form as CSV in Finnish, and a Finnish dropdown in XLSX', async () => {
    const dir = project();
    expect(runCli(['export', '--form', '2023', '--format', 'csv', '--lang', 'fi', '-o', 'lomake.csv'], { cwd: dir }).code).toBe(0);
    expect(readCsv(join(dir, 'lomake.csv'))).toEqual([
      ['Tunniste', 'Kunta', 'Vuosi', 'Toimenpide', 'Vastuutahot', 'Tila', 'Kommentti'],
      ['surveys', 'lovisa', '2023', 'Teemme kohdennettuja kyselyjä', 'Hyvinvointiryhmä\nNuorisopalvelut', 'Käynnissä', 'Kaksi kyselyä'],
      ['village-evenings', 'lovisa', '2023', 'Vi ordnar byakvällar', 'Hyvinvointiryhmä', '', ''],
      ['surveys', 'lapptrask', '2023', 'Kysymme asukkailta', 'Nuorisopalvelut', '', ''],
    ]);
    expect(runCli(['export', '--form', '2023', '--lang', 'fi', '--municipality', 'lapptrask'], { cwd: dir }).code).toBe(0);
    const workbook = await readXlsx(join(dir, 'dist', 'vuosittainen-arviointi-2023-lapptrask.xlsx'));
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(['Lapinjärven kunta']);
    expect(workbook.worksheets[0]!.getCell('F2').dataValidation.formulae).toEqual(['"Toteutunut,Osittain toteutunut,Käynnissä,Ei aloitettu,Ei toteutunut,Poistettu"']);
  });

  it('never overwrites a file without --force: it may be a filled-in form', () => {
    const dir = project();
    writeFileSync(join(dir, 'form.csv'), 'filled in\n');
    const refused = runCli(['export', '--form', '2024', '--format', 'csv', '-o', 'form.csv'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('form.csv exists already');
    expect(readFileSync(join(dir, 'form.csv'), 'utf8')).toBe('filled in\n');
    expect(runCli(['export', '--form', '2024', '--format', 'csv', '-o', 'form.csv', '--force'], { cwd: dir }).code).toBe(0);
    expect(readFileSync(join(dir, 'form.csv'), 'utf8')).toContain('surveys;lovisa;2024;');
  });

  it('refuses a year outside the plan period, an unknown municipality and an invalid project', () => {
    const dir = project();
    const outside = runCli(['export', '--form', '2026'], { cwd: dir });
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain("--form 2026 is outside the plan period 2023–2024 of lovisa's matrix");
    const unknown = runCli(['export', '--municipality', 'lovisaa'], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("--municipality 'lovisaa' is not a municipality of this project (lovisa, lapptrask)");
    expect(unknown.stderr).toContain("did you mean 'lovisa'?");
    expect(runCli(['export', '--form', 'last'], { cwd: dir }).code).toBe(2);

    writeFileSync(join(dir, 'actors.yaml'), 'actors: []\n');
    const invalid = runCli(['export'], { cwd: dir, env: { WELFARE_LANG: 'en' } });
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(/names the actor '(welfare-group|youth-services)', which is not in the actors registry/);
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  });
});

describe('welfare export: workbooks by the rules of Excel', () => {
  const xml = async (path: string, part: string) => (await JSZip.loadAsync(readFileSync(path))).file(part)!.async('string');

  it('protects the form but for its answer columns, one validation per status column, printed A4 landscape with the header on every page', async () => {
    const dir = project();
    expect(runCli(['export', '--form', '2024', '-o', 'form.xlsx'], { cwd: dir }).code).toBe(0);
    const sheet = await xml(join(dir, 'form.xlsx'), 'xl/worksheets/sheet1.xml');
    expect(sheet.match(/<dataValidation [^>]*sqref="[^"]*"/g)!.map((v) => /sqref="([^"]*)"/.exec(v)![1])).toEqual(['F2:F3']);
    expect(sheet).toMatch(/<sheetProtection sheet="1"[^>]*autoFilter="0"/);
    expect(sheet).not.toMatch(/<sheetProtection[^>]*hashValue/);
    expect(sheet).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(sheet).toMatch(/<pageSetup paperSize="9" orientation="landscape"[^>]* fitToWidth="1" fitToHeight="0"/);
    expect(await xml(join(dir, 'form.xlsx'), 'xl/workbook.xml')).toContain('<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;Lovisa stad&apos;!$1:$1</definedName>');
    // Only the status and comment cells (F, G) are unlocked: their style has locked="0".
    const styles = await xml(join(dir, 'form.xlsx'), 'xl/styles.xml');
    const xfs = [...styles.slice(styles.indexOf('<cellXfs')).matchAll(/<xf [^>]*?(?:\/>|>.*?<\/xf>)/g)].map((m) => m[0]);
    const unlocked = [...sheet.matchAll(/<c r="([A-Z]+)(\d+)" s="(\d+)"/g)].filter(([, , , s]) => /locked="0"/.test(xfs[Number(s)]!)).map(([, col, row]) => `${col}${row}`);
    expect(unlocked.sort()).toEqual(['F2', 'F3', 'G2', 'G3']);

    const matrix = runCli(['export', '-o', 'matrix.xlsx'], { cwd: dir });
    expect(matrix.code).toBe(0);
    const matrixSheet = await xml(join(dir, 'matrix.xlsx'), 'xl/worksheets/sheet1.xml');
    expect(matrixSheet.match(/sqref="[^"]*"/g)).toEqual(['sqref="H2:H3"', 'sqref="J2:J3"']);
    expect(matrixSheet).not.toContain('<sheetProtection');
  });

  it('writes to standard output with -o -, and no file named -', async () => {
    const dir = project();
    const csv = runCli(['export', '--format', 'csv', '-o', '-'], { cwd: dir });
    expect(csv.code).toBe(0);
    expect(csv.stdout.startsWith('\uFEFFId;Kommun;Tyngdpunkt;')).toBe(true);
    const xlsx = spawnSync(process.execPath, [welfareBin, 'export', '--form', '2024', '-o', '-'], { cwd: dir });
    expect(xlsx.status).toBe(0);
    expect(xlsx.stdout.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    expect((await JSZip.loadAsync(xlsx.stdout)).file('xl/worksheets/sheet2.xml')).toBeTruthy();
    expect(existsSync(join(dir, '-'))).toBe(false);
  });

  it('names sheets by Excel rules: a leading apostrophe, History, 31 units without splitting an emoji, unique in any case', async () => {
    const dir = project();
    const config = join(dir, 'welfare.config.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace('sv: Lovisa stad', `sv: "'Lovisa: stad [1]'"`).replace('sv: Lappträsk kommun', 'sv: History'));
    expect(runCli(['export', '-o', 'a.xlsx'], { cwd: dir }).code).toBe(0);
    expect(names(await xml(join(dir, 'a.xlsx'), 'xl/workbook.xml'))).toEqual(['Lovisa stad 1', 'History 2']);

    writeFileSync(config, readFileSync(config, 'utf8').replace(`sv: "'Lovisa: stad [1]'"`, 'sv: Lovisa stads välfärdsområde 🌍🌍').replace('sv: History', 'sv: LOVISA STADS VÄLFÄRDSOMRÅDE 🌍🌍'));
    expect(runCli(['export', '-o', 'b.xlsx'], { cwd: dir }).code).toBe(0);
    const [first, second] = names(await xml(join(dir, 'b.xlsx'), 'xl/workbook.xml'));
    // 28 units of letters and space, then the emoji (2 units) fits once; the second name needs " 2".
    expect(first).toBe('Lovisa stads välfärdsområde 🌍');
    expect(second).toBe('LOVISA STADS VÄLFÄRDSOMRÅDE 2');
    expect(`${first}${second}`).not.toContain('\uFFFD');
  });
});

const names = (workbook: string) => [...workbook.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => m[1]!.replace(/&apos;/g, "'"));
