import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { inLanguage } from '../src/core/errors.js';
import { isId } from '../src/core/slug.js';
import type { ActionMatrix } from '../src/generated/types.js';
import { importMatrix, type ImportOptions } from '../src/import/index.js';
import { ImportNotes } from '../src/import/notes.js';
import { cleanRows } from '../src/import/rows.js';
import { recoverStructure } from '../src/import/structure.js';
import { tableFromBytes } from '../src/import/table.js';
import { repoRoot, tempDir } from './helpers/cli.js';

const fixtures = join(repoRoot, 'test', 'fixtures', 'import');
const seed = join(fixtures, 'lovisa-valfards-och-sakerhetsplan-2023-2025-atgardsmatris.txt');

/** Imports a table outside any project, writing nothing, and gives the matrix and the report's notes. */
async function imported(input: string, options: Partial<ImportOptions> = {}) {
  const result = await importMatrix({ input, language: 'sv', municipality: 'lovisa', dryRun: true, cwd: tempDir(), ...options });
  const notes = result.notes.map((n) => `${n.severity} ${n.line ?? ''}${n.lastLine ? `-${n.lastLine}` : ''}: ${inLanguage(n.message, 'en')}`);
  return { result, notes, matrix: result.matrix ? (parse(result.matrix.text) as ActionMatrix) : undefined };
}
const goalsOf = (m: ActionMatrix) => m.focusAreas.flatMap((f) => f.goals);
const actionsOf = (m: ActionMatrix) => goalsOf(m).flatMap((g) => g.actions);
/** Every text of a matrix, for checks that hold for all of them. */
const textsOf = (m: ActionMatrix) => [
  m.title?.sv,
  ...(m.introduction?.sv?.split('\n\n') ?? []),
  ...m.focusAreas.map((f) => f.title.sv),
  ...goalsOf(m).map((g) => g.text.sv),
  ...actionsOf(m).flatMap((a) => [a.text.sv, ...a.indicators.map((i) => i.text?.sv)]),
];

/** A table file in a fresh folder. */
function table(name: string, content: string): string {
  const path = join(tempDir(), name);
  writeFileSync(path, content);
  return path;
}

