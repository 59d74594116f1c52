// Every line welfare prints is in the language of the messages: --lang for validate and merge,
// else WELFARE_LANG, the locale or the project. Literal lines, in Swedish and Finnish.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempDir } from './helpers/cli.js';

const fixtures = join(repoRoot, 'test', 'fixtures');
const project = () => tempDir(join(fixtures, 'validate', 'project'));
const inLang = (lang: string) => ({ env: { WELFARE_LANG: lang } });
const edit = (path: string, from: string, to: string) => writeFileSync(path, readFileSync(path, 'utf8').replace(from, to));

describe('validate in Swedish and Finnish', () => {
  it('words the severity, the summary (singular and plural) and an assessment by its year', () => {
    const cwd = project();
    edit(join(cwd, 'matrices', 'lovisa.yaml'), '                status: achieved\n', '                status: achieved\n                note: x\n');
    const sv = runCli(['validate', 'matrices/lovisa.yaml', '--lang', 'sv'], { cwd });
    expect(sv.stdout).toBe(
      "matrices/lovisa.yaml:32:17  fel  'note' är inte ett fält i bedömningen för 2024 (åtgärden 'targeted-surveys'); menade du 'code'?  (unknown-field)\n1 fil granskad: 1 fel, 0 varningar\n",
    );
    const fi = runCli(['validate', '--lang', 'fi'], { cwd });
    expect(fi.stdout).toBe(
      "matrices/lovisa.yaml:32:17  virhe  'note' ei ole kohteen vuoden 2024 arviointi (toimenpide 'targeted-surveys') kenttä; tarkoititko 'code'?  (unknown-field)\n5 tiedostoa tarkistettu: 1 virhe, 0 varoitusta\n",
    );
    expect(runCli(['validate', '--lang', 'sv'], { cwd: join(fixtures, 'validate', 'project') }).stdout).toBe('5 filer granskade: 0 fel, 0 varningar\n');
    expect(runCli(['validate', 'matrices/lovisa.yaml', '--lang', 'fi'], { cwd: join(fixtures, 'validate', 'project') }).stdout).toBe('1 tiedosto tarkistettu: 0 virhettä, 0 varoitusta\n');
  });

  it('says an error of the command itself in the language too', () => {
    const cwd = tempDir();
    expect(runCli(['validate'], { cwd, ...inLang('sv') }).stderr).toBe(
      `welfare: ingen welfare.config.yaml i ${cwd} eller någon mapp ovanför\n  kör welfare i en projektmapp, ange filerna som ska granskas, eller skapa ett projekt med 'welfare init'\n`,
    );
    expect(runCli(['validate'], { cwd, ...inLang('fi') }).stderr).toBe(
      `welfare: welfare.config.yaml-tiedostoa ei ole kansiossa ${cwd} eikä sen yläkansioissa\n  suorita welfare projektikansiossa, nimeä tarkistettavat tiedostot tai luo projekti komennolla 'welfare init'\n`,
    );
  });
});

