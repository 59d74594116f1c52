// What welfare says when something goes wrong is in the language of the messages too: errors and
// their hints, the import's notes, the pull's failures. Literal lines in Swedish and Finnish, then
// every command on failing input, where no line may stay in English.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedPortUrl, startSotkanet, type SotkanetStandIn } from './fixtures/sotkanet/server.js';
import { repoRoot, runCli, tempDir } from './helpers/cli.js';

const fixtures = join(repoRoot, 'test', 'fixtures');
const project = () => tempDir(join(fixtures, 'validate', 'project'));
const inLang = (lang: string, env: Record<string, string> = {}) => ({ env: { WELFARE_LANG: lang, ...env } });
const write = (dir: string, path: string, text: string) => {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), text);
};

describe('errors of build and of its templates', () => {
  it('a template in the wrong folder stops the build, said with its hint', () => {
    const cwd = project();
    write(cwd, 'templates/cover.hbs', 'x');
    const args = ['build', '--format', 'html', '--only', 'report'];
    const sv = runCli(args, { cwd, ...inLang('sv') });
    expect(sv.stderr).toBe("welfare: templates/cover.hbs: en mall ska ligga i en av mapparna documents/, layouts/, partials/ i templates\n  'welfare templates eject' visar hur ett tema är uppbyggt\n");
    expect(sv.code).toBe(1);
    expect(runCli(args, { cwd, ...inLang('fi') }).stderr).toBe(
      "welfare: templates/cover.hbs: mallin on oltava jossakin kansion templates alikansioista documents/, layouts/, partials/\n  'welfare templates eject' näyttää teeman rakenteen\n",
    );
  });

  it('a template that names a partial the theme lacks, or misuses a helper, is pointed at', () => {
    const cwd = project();
    write(cwd, 'templates/documents/report.hbs', 'a\n{{> covr}}\n');
    const args = ['build', '--format', 'html', '--only', 'report'];
    expect(runCli(args, { cwd, ...inLang('sv') }).stderr).toBe(
      "welfare: templates/documents/report.hbs:2:1: det finns ingen delmall eller layout 'covr'\n  delmallarna är filerna i partials/ och layouts/ efter namn, t.ex. {{> cover}} för partials/cover.hbs\n",
    );
    expect(runCli(args, { cwd, ...inLang('fi') }).stderr).toBe(
      "welfare: templates/documents/report.hbs:2:1: osamallia tai asettelupohjaa 'covr' ei ole\n  osamallit ovat kansioiden partials/ ja layouts/ tiedostoja nimen mukaan, esim. {{> cover}} tiedostolle partials/cover.hbs\n",
    );

    write(cwd, 'templates/documents/report.hbs', '{{t nothing}}\n');
    expect(runCli(args, { cwd, ...inLang('sv') }).stderr).toBe(
      'welfare: templates/documents/report.hbs:1:1: {{t}}: t behöver en text med sv och fi, men fick ingenting (stämmer fältets namn?)\n  docs/templates.md listar de fält och hjälpfunktioner som varje mall får\n',
    );
    expect(runCli(args, { cwd, ...inLang('fi') }).stderr).toBe(
      'welfare: templates/documents/report.hbs:1:1: {{t}}: t tarvitsee tekstin, jossa on sv ja fi; annettu: ei mitään (onko kentän nimi oikein?)\n  docs/templates.md luettelee kentät ja apufunktiot, jotka kukin malli saa\n',
    );
  });
});