describe("importing Lovisa's published matrix (the seed)", () => {
  it('gives 3 focus areas, 9 goals and 72 actions, each goal with its actions as the document has them', async () => {
    const { matrix } = await imported(seed);
    expect(matrix!.focusAreas.map((f) => f.title.sv)).toEqual([
      'Involvering av invånarna',
      'Förebyggande verksamhet och tjänster i rätt tid',
      'Miljö som stöder välfärd med beaktande av hållbar utveckling',
    ]);
    expect(matrix!.focusAreas.map((f) => f.goals.length)).toEqual([3, 3, 3]);
    expect(goalsOf(matrix!).map((g) => [g.text.sv, g.actions.length, g.actions[0]!.text.sv, g.actions[g.actions.length - 1]!.text.sv])).toEqual([
      ['Vi ökar invånarnas möjligheter att påverka ärenden som berör dem.', 5, 'Vi utför riktade enkäter. Vi beaktar invandrarbefolkningen i stadens invånarenkäter.', 'Delaktighet beaktas i ungas verkstadsverksamhet även i köpta tjänster.'],
      ['Växelverkan mellan invånarna, beslutsfattarna och serviceproducenterna.', 4, 'Vi ordnar en byakväll och en säkerhetspromenad i samarbete med aktörer inom tredje sektorn minst en gång om året.', 'Vi gör bedömning av konsekvenser för barn till en del av beredningen.'],
      ['Vi breddar samarbetsmodellerna.', 3, 'Vi utarbetar för tredje sektorn en informationsgraf om stadens utbud.', 'Välkomstkväll för nya kommuninvånare en gång om året.'],
      ['Vi upprätthåller och utökar förebyggande verksamhet.', 12, 'Trafikfostran särskilt för unga och äldre.', 'Vi utvidgar läskunskapsarbetet till att omfatta barn i rådgivningsålder och deras familjer.'],
      ['Vi lägger märke till dem som befinner sig i den mest utsatta situationen när vi planerar tjänsterna.', 13, 'Vi riktar idrottstjänster individuellt.', 'Vi utvecklar stadsbibliotekets läskunskapsarbete riktat till småbarnspedagogiken och skolorna beaktande lärarnas önskemål.'],
      ['Vi främjar olika dimensioner inom välfärd.', 9, 'Vi samarbetar med föreningarna.', 'Vi utvecklar ätandet i skolor och daghem.'],
      ['Vi främjar den trygga miljön och tryggheten och säkerheten i vardagen.', 9, 'Vårt mål i planeringen av samhällsstrukturen är alltid målet en hälsosam, trygg, trivsamt arbets- och livsmiljö som vi främjar genom planlösningar, styrning av planläggning och planbestämmelser.', 'Vi lär ut avfallssortering i skolorna och daghemmen.'],
      ['Vi upprätthåller och ökar trivsel i boendemiljön och dess betydelse.', 8, 'Planlösningar och planer och hur vi genomför dem: till exempel beaktar vi de viktiga platserna i GIS-enkäten och genomför de önskade förbättringarna.', 'Vi lyfter upp betydelsefulla historier och personer från Lovisa för att göra invånarna uppmärksamma på dem – gör staden bekant och ökar stoltheten över hembygden.'],
      ['Vi främjar tillgänglighet genom att utnyttja digitala metoder.', 9, 'Vi tar hand om digital trygghet.', 'Vi upprätthåller och utvecklar en omfattande digital samling som en del av stadens bibliotekstjänster.'],
    ]);
    expect(actionsOf(matrix!)).toHaveLength(72);
  });

  it('leaves no markup, soft hyphen, hyphenation break or stray space in any text', async () => {
    const { matrix } = await imported(seed);
    for (const text of textsOf(matrix!)) {
      expect(text).not.toMatch(/[<>]|&\w+;|\u00ad|\s{2}|^\s|\s$/);
    }
    const texts = actionsOf(matrix!).map((a) => a.text.sv);
    expect(texts).toContain('Vi ökar vardagsmotionen: – skicket för lättrafikleder och hur täckande lättrafikledsnätverket är – idrottsanläggningar och parker.');
    expect(texts).toContain('Vi minskar miljöbelastning genom att öka avfallssorteringen i stadens fastigheter.');
    expect(actionsOf(matrix!).flatMap((a) => a.indicators.map((i) => i.text!.sv))).toContain('Antalet skadade i trafiken, respons från användare och konditionskartläggningar.');
  });

  it('takes the text above the first table as title and introduction, never as actions', async () => {
    const { matrix, notes } = await imported(seed);
    expect(matrix!.title).toEqual({ sv: 'Välfärds- och säkerhetsplan för Lovisa 2023–2025 åtgärdsmatris' });
    expect(matrix!.introduction!.sv!.split('\n\n')).toEqual([
      'I åtgärdsmatrisen för välfärds- och säkerhetsplanen har man sammanfört de åtgärder från följande planer som är på Lovisa stads ansvar: Välfärdsplanen för barn och unga 2021–2024 och planen för att stödja den äldre befolkningen 2023–2026, Lovisa stads delaktighetsprogram 2021–2023.',
      'I åtgärderna ingår att genomföra Unicefs modell Barnvänlig kommun.',
      'I samband med den årliga rapporteringen bedöms hur åtgärderna har utfallit och vid behov kan man då precisera, utvidga eller ändra dem.',
    ]);
    const tableTexts = [...goalsOf(matrix!).map((g) => g.text.sv!), ...actionsOf(matrix!).map((a) => a.text.sv!)];
    expect(tableTexts.filter((t) => t === 'Tyngdpunkter' || t.startsWith('I åtgärd') || t.startsWith('Välfärds- och'))).toEqual([]);
    expect(notes).toContain('info 7: "Tyngdpunkter" taken as the heading of that list and left out');
    expect(notes).toContain('info 17: title written as in the list on line 9 ("Involvering av invånarna")');
    expect(notes).toContain('info 75: the list on line 11 calls this focus area "Miljön som stöder välfärd med beaktande av…"; the heading\'s wording is kept');
  });

  it('reports the rows that lost their leading cell, the markup and the mended words', async () => {
    const { notes } = await imported(seed);
    expect(notes).toContain('info 54-63: three cells, taken as ÅTGÄRD / INDIKATOR / ANSVARIG AKTÖR under the goal "Vi lägger märke till dem som befinner sig i den…"');
    expect(notes).toContain('info 83: HTML markup taken out of the text');
    expect(notes).toContain('info 86: "avfalls-sorteringen" taken as "avfallssorteringen", a word broken by hyphenation (the table writes "avfallssortering" elsewhere)');
    expect(notes).toContain('info 50-63: goal "Vi lägger märke till dem som befinner sig i den…": 13 actions');
  });

  it('gives unique, valid ids that stay the same from one import to the next', async () => {
    const first = (await imported(seed)).result.matrix!.text;
    const second = (await imported(seed)).result.matrix!.text;
    expect(second).toBe(first);
    const matrix = parse(first) as ActionMatrix;
    for (const ids of [matrix.focusAreas.map((f) => f.id), goalsOf(matrix).map((g) => g.id), actionsOf(matrix).map((a) => a.id)]) {
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.every(isId)).toBe(true);
    }
    expect(matrix.focusAreas.map((f) => f.id)).toEqual(['involvering-invanarna', 'forebyggande-verksamhet-tjanster-ratt', 'miljo-stoder-valfard-beaktande-hallbar']);
    expect(actionsOf(matrix)[0]!.id).toBe('utfor-riktade-enkater-beaktar');
  });
});