describe('the lines of build, export, templates, merge, import and init', () => {
  it('build says what it wrote', () => {
    const cwd = project();
    const sv = runCli(['build', '--format', 'html', '--lang', 'sv', '--only', 'report'], { cwd, ...inLang('sv') });
    expect(sv.stdout).toMatch(/^skrev dist\/lovisa\/report\.sv\.html \(\d+ ms\)\nskrev dist\/index\.html\n$/);
    const fi = runCli(['build', '--format', 'html', '--lang', 'sv', '--only', 'report'], { cwd, ...inLang('fi') });
    expect(fi.stdout).toMatch(/^kirjoitettiin dist\/lovisa\/report\.sv\.html \(\d+ ms\)\nkirjoitettiin dist\/index\.html\n$/);
  }, 60_000);

  it('build says its notes and errors', () => {
    const cwd = project();
    const matrix = join(cwd, 'matrices', 'lovisa.yaml');
    writeFileSync(matrix, readFileSync(matrix, 'utf8').replace(/\n {12}assessments:[\s\S]*$/, '\n'));
    expect(runCli(['build', '--format', 'html', '--lang', 'sv'], { cwd, ...inLang('sv') }).stderr).toBe(
      'obs: ingen årlig översikt: ingen åtgärd har ännu någon bedömning (ange ett år med --year för att ändå bygga en)\n',
    );
    const fi = runCli(['build', '--format', 'html', '--lang', 'sv', '--only', 'overview'], { cwd, ...inLang('fi') });
    expect(fi.stderr).toBe(
      'welfare: yhdelläkään toimenpiteellä ei ole vielä arviointia, joten vuosikatsaukselle ei ole vuotta\n  lisää arviointeja matriiseihin tai anna vuosi valitsimella --year\n',
    );
    expect(fi.code).toBe(1);
  }, 60_000);

  it('export and templates eject say what they wrote, counted in the singular or plural', () => {
    const cwd = project();
    expect(runCli(['export', '--format', 'csv', '-o', 'sv.csv'], { cwd, ...inLang('sv') }).stdout).toBe('skrev sv.csv (Lovisa stad: 1 åtgärd)\n');
    expect(runCli(['export', '--format', 'csv', '-o', 'fi.csv'], { cwd, ...inLang('fi') }).stdout).toBe('kirjoitettiin fi.csv (Lovisa stad: 1 toimenpide)\n');
    expect(runCli(['templates', 'eject', 'sv'], { cwd, ...inLang('sv') }).stdout).toMatch(/^skrev \d+ filer till sv\n$/);
    expect(runCli(['templates', 'eject', 'fi'], { cwd, ...inLang('fi') }).stdout).toMatch(/^kirjoitettiin \d+ tiedostoa kansioon fi\n$/);
  });

  it('merge says what it wrote, and refuses to overwrite, in the language asked for', () => {
    const cwd = tempDir(join(fixtures, 'merge', 'project'));
    const args = ['merge', 'matrices/lovisa.yaml', 'matrices/lapptrask.yaml', '-o', 'joint.yaml'];
    expect(runCli([...args, '--lang', 'sv'], { cwd }).stderr).toBe('skrev joint.yaml (åtgärder: 4)\n');
    expect(runCli([...args, '--lang', 'fi'], { cwd }).stderr).toBe('welfare: joint.yaml on jo olemassa\n  lisää --force, niin se korvataan\n');
  });

  it('import reports its guesses and what it would write', () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'table.csv'), readFileSync(join(fixtures, 'import', 'trailing-column.csv')));
    const args = ['import', 'table.csv', '--lang', 'sv', '--municipality', 'lovisa', '--dry-run'];
    expect(runCli(args, { cwd, ...inLang('sv') }).stderr).toBe(
      [
        'table.csv: lästes som kommaavgränsad text i utf-8 med BOM (4 rader med text)',
        'table.csv:1: rubrik i versaler skrivs som "Hälsa och välfärd"',
        'table.csv:1: tyngdpunkt 1: "Hälsa och välfärd"',
        'table.csv:2: rubrikrad: Mål | Åtgärd | Indikator | Ansvarig aktör',
        'table.csv:3-4: HTML-kod togs bort ur texten',
        'table.csv:3-4: målet "Fler unga rör på sig.": 2 åtgärder',
        'table.csv:3: ny aktör "Tekniska väsendet" (lovisa-tekniska-vasendet)',
        'table.csv:4: "Bildningsväsendet, Tekniska väsendet" delas upp i 2 aktörer: "Bildningsväsendet", "Tekniska väsendet"',
        'table.csv:4: ny aktör "Bildningsväsendet" (lovisa-bildningsvasendet)',
        '1 tyngdpunkt, 1 mål, 2 åtgärder; 2 nya aktörer',
        'skulle skriva table.actors.yaml: 2 nya aktörer (en ny fil)',
        '',
      ].join('\n'),
    );
    const fi = runCli(args, { cwd, ...inLang('fi') }).stderr.split('\n');
    expect(fi.slice(-4)).toEqual(['table.csv:4: uusi toimija "Bildningsväsendet" (lovisa-bildningsvasendet)', '1 painopiste, 1 tavoite, 2 toimenpidettä; 2 uutta toimijaa', 'kirjoitettaisiin table.actors.yaml: 2 uutta toimijaa (uusi tiedosto)', '']);
    expect(fi[0]).toBe('table.csv: luettiin pilkuin eroteltuna tekstinä, merkistö utf-8 ja BOM-merkki (4 tekstiriviä)');
  });

  it('init says what it created and what comes next', () => {
    const cwd = tempDir();
    expect(runCli(['init', 'sv'], { cwd, ...inLang('sv') }).stdout).toMatch(/^skapade ett welfare-projekt i sv:\n[\s\S]*\nnästa steg:\n {2}cd sv\n {2}npm install {18}# installerar welfare för projektet; checka in package-lock\.json\n/);
    expect(runCli(['init', 'fi'], { cwd, ...inLang('fi') }).stdout).toMatch(/^luotiin welfare-projekti kansioon fi:\n[\s\S]*\nseuraavaksi:\n {2}cd fi\n[\s\S]* {2}npx --no-install welfare indicators pull {2}# hakee Sotkanet-mittarit\n/);
  });
});