describe('validate names an assessment by its year, or without one by its place and action', () => {
  it('words the assessment without a year in each language', () => {
    const cwd = project();
    const matrix = join(cwd, 'matrices', 'lovisa.yaml');
    writeFileSync(matrix, readFileSync(matrix, 'utf8').replace('year: 2024', 'comment: { sv: x }'));
    expect(runCli(['validate', 'matrices/lovisa.yaml', '--lang', 'sv'], { cwd }).stdout.split('\n')[0]).toMatch(/ {2}fel {2}den 2:a bedömningen \(åtgärden 'targeted-surveys'\) saknar år \('year'\) {2}\(missing-field\)$/);
    expect(runCli(['validate', 'matrices/lovisa.yaml', '--lang', 'fi'], { cwd }).stdout.split('\n')[0]).toMatch(/ {2}virhe {2}2\. arviointi \(toimenpide 'targeted-surveys'\): vuosi \('year'\) puuttuu {2}\(missing-field\)$/);
  });
});

describe('refusing to overwrite, and failing to write', () => {
  it('export names the file that exists already and both ways on', () => {
    const cwd = project();
    writeFileSync(join(cwd, 'taken.csv'), '');
    const args = ['export', '--format', 'csv', '-o', 'taken.csv'];
    expect(runCli(args, { cwd, ...inLang('sv') }).stderr).toBe(`welfare: ${join(cwd, 'taken.csv')} finns redan\n  lägg till --force för att skriva över den, eller ange en annan fil med -o\n`);
    const fi = runCli(args, { cwd, ...inLang('fi') });
    expect(fi.stderr).toBe(`welfare: ${join(cwd, 'taken.csv')} on jo olemassa\n  lisää --force, niin se korvataan, tai nimeä toinen tiedosto valitsimella -o\n`);
    expect(fi.code).toBe(2);
  });

  it('import and merge refuse the same way', () => {
    const cwd = tempDir(join(fixtures, 'merge', 'project'));
    writeFileSync(join(cwd, 'joint.yaml'), '');
    writeFileSync(join(cwd, 'table.csv'), readFileSync(join(fixtures, 'import', 'trailing-column.csv')));
    const imported = ['import', 'table.csv', '--lang', 'sv', '-o', 'joint.yaml'];
    expect(runCli(imported, { cwd, ...inLang('sv') }).stderr).toBe('welfare: joint.yaml finns redan\n  lägg till --force för att skriva över den\n');
    expect(runCli(['merge', 'matrices/lovisa.yaml', 'matrices/lapptrask.yaml', '-o', 'joint.yaml'], { cwd, ...inLang('fi') }).stderr).toBe('welfare: joint.yaml on jo olemassa\n  lisää --force, niin se korvataan\n');
  });

  it('a file in the way of a folder is said as such', () => {
    const cwd = project();
    writeFileSync(join(cwd, 'afile'), '');
    const args = ['export', '--format', 'csv', '-o', 'afile/x.csv'];
    expect(runCli(args, { cwd, ...inLang('sv') }).stderr).toBe(`welfare: kunde inte skapa mappen ${join(cwd, 'afile')}: en fil står i vägen där en mapp ska vara\n`);
    expect(runCli(args, { cwd, ...inLang('fi') }).stderr).toBe(`welfare: kansiota ${join(cwd, 'afile')} ei voitu luoda: kansion paikalla on tiedosto\n`);
  });
});