describe('structure recovery from other tables', () => {
  it('reads Finnish headings in another column order, a goal column in the middle and a row without its goal cell', async () => {
    const { matrix, notes } = await imported(join(fixtures, 'fi-columns.tsv'), { language: 'fi' });
    expect(matrix!.focusAreas.map((f) => [f.title.fi, f.goals.map((g) => [g.text.fi, g.actions.map((a) => [a.text.fi, a.indicators.map((i) => i.text!.fi)])])])).toEqual([
      ['Osallisuus', [['Lisäämme asukkaiden vaikutusmahdollisuuksia.', [
        ['Teemme kohdennettuja kyselyjä.', ['Kyselyjen määrä.']],
        ['Tuemme osallistuvaa budjetointia.', ['Hankkeiden määrä.']],
        ['Kuulemme vaikuttamistoimielimiä.', ['Lausuntojen määrä.']],
      ]]]],
      ['Ennaltaehkäisy', [['Ylläpidämme ennaltaehkäisevää toimintaa.', [['Liikenneturvallisuuskasvatus nuorille ja ikääntyneille.', ['Järjestetyn toiminnan laajuus.']]]]]],
    ]);
    expect(notes).toContain('info 4: header row: Toimenpiteet | Arviointimittarit | Tavoitteet | Aktiivinen vastuutaho');
    expect(notes).toContain('info 7: three cells, taken as Toimenpiteet / Arviointimittarit / Aktiivinen vastuutaho under the goal "Lisäämme asukkaiden vaikutusmahdollisuuksia."');
  });

  it('reads semicolon CSV in Windows-1252: a cell of two lines is two indicators, a semicolon separates actors', async () => {
    const { matrix } = await imported(join(fixtures, 'semicolon-1252.csv'), { municipality: 'lapptrask' });
    const [first, second] = actionsOf(matrix!);
    expect(first!.indicators).toEqual([{ text: { sv: 'Antalet vandringar' } }, { text: { sv: 'Antalet deltagare' } }]);
    expect(first!.actors).toEqual(['lapptrask-tekniska-vasendet', 'lapptrask-aldreradet']);
    expect(second!.text.sv).toBe('Vi delar ut "Trygg hemma"-broschyren.');
    expect(goalsOf(matrix!).map((g) => [g.text.sv, g.actions.length])).toEqual([['Äldre känner sig trygga; också hemma.', 2], ['Parkerna är trivsamma.', 1]]);
  });

  it('ignores an empty trailing column without a word, and decodes entities', async () => {
    const { matrix, notes } = await imported(join(fixtures, 'trailing-column.csv'));
    expect(actionsOf(matrix!).map((a) => a.text.sv)).toEqual(['Vi bygger en skatepark & en parkourbana.', 'Vi erbjuder gratis simturer på lov.']);
    expect(notes.filter((n) => n.startsWith('warning') || n.startsWith('error'))).toEqual([]);
  });

  it('takes a goal repeated on every row (a filled-down column) as one goal', async () => {
    const path = table('ifylld.csv', 'Tyngdpunkt;Mål;Åtgärd;Indikator;Ansvarig aktör\nTrygghet;Tryggare byar.;Vi ordnar vandringar.;Antal;Tekniska väsendet\nTrygghet;Tryggare byar.;Vi tänder gatlyktor.;Antal;Tekniska väsendet\nTrygghet;Tryggare byar.;Vi ordnar kurser.;Antal;Bildningsväsendet\n');
    const { matrix, notes } = await imported(path);
    expect(matrix!.focusAreas.map((f) => [f.title.sv, f.goals.map((g) => [g.text.sv, g.actions.length])])).toEqual([['Trygghet', [['Tryggare byar.', 3]]]]);
    expect(notes).toContain('info 2: focus area 1: "Trygghet" (from the Tyngdpunkt column)');
    expect(notes).toContain('info 3-4: 2 rows repeat the text of the goal on line 2: taken as more of that goal');
  });

  it('takes a row with no action text as more of the action above, and warns of text outside the headed columns', async () => {
    const path = table('fortsatt.tsv', '1. Trygghet\nMÅL\tÅTGÄRD\tINDIKATOR\tANSVARIG AKTÖR\nTryggare byar.\tVi ordnar vandringar.\tAntal vandringar\tTekniska väsendet\n\t\tAntal deltagare\tByaföreningarna\n\tVi tänder gatlyktor.\tAntal\tTekniska väsendet\tanteckning\n');
    const { matrix, notes } = await imported(path, { municipality: 'lapptrask' });
    expect(actionsOf(matrix!)[0]).toMatchObject({ indicators: [{ text: { sv: 'Antal vandringar' } }, { text: { sv: 'Antal deltagare' } }], actors: ['lapptrask-tekniska-vasendet', 'lapptrask-byaforeningarna'] });
    expect(notes).toContain('info 4: no action text: INDIKATOR and ANSVARIG AKTÖR taken as more of the action on line 3');
    expect(notes).toContain('warning 5: text in column 5, which has no heading, is not imported: "anteckning"');
  });

  it('reads a table without a goal column, each goal on a row of its own above its actions', async () => {
    const path = table('utan-mal.tsv', 'PAINOPISTE 1: OSALLISUUS\nTOIMENPIDE\tMITTARI\tVASTUUTAHO\nAsukkaat voivat vaikuttaa.\nJärjestämme asukasiltoja.\tIltojen määrä.\tYleishallinto\nKuulemme nuoria.\tLausuntojen määrä.\tKunnanhallitus\nKylät ovat eläviä.\nTuemme kyläyhdistyksiä.\tAvustusten määrä.\tYleishallinto\n');
    const { matrix, notes } = await imported(path, { language: 'fi', municipality: 'lapptrask' });
    expect(matrix!.focusAreas.map((f) => [f.title.fi, f.goals.map((g) => [g.text.fi, g.actions.map((a) => a.text.fi)])])).toEqual([
      ['Osallisuus', [['Asukkaat voivat vaikuttaa.', ['Järjestämme asukasiltoja.', 'Kuulemme nuoria.']], ['Kylät ovat eläviä.', ['Tuemme kyläyhdistyksiä.']]]],
    ]);
    expect(notes).toContain('info 3: only a goal on this row: the actions on the rows below are taken as its actions');
  });

  it('refuses to give a matrix when an action has no indicator, saying where', async () => {
    const path = table('utan.tsv', '1. Trygghet\nMÅL\tÅTGÄRD\tINDIKATOR\tANSVARIG AKTÖR\nTryggare byar.\tVi ordnar vandringar.\t\tTekniska väsendet\n');
    const { result, notes } = await imported(path);
    expect(result.matrix).toBeUndefined();
    expect(inLanguage(result.summary, 'en')).toBe('1 error: nothing written');
    expect(notes).toContain('error 3: the action "Vi ordnar vandringar." has no indicator (the INDIKATOR cell is empty); a matrix needs one for every action');
  });

  it('refuses a table with no header row, naming the headings it looks for', async () => {
    const { result, notes } = await imported(table('prosa.txt', 'Välfärdsplan\n\nVi gör mycket för invånarna.\n'));
    expect(result.matrix).toBeUndefined();
    expect(notes.filter((n) => n.startsWith('error'))).toEqual([
      'error : no header row found: the table needs a row naming its columns, such as MÅL / ÅTGÄRD / INDIKATOR / ANSVARIG AKTÖR or TAVOITE / TOIMENPIDE / MITTARI / VASTUUTAHO, in any order',
    ]);
  });

  it('warns when the headings are in the other language than --lang says', async () => {
    const { notes } = await imported(join(fixtures, 'fi-columns.tsv'), { language: 'sv' });
    expect(notes).toContain('warning : the column headings are in Finnish, but the import is told the table is in Swedish (--lang sv)');
  });
});

describe('a very large table', () => {
  // Math.max(...) over the actions of one goal overflowed the stack above about 120,000 actions.
  it('recovers 150,000 actions under one goal', async () => {
    const n = 150_000;
    const lines = ['1. Delaktighet', 'Mål\tÅtgärd\tIndikator\tAnsvarig aktör'];
    for (let i = 0; i < n; i++) lines.push(`${i === 0 ? 'Invånarna kan påverka.' : ''}\tVi ordnar möte ${i + 1}.\tDeltagare ${i + 1}\tKommunstyrelsen`);
    const notes = new ImportNotes();
    const table = await tableFromBytes(new TextEncoder().encode(lines.join('\n')), 'stor.txt');
    const matrix = recoverStructure(cleanRows(table, notes), false, notes);
    expect(notes.list.map((note) => ({ ...note, message: inLanguage(note.message, 'en') }))).toContainEqual({ severity: 'info', line: 3, lastLine: n + 2, message: 'goal "Invånarna kan påverka.": 150000 actions' });
    const actions = matrix.focusAreas[0]!.goals[0]!.actions;
    expect(actions).toHaveLength(n);
    expect(actions[n - 1]).toEqual({ line: n + 2, text: 'Vi ordnar möte 150000.', indicators: ['Deltagare 150000'], actorTexts: [{ line: n + 2, text: 'Kommunstyrelsen' }] });
  }, 120_000);
});