describe("the import's notes and errors", () => {
  it('notes every guess and error on its row, with the words of the summary', () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 't.tsv'), '1. Trygghet\nMÅL\tÅTGÄRD\tINDIKATOR\tANSVARIG AKTÖR\nTryggare byar.\tVi ordnar vandringar.\t\tTekniska väsendet\n');
    const args = ['import', 't.tsv', '--lang', 'sv', '--municipality', 'lovisa', '--dry-run'];
    expect(runCli(args, { cwd, ...inLang('sv') }).stderr).toBe(
      [
        't.tsv: lästes som tabbavgränsad text i utf-8 (3 rader med text)',
        't.tsv:1: tyngdpunkt 1: "Trygghet"',
        't.tsv:2: rubrikrad: MÅL | ÅTGÄRD | INDIKATOR | ANSVARIG AKTÖR',
        't.tsv:3: målet "Tryggare byar.": 1 åtgärd',
        't.tsv:3: fel: åtgärden "Vi ordnar vandringar." har ingen indikator (cellen INDIKATOR är tom); en matris behöver en indikator för varje åtgärd',
        '1 fel: inget skrevs',
        '',
      ].join('\n'),
    );
    expect(runCli(args, { cwd, ...inLang('fi') }).stderr).toBe(
      [
        't.tsv: luettiin sarkaimin eroteltuna tekstinä, merkistö utf-8 (3 tekstiriviä)',
        't.tsv:1: painopiste 1: "Trygghet"',
        't.tsv:2: otsikkorivi: MÅL | ÅTGÄRD | INDIKATOR | ANSVARIG AKTÖR',
        't.tsv:3: tavoite "Tryggare byar.": 1 toimenpide',
        't.tsv:3: virhe: toimenpiteellä "Vi ordnar vandringar." ei ole mittaria (sarakkeen INDIKATOR solu on tyhjä); matriisissa jokaisella toimenpiteellä on oltava mittari',
        '1 virhe: mitään ei kirjoitettu',
        '',
      ].join('\n'),
    );
  });

  it("reads a status form back with each row's note, naming an assessment by its year", () => {
    const cwd = tempDir(join(fixtures, 'import-assessments', 'project'));
    expect(runCli(['export', '--form', '2024', '--format', 'csv', '-o', 'form.csv', '--lang', 'sv'], { cwd }).code).toBe(0);
    const rows = readFileSync(join(cwd, 'form.csv'), 'utf8').split('\n');
    rows[1] = rows[1]!.replace(/;;(\r?)$/, ';Klar;$1');
    rows[2] = rows[2]!.replace(';Delvis uppnått;', ';Uppnått;');
    writeFileSync(join(cwd, 'form.csv'), rows.join('\n'));
    const args = ['import', '--assessments', 'form.csv', '--dry-run'];
    const sv = runCli(args, { cwd, ...inLang('sv') }).stderr.split('\n');
    expect(sv.slice(0, 4)).toEqual([
      'form.csv: lästes som semikolonavgränsad text i utf-8 med BOM: en blankett för årlig bedömning på svenska, 5 rader',
      "form.csv:2: fel: 'Klar' är ingen status; använd någon av: Uppnått, Delvis uppnått, Pågår, Inte påbörjat, Inte uppnått, Stryks",
      "form.csv:3: 'village-evenings' (lovisa) 2024: delvis uppnått → uppnått",
      'form.csv:4-6: ingen status: inte bedömd, hoppas över',
    ]);
    expect(sv.at(-2)).toBe('1 fel: inget skrevs');
    const fi = runCli(args, { cwd, ...inLang('fi') }).stderr.split('\n');
    expect(fi.slice(0, 3)).toEqual([
      'form.csv: luettiin puolipistein eroteltuna tekstinä, merkistö utf-8 ja BOM-merkki: ruotsinkielinen vuosiarviointilomake, 5 riviä',
      "form.csv:2: virhe: 'Klar' ei ole tila; käytä jotakin näistä: Uppnått, Delvis uppnått, Pågår, Inte påbörjat, Inte uppnått, Stryks",
      "form.csv:3: 'village-evenings' (lovisa) 2024: osittain toteutunut → toteutunut",
    ]);
    expect(fi.at(-2)).toBe('1 virhe: mitään ei kirjoitettu');
  });
});