describe('Unicode normalisation', () => {
  // macOS and some exports write "ä" as "a" + U+0308 (NFD): the same word to a reader, not to a computer.
  it('reads a table written in NFD, or mixing NFD and NFC, as the same words: the header found, each actor once', async () => {
    const rows = ['1. Delaktighet', 'Mål\tÅtgärd\tIndikator\tAnsvarig aktör', 'Invånarna kan påverka.\tVi utför enkäter.\tAntalet enkäter\tEkonomitjänster'];
    for (let i = 0; i < 30; i++) rows.push(`\tVi ordnar möte ${i + 1}.\tAntalet deltagare\t${['Ekonomitjänster', 'Äldrerådet', 'Bildningsväsendet'][i % 3]}`);
    const nfd = rows.join('\n').normalize('NFD');
    expect(nfd).not.toBe(rows.join('\n'));
    for (const text of [nfd, rows.map((r, i) => (i % 2 ? r.normalize('NFD') : r)).join('\n')]) {
      const { result, matrix } = await imported(table('nfd.txt', text));
      expect(inLanguage(result.summary, 'en')).toBe('1 focus area, 1 goal, 31 actions; 3 new actors');
      expect(matrix!.focusAreas[0]!.goals[0]!.text.sv).toBe('Invånarna kan påverka.'.normalize('NFC'));
      expect(new Set(actionsOf(matrix!).flatMap((a) => a.actors))).toEqual(new Set(['lovisa-ekonomitjanster', 'lovisa-aldreradet', 'lovisa-bildningsvasendet']));
    }
  });
});