describe('indicators pull against the Sotkanet stand-in', () => {
  let sotkanet: SotkanetStandIn;
  beforeAll(async () => {
    sotkanet = await startSotkanet();
  });
  afterAll(async () => {
    await sotkanet?.close();
  });

  /** The stand-in project with indicator 181 replaced by one that answers badly. */
  const withIndicator = (id: number) => {
    const dir = tempDir(join(fixtures, 'sotkanet', 'project'));
    const path = join(dir, 'indicators.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('sotkanet: 181', `sotkanet: ${id}`));
    return dir;
  };
  const pull = (dir: string, lang: string, ...args: string[]) => runCli(['indicators', 'pull', '--date', '2025-05-15', ...args], { cwd: dir, ...inLang(lang, { WELFARE_SOTKANET_URL: sotkanet.baseUrl }) });

  it('refuses an answer with a year not asked for, and writes nothing', () => {
    const dir = withIndicator(884);
    const sv = pull(dir, 'sv');
    expect(sv.code).toBe(2);
    expect(sv.stderr).toBe(
      "welfare: Sotkanets svar för indikator 884 har ett värde för år 2023.5, som inte efterfrågades (2019–2025). Inget skrevs.\n  kontrollera adressen i --base-url eller WELFARE_SOTKANET_URL; kör igen med --refresh om det cachade svaret är skadat\n",
    );
    expect(pull(dir, 'fi').stderr).toBe(
      'welfare: Sotkanetin vastauksessa mittarille 884 on arvo vuodelle 2023.5, jota ei pyydetty (2019–2025). Mitään ei kirjoitettu.\n  tarkista osoite valitsimessa --base-url tai muuttujassa WELFARE_SOTKANET_URL; suorita uudelleen valitsimella --refresh, jos välimuistissa oleva vastaus on vioittunut\n',
    );
  });

  it('says which address it could not reach and what the cache held', async () => {
    const dir = tempDir(join(fixtures, 'sotkanet', 'project'));
    const base = await closedPortUrl();
    const cache = join(dir, '.welfare-cache', 'sotkanet');
    const sv = runCli(['indicators', 'pull', '--base-url', base], { cwd: dir, ...inLang('sv') });
    expect(sv.stderr).toBe(
      `welfare: kunde inte nå ${base}/1.1/regions: ECONNREFUSED (försökte 3 gånger); inga cachade värden användes (cachen, ${cache}, har inget svar på den). Inget skrevs.\n  kontrollera nätverksanslutningen, eller adressen i --base-url eller WELFARE_SOTKANET_URL\n`,
    );
    const fi = runCli(['indicators', 'pull', '--base-url', base], { cwd: dir, ...inLang('fi') });
    expect(fi.stderr).toBe(
      `welfare: osoitteeseen ${base}/1.1/regions ei saatu yhteyttä: ECONNREFUSED (yritettiin 3 kertaa); välimuistin arvoja ei käytetty (välimuistissa ${cache} ei ole siihen vastausta). Mitään ei kirjoitettu.\n  tarkista verkkoyhteys tai osoite valitsimessa --base-url tai muuttujassa WELFARE_SOTKANET_URL\n`,
    );
  });

  it('notes an indicator Sotkanet does not have, and says what it pulled', () => {
    const dir = withIndicator(555);
    const sv = pull(dir, 'sv', '--years', '2024');
    expect(sv.code).toBe(0);
    expect(sv.stderr).toMatch(/^welfare: obs: Sotkanet har inga värden för indikator 555 \('unemployment', indicators\.yaml:\d+:\d+\) för dessa kommuner åren 2024–2024\n/);
    expect(sv.stdout.split('\n')[0]).toBe('indicators.yaml: 2 indikatorer från THL/Sotkanet (CC BY 4.0), 2024–2024, hämtade 2025-05-15');
    const fi = pull(dir, 'fi', '--years', '2024');
    expect(fi.stderr).toMatch(/^welfare: huom: Sotkanetissa ei ole mittarin 555 \('unemployment', indicators\.yaml:\d+:\d+\) arvoja näille kunnille vuosilta 2024–2024\n/);
  });
});

/**
 * Each command on input it refuses, in English first: the English sentence must be there, so the
 * case fails the way it is meant to. In Swedish and Finnish no line may be an English one, and
 * the two may not be the same. Commander's help after a usage error stays in English (README).
 */
describe('no line stays in English', () => {
  const cases: { name: string; args: string[]; english: string; setup?: (dir: string) => void; from?: string }[] = [
    { name: 'validate, a missing file', args: ['validate', 'nope.yaml'], english: 'no such file or folder' },
    { name: 'build, a stylesheet that fetches', args: ['build', '--format', 'html', '--only', 'report'], english: 'would make the documents fetch a file', setup: (d) => write(d, 'templates/styles/extra.css', '@import "x.css";\n') },
    { name: 'build, triple braces', args: ['build', '--format', 'html', '--only', 'report'], english: 'would put text from the project', setup: (d) => write(d, 'templates/documents/report.hbs', '{{{title}}}\n') },
    { name: 'merge, files of two kinds', args: ['merge', 'matrices/lovisa.yaml', 'actors.yaml'], english: 'cannot merge an action matrix' },
    { name: 'merge, a configuration', args: ['merge', 'welfare.config.yaml'], english: 'merge takes action matrices' },
    { name: 'import, a PDF', args: ['import', 'x.pdf', '--lang', 'sv', '--municipality', 'lovisa'], english: 'which welfare cannot read', setup: (d) => writeFileSync(join(d, 'x.pdf'), '%PDF-1.7\n') },
    { name: 'import, --into with --municipality', args: ['import', 'x.csv', '--lang', 'sv', '--into', 'matrices/lovisa.yaml', '--municipality', 'lovisa'], english: 'does not go with --into' },
    { name: 'import, no table', args: ['import', '--lang', 'sv'], english: "missing required argument 'file'" },
    { name: 'import, a file that is not a form', args: ['import', '--assessments', 'x.csv'], english: 'is not the header of a status form', setup: (d) => writeFileSync(join(d, 'x.csv'), 'a;b\n1;2\n') },
    { name: 'export, an unknown municipality', args: ['export', '--municipality', 'lovisaa'], english: 'is not a municipality of this project' },
    { name: 'export, a year outside the period', args: ['export', '--form', '2031'], english: 'is outside the plan period' },
    { name: 'indicators pull, bad years', args: ['indicators', 'pull', '--years', '20x'], english: 'is not a range of years' },
    { name: 'indicators pull, bad date', args: ['indicators', 'pull', '--date', '2025-13-01'], english: 'is not a date' },
    { name: 'indicators pull, bad timeout', args: ['indicators', 'pull', '--timeout', 'x'], english: 'is not a number of seconds' },
    { name: 'templates eject, files there', args: ['templates', 'eject', 'theme'], english: "of the theme's files exist already", setup: (d) => runCli(['templates', 'eject', 'theme'], { cwd: d }) },
    { name: 'init, a folder that is not empty', args: ['init', '.'], english: 'is not empty' },
    { name: 'init, a bad municipality', args: ['init', 'x', '--municipality', 'lovisa:4341:A:B'], english: 'is not a three-digit municipality code' },
  ];

  it.each(cases)('$name', ({ args, english, setup, from = join(fixtures, 'merge', 'project') }) => {
    const cwd = tempDir(from);
    setup?.(cwd);
    const [en, sv, fi] = ['en', 'sv', 'fi'].map((lang) => runCli(args, { cwd, ...inLang(lang) }));
    expect(en!.stderr).toContain(english);
    expect(en!.code).not.toBe(0);
    const lines = (text: string) => {
      const all = text.split('\n');
      const help = all.findIndex((line) => line.startsWith('Usage: '));
      return (help < 0 ? all : all.slice(0, help)).filter(Boolean);
    };
    for (const other of [sv!, fi!]) {
      expect(other.code).toBe(en!.code);
      expect(other.stderr).not.toContain(english);
      for (const line of lines(en!.stderr)) expect(lines(other.stderr)).not.toContain(line);
    }
    expect(sv!.stderr).not.toBe(fi!.stderr);
  });
});
