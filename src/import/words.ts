import { counted, didYouMean, entityName, inEach, inEachBy, message, phrase, type MessageLanguage, type Phrase } from '../core/messages.js';
import type { Language, Status } from '../generated/types.js';
import { statusLabels } from '../render/labels.js';

/**
 * What the import says in its report, in English, Swedish and Finnish (the catalogue's shape is in
 * src/core/messages.ts). Each note is made in every language; the report says it in the one chosen.
 * The errors that stop an import are worded here too, beside its notes.
 */

/** A language of the table, as each language of messages names it, in the forms the notes need. */
const tongue = {
  en: { sv: 'Swedish', fi: 'Finnish' },
  /** "svensk text", "den svenska kommentaren", "på svenska". */
  sv: { sv: { a: 'svensk', the: 'svenska', in: 'på svenska' }, fi: { a: 'finsk', the: 'finska', in: 'på finska' } },
  /** "ruotsinkielinen", its genitive and translative, "ruotsiksi". */
  fi: {
    sv: { is: 'ruotsinkielinen', of: 'ruotsinkielisen', as: 'ruotsinkieliseksi', in: 'ruotsiksi' },
    fi: { is: 'suomenkielinen', of: 'suomenkielisen', as: 'suomenkieliseksi', in: 'suomeksi' },
  },
} as const;

/** How a text table was read: "comma-separated", "kommaavgränsad", "pilkuin eroteltu". */
const separated: Record<MessageLanguage, Record<string, string>> = {
  en: { '\t': 'tab-separated', ';': 'semicolon-separated', ',': 'comma-separated' },
  sv: { '\t': 'tabbavgränsad', ';': 'semikolonavgränsad', ',': 'kommaavgränsad' },
  fi: { '\t': 'sarkaimin eroteltuna', ';': 'puolipistein eroteltuna', ',': 'pilkuin eroteltuna' },
};
/** An encoding's name; only the byte order mark needs words. */
const encodingName = (encoding: string, lang: MessageLanguage) => encoding.replace(/ with BOM$/, { en: ' with BOM', sv: ' med BOM', fi: ' ja BOM-merkki' }[lang]);
/** "tab-separated text in utf-8": how a table was read, in the words of `lang` (in Finnish as the essive, "… tekstinä"). */
export const readAsText = (delimiter: string, encoding: string, lang: MessageLanguage) =>
  ({ en: `${separated.en[delimiter]} text in ${encodingName(encoding, 'en')}`, sv: `${separated.sv[delimiter]} text i ${encodingName(encoding, 'sv')}`, fi: `${separated.fi[delimiter]} tekstinä, merkistö ${encodingName(encoding, 'fi')}` })[lang];

/** Small numbers in words, as the report reads better that way ("three cells", "tre celler", "kolme solua"). */
const numberWords: Record<MessageLanguage, string[]> = {
  en: ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  sv: ['inga', 'en', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio'],
  fi: ['ei yhtään', 'yksi', 'kaksi', 'kolme', 'neljä', 'viisi', 'kuusi', 'seitsemän', 'kahdeksan', 'yhdeksän'],
};
const cells = (n: number, lang: MessageLanguage) => {
  const word = numberWords[lang][n] ?? String(n);
  return lang === 'en' ? `${word} cells` : lang === 'sv' ? `${word} ${n === 1 ? 'cell' : 'celler'}` : `${word} ${n === 1 ? 'solu' : 'solua'}`;
};

/** A kind of row of a matrix, counted: "2 goals", "2 mål", "2 tavoitetta". */
export type Part = 'focus area' | 'goal' | 'action' | 'indicator';
const parts: Record<Part, Record<MessageLanguage, [string, string]>> = {
  'focus area': { en: ['focus area', 'focus areas'], sv: ['tyngdpunkt', 'tyngdpunkter'], fi: ['painopiste', 'painopistettä'] },
  goal: { en: ['goal', 'goals'], sv: ['mål', 'mål'], fi: ['tavoite', 'tavoitetta'] },
  action: { en: ['action', 'actions'], sv: ['åtgärd', 'åtgärder'], fi: ['toimenpide', 'toimenpidettä'] },
  indicator: { en: ['indicator', 'indicators'], sv: ['indikator', 'indikatorer'], fi: ['mittari', 'mittaria'] },
};
const count = (n: number, part: Part, lang: MessageLanguage) => counted(n, ...parts[part][lang]);

/**
 * A place in a matrix the table is added to: the matrix, its title or introduction, an item by
 * its id, or an indicator of an action by its number.
 */
export type Place = { kind: 'matrix' | 'title' | 'introduction' } | { kind: 'focusAreas' | 'goals' | 'actions'; id: string } | { kind: 'indicator'; n: number; action: string };
const placeNames = {
  matrix: { en: 'the matrix', sv: 'matrisen', fi: 'matriisi' },
  title: { en: 'the matrix title', sv: 'matrisens rubrik', fi: 'matriisin otsikko' },
  introduction: { en: 'the introduction', sv: 'inledningen', fi: 'johdanto' },
};
export function placeName(place: Place, lang: MessageLanguage): string {
  if (place.kind === 'indicator') return { en: `indicator ${place.n} of action '${place.action}'`, sv: `indikator ${place.n} för åtgärden '${place.action}'`, fi: `toimenpiteen '${place.action}' mittari ${place.n}` }[lang];
  if ('id' in place) return `${entityName(place.kind, lang)} '${place.id}'`;
  return placeNames[place.kind][lang];
}

/** A status as the form's list words it, in a sentence: "delvis uppnått", "käynnissä". */
const statusWord = (status: Status, lang: Language) => statusLabels[status][lang].toLowerCase();

/** "a and b", "a och b", "a ja b". */
const and = (items: readonly string[], lang: MessageLanguage) => items.join({ en: ' and ', sv: ' och ', fi: ' ja ' }[lang]);

const phrases = {
  wrote: phrase<{ file: string; change?: string }>((p) => `wrote ${p.file}${p.change ? `: ${p.change}` : ''}`, (p) => `skrev ${p.file}${p.change ? `: ${p.change}` : ''}`, (p) => `kirjoitettiin ${p.file}${p.change ? `: ${p.change}` : ''}`),
  wouldWrite: phrase<{ file: string; change?: string }>(
    (p) => `would write ${p.file}${p.change ? `: ${p.change}` : ''}`,
    (p) => `skulle skriva ${p.file}${p.change ? `: ${p.change}` : ''}`,
    (p) => `kirjoitettaisiin ${p.file}${p.change ? `: ${p.change}` : ''}`,
  ),
  alsoLines: phrase<number[]>((l) => `also ${l.length === 1 ? 'line' : 'lines'} ${l.join(', ')}`, (l) => `även ${l.length === 1 ? 'rad' : 'raderna'} ${l.join(', ')}`, (l) => `myös ${l.length === 1 ? 'rivi' : 'rivit'} ${l.join(', ')}`),
  nothingWritten: phrase<number>((n) => `${counted(n, 'error', 'errors')}: nothing written`, (n) => `${n} fel: inget skrevs`, (n) => `${counted(n, 'virhe', 'virhettä')}: mitään ei kirjoitettu`),
  counts: phrase<{ focusAreas: number; goals: number; actions: number; newActors: number }>(
    (p) => `${counted(p.focusAreas, 'focus area', 'focus areas')}, ${counted(p.goals, 'goal', 'goals')}, ${counted(p.actions, 'action', 'actions')}${p.newActors ? `; ${counted(p.newActors, 'new actor', 'new actors')}` : ''}`,
    (p) => `${counted(p.focusAreas, 'tyngdpunkt', 'tyngdpunkter')}, ${p.goals} mål, ${counted(p.actions, 'åtgärd', 'åtgärder')}${p.newActors ? `; ${counted(p.newActors, 'ny aktör', 'nya aktörer')}` : ''}`,
    (p) => `${counted(p.focusAreas, 'painopiste', 'painopistettä')}, ${counted(p.goals, 'tavoite', 'tavoitetta')}, ${counted(p.actions, 'toimenpide', 'toimenpidettä')}${p.newActors ? `; ${counted(p.newActors, 'uusi toimija', 'uutta toimijaa')}` : ''}`,
  ),
  /** What `--into` added: "sv text added to 2 focus areas, …". */
  added: phrase<{ language: Language; focusAreas: number; goals: number; actions: number; indicators: number; newActors: number }>(
    (p) => `${p.language} text added to ${count(p.focusAreas, 'focus area', 'en')}, ${count(p.goals, 'goal', 'en')}, ${count(p.actions, 'action', 'en')}, ${count(p.indicators, 'indicator', 'en')}${p.newActors ? `; ${counted(p.newActors, 'new actor', 'new actors')}` : ''}`,
    (p) => `${tongue.sv[p.language].a} text tillagd i ${count(p.focusAreas, 'focus area', 'sv')}, ${count(p.goals, 'goal', 'sv')}, ${count(p.actions, 'action', 'sv')}, ${count(p.indicators, 'indicator', 'sv')}${p.newActors ? `; ${counted(p.newActors, 'ny aktör', 'nya aktörer')}` : ''}`,
    (p) => `${tongue.fi[p.language].is} teksti lisätty: ${count(p.focusAreas, 'focus area', 'fi')}, ${count(p.goals, 'goal', 'fi')}, ${count(p.actions, 'action', 'fi')}, ${count(p.indicators, 'indicator', 'fi')}${p.newActors ? `; ${counted(p.newActors, 'uusi toimija', 'uutta toimijaa')}` : ''}`,
  ),
  registryChange: phrase<{ newActors: number; names: number; language: Language; newFile: boolean }>(
    (p) => [p.newActors && counted(p.newActors, 'new actor', 'new actors'), p.names && `${counted(p.names, 'name', 'names')} in ${p.language}`].filter(Boolean).join(', ') + (p.newFile ? ' (a new file)' : ''),
    (p) => [p.newActors && counted(p.newActors, 'ny aktör', 'nya aktörer'), p.names && `${counted(p.names, 'namn', 'namn')} ${tongue.sv[p.language].in}`].filter(Boolean).join(', ') + (p.newFile ? ' (en ny fil)' : ''),
    (p) => [p.newActors && counted(p.newActors, 'uusi toimija', 'uutta toimijaa'), p.names && `${counted(p.names, 'nimi', 'nimeä')} ${tongue.fi[p.language].in}`].filter(Boolean).join(', ') + (p.newFile ? ' (uusi tiedosto)' : ''),
  ),
  readSheet: phrase<{ sheet: string; rows: number }>(
    (p) => `read the sheet '${p.sheet}' of the workbook (${counted(p.rows, 'row', 'rows')} with text)`,
    (p) => `läste arbetsbokens blad '${p.sheet}' (${counted(p.rows, 'rad', 'rader')} med text)`,
    (p) => `luettiin työkirjan taulukko '${p.sheet}' (${counted(p.rows, 'tekstirivi', 'tekstiriviä')})`,
  ),
  otherSheets: phrase<string[]>(
    (s) => `the workbook's other sheets (${s.join(', ')}) are not imported`,
    (s) => `arbetsbokens övriga blad (${s.join(', ')}) importeras inte`,
    (s) => `työkirjan muita taulukoita (${s.join(', ')}) ei tuoda`,
  ),
  readAs: phrase<{ delimiter: string; encoding: string; lines: number }>(
    (p) => `read as ${readAsText(p.delimiter, p.encoding, 'en')} (${counted(p.lines, 'line', 'lines')} with text)`,
    (p) => `lästes som ${readAsText(p.delimiter, p.encoding, 'sv')} (${counted(p.lines, 'rad', 'rader')} med text)`,
    (p) => `luettiin ${readAsText(p.delimiter, p.encoding, 'fi')} (${counted(p.lines, 'tekstirivi', 'tekstiriviä')})`,
  ),
  headingsLanguage: phrase<{ headings: Language; told: Language }>(
    (p) => `the column headings are in ${tongue.en[p.headings]}, but the import is told the table is in ${tongue.en[p.told]} (--lang ${p.told})`,
    (p) => `kolumnrubrikerna är ${tongue.sv[p.headings].in}, men importen har fått veta att tabellen är ${tongue.sv[p.told].in} (--lang ${p.told})`,
    (p) => `sarakeotsikot ovat ${tongue.fi[p.headings].in}, mutta tuonnille on kerrottu taulukon olevan ${tongue.fi[p.told].in} (--lang ${p.told})`,
  ),
  municipalityByOutput: phrase<string>((id) => `municipality '${id}': the output is its matrix file in the project`, (id) => `kommunen '${id}': utfilen är dess matrisfil i projektet`, (id) => `kunta '${id}': tulostiedosto on sen matriisitiedosto projektissa`),
  onlyMunicipality: phrase<string>((id) => `municipality '${id}': the project's only municipality`, (id) => `kommunen '${id}': projektets enda kommun`, (id) => `kunta '${id}': projektin ainoa kunta`),
  municipalityNamed: phrase<{ id: string; clue: 'title' | 'file name' }>(
    (p) => `municipality '${p.id}': the table's ${p.clue} names it`,
    (p) => `kommunen '${p.id}': tabellens ${p.clue === 'title' ? 'rubrik' : 'filnamn'} nämner den`,
    (p) => `kunta '${p.id}': taulukon ${p.clue === 'title' ? 'otsikko' : 'tiedostonimi'} mainitsee sen`,
  ),
  noProject: phrase(
    () => 'no project: actor names in the table are not added to any actors registry',
    () => 'inget projekt: aktörsnamnen i tabellen läggs inte till i något aktörsregister',
    () => 'ei projektia: taulukon toimijoiden nimiä ei lisätä mihinkään toimijarekisteriin',
  ),
  headerRow: phrase<string[]>((h) => `header row: ${h.join(' | ')}`, (h) => `rubrikrad: ${h.join(' | ')}`, (h) => `otsikkorivi: ${h.join(' | ')}`),
  focusArea: phrase<{ n: number; title: string; column?: string }>(
    (p) => `focus area ${p.n}: ${p.title}${p.column ? ` (from the ${p.column} column)` : ''}`,
    (p) => `tyngdpunkt ${p.n}: ${p.title}${p.column ? ` (ur kolumnen ${p.column})` : ''}`,
    (p) => `painopiste ${p.n}: ${p.title}${p.column ? ` (sarakkeesta ${p.column})` : ''}`,
  ),
  capitals: phrase<string>((t) => `heading in capitals written as ${t}`, (t) => `rubrik i versaler skrivs som ${t}`, (t) => `isoin kirjaimin kirjoitettu otsikko muutettiin muotoon ${t}`),
  markup: phrase(() => 'HTML markup taken out of the text', () => 'HTML-kod togs bort ur texten', () => 'HTML-merkinnät poistettiin tekstistä'),
  goalActions: phrase<{ goal: string; actions: number }>(
    (p) => `goal ${p.goal}: ${counted(p.actions, 'action', 'actions')}`,
    (p) => `målet ${p.goal}: ${counted(p.actions, 'åtgärd', 'åtgärder')}`,
    (p) => `tavoite ${p.goal}: ${counted(p.actions, 'toimenpide', 'toimenpidettä')}`,
  ),

  // Recovering the structure of the table (structure.ts, preamble.ts, rows.ts).
  noHeader: phrase(
    () => 'no header row found: the table needs a row naming its columns, such as MÅL / ÅTGÄRD / INDIKATOR / ANSVARIG AKTÖR or TAVOITE / TOIMENPIDE / MITTARI / VASTUUTAHO, in any order',
    () => 'ingen rubrikrad hittades: tabellen behöver en rad som namnger kolumnerna, till exempel MÅL / ÅTGÄRD / INDIKATOR / ANSVARIG AKTÖR eller TAVOITE / TOIMENPIDE / MITTARI / VASTUUTAHO, i valfri ordning',
    () => 'otsikkoriviä ei löytynyt: taulukossa on oltava rivi, joka nimeää sen sarakkeet, esimerkiksi MÅL / ÅTGÄRD / INDIKATOR / ANSVARIG AKTÖR tai TAVOITE / TOIMENPIDE / MITTARI / VASTUUTAHO, missä järjestyksessä tahansa',
  ),
  actionWithoutGoal: phrase<string>(
    (action) => `the action ${action} has no goal above it; give the row its goal`,
    (action) => `åtgärden ${action} har inget mål ovanför sig; ge raden dess mål`,
    (action) => `toimenpiteellä ${action} ei ole tavoitetta yläpuolellaan; anna riville sen tavoite`,
  ),
  withoutAction: phrase<{ indicator: string; actor: string }>(
    (p) => `${p.indicator} and ${p.actor} with no action above them`,
    (p) => `${p.indicator} och ${p.actor} utan någon åtgärd ovanför`,
    (p) => `${p.indicator} ja ${p.actor} ilman toimenpidettä yläpuolellaan`,
  ),
  moreOfAction: phrase<{ columns: string[]; line: number }>(
    (p) => `no action text: ${and(p.columns, 'en')} taken as more of the action on line ${p.line}`,
    (p) => `ingen åtgärdstext: ${and(p.columns, 'sv')} tolkas som en fortsättning på åtgärden på rad ${p.line}`,
    (p) => `ei toimenpidetekstiä: ${and(p.columns, 'fi')} tulkittu rivin ${p.line} toimenpiteen jatkoksi`,
  ),
  goalRepeated: phrase<{ rows: number; line: number }>(
    (p) => `${p.rows === 1 ? 'a row repeats' : `${p.rows} rows repeat`} the text of the goal on line ${p.line}: taken as more of that goal`,
    (p) => `${p.rows === 1 ? 'en rad upprepar' : `${p.rows} rader upprepar`} texten i målet på rad ${p.line}: tolkas som en fortsättning på det målet`,
    (p) => `${p.rows === 1 ? 'rivi toistaa' : `${p.rows} riviä toistaa`} rivin ${p.line} tavoitteen tekstin: tulkittu saman tavoitteen jatkoksi`,
  ),
  goalWithoutActions: phrase<string>(
    (goal) => `the goal ${goal} has no actions under it and is left out`,
    (goal) => `målet ${goal} har inga åtgärder under sig och utelämnas`,
    (goal) => `tavoitteella ${goal} ei ole toimenpiteitä, joten se jätetään pois`,
  ),
  focusAreaWithoutGoals: phrase<string>(
    (title) => `the focus area ${title} has no goals with actions and is left out`,
    (title) => `tyngdpunkten ${title} har inga mål med åtgärder och utelämnas`,
    (title) => `painopisteellä ${title} ei ole tavoitteita, joilla olisi toimenpiteitä, joten se jätetään pois`,
  ),
  noIndicator: phrase<{ action: string; column: string }>(
    (p) => `the action ${p.action} has no indicator (the ${p.column} cell is empty); a matrix needs one for every action`,
    (p) => `åtgärden ${p.action} har ingen indikator (cellen ${p.column} är tom); en matris behöver en indikator för varje åtgärd`,
    (p) => `toimenpiteellä ${p.action} ei ole mittaria (sarakkeen ${p.column} solu on tyhjä); matriisissa jokaisella toimenpiteellä on oltava mittari`,
  ),
  noActor: phrase<{ action: string; column: string }>(
    (p) => `the action ${p.action} has no responsible actor (the ${p.column} cell is empty); a matrix needs one for every action`,
    (p) => `åtgärden ${p.action} har ingen ansvarig aktör (cellen ${p.column} är tom); en matris behöver en ansvarig aktör för varje åtgärd`,
    (p) => `toimenpiteellä ${p.action} ei ole vastuutahoa (sarakkeen ${p.column} solu on tyhjä); matriisissa jokaisella toimenpiteellä on oltava vastuutaho`,
  ),
  noActions: phrase(() => 'the table has no actions', () => 'tabellen har inga åtgärder', () => 'taulukossa ei ole toimenpiteitä'),
  otherColumn: phrase<{ n: number; heading: string }>(
    (p) => `column ${p.n} (${p.heading}) is not a column of the action matrix; its text is not imported`,
    (p) => `kolumn ${p.n} (${p.heading}) är ingen kolumn i åtgärdsmatrisen; dess text importeras inte`,
    (p) => `sarake ${p.n} (${p.heading}) ei ole toimenpidematriisin sarake; sen tekstiä ei tuoda`,
  ),
  titleAsListed: phrase<{ line: number; title: string }>(
    (p) => `title written as in the list on line ${p.line} (${p.title})`,
    (p) => `rubriken skrivs som i listan på rad ${p.line} (${p.title})`,
    (p) => `otsikko kirjoitettu kuten rivin ${p.line} luettelossa (${p.title})`,
  ),
  listedOtherwise: phrase<{ line: number; title: string }>(
    (p) => `the list on line ${p.line} calls this focus area ${p.title}; the heading's wording is kept`,
    (p) => `listan på rad ${p.line} kallar denna tyngdpunkt ${p.title}; rubrikens lydelse behålls`,
    (p) => `rivin ${p.line} luettelossa tämän painopisteen nimi on ${p.title}; otsikon sanamuoto säilytetään`,
  ),
  goalBeforeFocusArea: phrase<string>(
    (goal) => `the goal ${goal} comes before any focus area; put a heading such as "1. …" above the table`,
    (goal) => `målet ${goal} står före den första tyngdpunkten; sätt en rubrik som "1. …" ovanför tabellen`,
    (goal) => `tavoite ${goal} on ennen ensimmäistä painopistettä; lisää taulukon yläpuolelle otsikko, esimerkiksi "1. …"`,
  ),
  goalAlone: phrase(
    () => 'only a goal on this row: the actions on the rows below are taken as its actions',
    () => 'bara ett mål på den här raden: åtgärderna på raderna nedanför tolkas som dess åtgärder',
    () => 'rivillä on vain tavoite: alla olevien rivien toimenpiteet tulkitaan sen toimenpiteiksi',
  ),
  cellsTaken: phrase<{ cells: number; columns: string; goal?: string }>(
    (p) => `${cells(p.cells, 'en')}, taken as ${p.columns}${p.goal ? ` under the goal ${p.goal}` : ''}`,
    (p) => `${cells(p.cells, 'sv')}, tolkade som ${p.columns}${p.goal ? ` under målet ${p.goal}` : ''}`,
    (p) => `${cells(p.cells, 'fi')}, tulkittu sarakkeiksi ${p.columns}${p.goal ? ` (tavoite ${p.goal})` : ''}`,
  ),
  cellsUnlikeHeader: phrase<{ cells: number; width: number; columns: string }>(
    (p) => `${cells(p.cells, 'en')} where the header has ${numberWords.en[p.width] ?? p.width}: taken as ${p.columns}`,
    (p) => `${cells(p.cells, 'sv')} där rubrikraden har ${numberWords.sv[p.width] ?? p.width}: tolkade som ${p.columns}`,
    (p) => `${cells(p.cells, 'fi')}, vaikka otsikkorivillä on ${numberWords.fi[p.width] ?? p.width}: tulkittu sarakkeiksi ${p.columns}`,
  ),
  unheadedColumn: phrase<{ n: number; text: string }>(
    (p) => `text in column ${p.n}, which has no heading, is not imported: ${p.text}`,
    (p) => `text i kolumn ${p.n}, som saknar rubrik, importeras inte: ${p.text}`,
    (p) => `sarakkeen ${p.n} tekstiä ei tuoda, koska sarakkeella ei ole otsikkoa: ${p.text}`,
  ),
  hyphenation: phrase<{ broken: string; whole: string; evidence: string }>(
    (p) => `${p.broken} taken as ${p.whole}, a word broken by hyphenation (the table writes ${p.evidence} elsewhere)`,
    (p) => `${p.broken} tolkas som ${p.whole}, ett ord som brutits av avstavning (tabellen skriver ${p.evidence} på annat ställe)`,
    (p) => `${p.broken} tulkittu sanaksi ${p.whole}, jonka tavutus oli katkaissut (taulukossa on muualla ${p.evidence})`,
  ),
  matrixTitle: phrase<string>((title) => `taken as the matrix's title: ${title}`, (title) => `tolkas som matrisens rubrik: ${title}`, (title) => `tulkittu matriisin otsikoksi: ${title}`),
  focusAreaList: phrase<number>(
    (n) => `a list of ${counted(n, 'focus area', 'focus areas')}: its titles are used for the numbered headings below`,
    (n) => `en lista med ${counted(n, 'tyngdpunkt', 'tyngdpunkter')}: dess rubriker används för de numrerade rubrikerna nedanför`,
    (n) => `luettelo, jossa on ${counted(n, 'painopiste', 'painopistettä')}: sen otsikoita käytetään alempana oleviin numeroituihin otsikoihin`,
  ),
  listHeading: phrase<string>((text) => `${text} taken as the heading of that list and left out`, (text) => `${text} tolkas som listans rubrik och utelämnas`, (text) => `${text} tulkittu luettelon otsikoksi ja jätetty pois`),
  introduction: phrase<number>(
    (n) => `taken as the introduction (${counted(n, 'paragraph', 'paragraphs')}), not as actions`,
    (n) => `tolkas som inledning (${counted(n, 'stycke', 'stycken')}), inte som åtgärder`,
    (n) => `tulkittu johdannoksi (${counted(n, 'kappale', 'kappaletta')}), ei toimenpiteiksi`,
  ),

  // The actors (actor-match.ts, assemble.ts).
  newActor: phrase<{ name: string; id: string; parent?: string }>(
    (p) => `new actor ${p.name} (${p.id})${p.parent ? ` under ${p.parent}` : ''}`,
    (p) => `ny aktör ${p.name} (${p.id})${p.parent ? ` under ${p.parent}` : ''}`,
    (p) => `uusi toimija ${p.name} (${p.id})${p.parent ? `, kuuluu toimijaan ${p.parent}` : ''}`,
  ),
  takenAsActor: phrase<{ name: string; actor: string; id: string }>(
    (p) => `${p.name} taken as the actor ${p.actor} (${p.id})`,
    (p) => `${p.name} tolkas som aktören ${p.actor} (${p.id})`,
    (p) => `${p.name} tulkittu toimijaksi ${p.actor} (${p.id})`,
  ),
  takenAsUnits: phrase<{ text: string; units: string[]; department: string }>(
    (p) => `${p.text} taken as ${and(p.units, 'en')} of ${p.department}`,
    (p) => `${p.text} tolkas som ${and(p.units, 'sv')} inom ${p.department}`,
    (p) => `${p.text} tulkittu toimijan ${p.department} ${p.units.length === 1 ? 'yksiköksi' : 'yksiköiksi'} ${and(p.units, 'fi')}`,
  ),
  placedUnder: phrase<{ name: string; id: string; department: string; departmentId: string }>(
    (p) => `the new actor ${p.name} (${p.id}) placed under ${p.department} (${p.departmentId})`,
    (p) => `den nya aktören ${p.name} (${p.id}) placeras under ${p.department} (${p.departmentId})`,
    (p) => `uusi toimija ${p.name} (${p.id}) sijoitettu toimijan ${p.department} (${p.departmentId}) alle`,
  ),
  looksLike: phrase<{ name: string; id: string; near: string; nearId: string }>(
    (p) => `the new actor ${p.name} (${p.id}) looks like ${p.near} (${p.nearId}); if they are one actor, keep one of them`,
    (p) => `den nya aktören ${p.name} (${p.id}) liknar ${p.near} (${p.nearId}); om de är samma aktör, behåll den ena`,
    (p) => `uusi toimija ${p.name} (${p.id}) muistuttaa toimijaa ${p.near} (${p.nearId}); jos ne ovat sama toimija, säilytä niistä yksi`,
  ),
  splitActors: phrase<{ text: string; names: string[] }>(
    (p) => `${p.text} split into ${p.names.length} actors: ${p.names.join(', ')}`,
    (p) => `${p.text} delas upp i ${p.names.length} aktörer: ${p.names.join(', ')}`,
    (p) => `${p.text} jaettu ${p.names.length} toimijaksi: ${p.names.join(', ')}`,
  ),

  // Adding a language to a matrix (`--into`, into.ts).
  keptText: phrase<{ place: Place; language: Language; existing: string; value: string }>(
    (p) => `${placeName(p.place, 'en')} already has a ${tongue.en[p.language]} text, kept: ${p.existing} (the table says ${p.value})`,
    (p) => `${placeName(p.place, 'sv')} har redan en ${tongue.sv[p.language].a} text, som behålls: ${p.existing} (tabellen säger ${p.value})`,
    (p) => `${placeName(p.place, 'fi')}: ${tongue.fi[p.language].is} teksti on jo olemassa, ja se säilytetään: ${p.existing} (taulukossa: ${p.value})`,
  ),
  unpaired: phrase<{ place: Place; part: Part; table: number; matrix: number }>(
    (p) => {
      const extra = Math.abs(p.matrix - p.table);
      return `${placeName(p.place, 'en')}: ${count(p.table, p.part, 'en')} in the table, ${p.matrix} in the matrix; paired by position, the ${p.matrix > p.table ? 'matrix' : 'table'}'s last ${count(extra, p.part, 'en')} left unpaired`;
    },
    (p) => {
      const extra = Math.abs(p.matrix - p.table);
      const last = extra === 1 ? `sista ${parts[p.part].sv[0]}` : `${extra} sista ${parts[p.part].sv[1]}`;
      return `${placeName(p.place, 'sv')}: ${count(p.table, p.part, 'sv')} i tabellen, ${p.matrix} i matrisen; parade i ordning, ${p.matrix > p.table ? 'matrisens' : 'tabellens'} ${last} blev utan par`;
    },
    (p) => {
      const extra = Math.abs(p.matrix - p.table);
      const last = extra === 1 ? `viimeinen ${parts[p.part].fi[0]} jäi` : `viimeiset ${extra} ${parts[p.part].fi[1]} jäivät`;
      return `${placeName(p.place, 'fi')}: taulukossa ${count(p.table, p.part, 'fi')}, matriisissa ${p.matrix}; yhdistetty järjestyksen mukaan, ${p.matrix > p.table ? 'matriisin' : 'taulukon'} ${last} ilman paria`;
    },
  ),
  titleNotAdded: phrase(() => "the table's title is not added: the matrix has no title", () => 'tabellens rubrik läggs inte till: matrisen har ingen rubrik', () => 'taulukon otsikkoa ei lisätä: matriisilla ei ole otsikkoa'),
  introductionNotAdded: phrase(() => "the table's introduction is not added: the matrix has none", () => 'tabellens inledning läggs inte till: matrisen har ingen', () => 'taulukon johdantoa ei lisätä: matriisissa ei ole johdantoa'),
  indicatorRef: phrase<{ n: number; action: string; ref: string; text: string }>(
    (p) => `indicator ${p.n} of action '${p.action}' refers to the indicators registry ('${p.ref}'); the table's ${p.text} is not added`,
    (p) => `indikator ${p.n} för åtgärden '${p.action}' hänvisar till indikatorregistret ('${p.ref}'); tabellens ${p.text} läggs inte till`,
    (p) => `toimenpiteen '${p.action}' mittari ${p.n} viittaa mittarirekisteriin ('${p.ref}'); taulukon tekstiä ${p.text} ei lisätä`,
  ),
  otherActors: phrase<{ named: string[]; action: string; actors: string[] }>(
    (p) => `the table names ${p.named.join(', ')} for action '${p.action}', which has ${p.actors.join(', ')}`,
    (p) => `tabellen anger ${p.named.join(', ')} för åtgärden '${p.action}', som har ${p.actors.join(', ')}`,
    (p) => `taulukko nimeää toimenpiteelle '${p.action}' toimijat ${p.named.join(', ')}, mutta toimenpiteellä on ${p.actors.join(', ')}`,
  ),
  unpairedActors: phrase<{ names: string[]; action: string; actors: string[] }>(
    (p) => `the table's actors ${p.names.join(', ')} are not in the registry and do not pair with the actors of action '${p.action}' (${p.actors.join(', ')})`,
    (p) => `tabellens aktörer ${p.names.join(', ')} finns inte i registret och kan inte paras ihop med aktörerna för åtgärden '${p.action}' (${p.actors.join(', ')})`,
    (p) => `taulukon toimijoita ${p.names.join(', ')} ei ole rekisterissä, eikä niitä voi yhdistää toimenpiteen '${p.action}' toimijoihin (${p.actors.join(', ')})`,
  ),
  actorName: phrase<{ name: string; language: Language; id: string; rows: number }>(
    (p) => `${p.name} taken as the ${tongue.en[p.language]} name of the actor '${p.id}' (${counted(p.rows, 'row', 'rows')})`,
    (p) => `${p.name} tolkas som det ${tongue.sv[p.language].the} namnet på aktören '${p.id}' (${counted(p.rows, 'rad', 'rader')})`,
    (p) => `${p.name} tulkittu toimijan '${p.id}' ${tongue.fi[p.language].as} nimeksi (${counted(p.rows, 'rivi', 'riviä')})`,
  ),
  pairedToo: phrase<{ name: string; id: string; named: string }>(
    (p) => `${p.name} is paired with the actor '${p.id}' too, which is named ${p.named}; check which is right`,
    (p) => `${p.name} paras också ihop med aktören '${p.id}', som heter ${p.named}; kontrollera vilket som är rätt`,
    (p) => `myös ${p.name} yhdistettiin toimijaan '${p.id}', jonka nimi on ${p.named}; tarkista, kumpi on oikein`,
  ),
  otherNumbers: phrase<{ id: string; matrix: string; table: string }>(
    (p) => `action '${p.id}' and this row do not have the same numbers (${p.matrix || 'none'} / ${p.table || 'none'}): check that they are the same action`,
    (p) => `åtgärden '${p.id}' och den här raden har inte samma tal (${p.matrix || 'inga'} / ${p.table || 'inga'}): kontrollera att det är samma åtgärd`,
    (p) => `toimenpiteessä '${p.id}' ja tällä rivillä ei ole samoja lukuja (${p.matrix || 'ei lukuja'} / ${p.table || 'ei lukuja'}): tarkista, että kyse on samasta toimenpiteestä`,
  ),

  // Reading the yearly status form back (assessments/).
  formRead: phrase<{ readAs?: string; language: Language; rows: number }>(
    (p) => `${p.readAs ? `read as ${p.readAs}: ` : ''}a status form in ${tongue.en[p.language]}, ${counted(p.rows, 'row', 'rows')}`,
    (p) => `${p.readAs ? `lästes som ${p.readAs}: ` : ''}en blankett för årlig bedömning ${tongue.sv[p.language].in}, ${counted(p.rows, 'rad', 'rader')}`,
    (p) => `${p.readAs ? `luettiin ${p.readAs}: ` : ''}${tongue.fi[p.language].is} vuosiarviointilomake, ${counted(p.rows, 'rivi', 'riviä')}`,
  ),
  notAForm: phrase<{ sv: string; fi: string }>(
    (p) => `its first row is not the header of a status form, which names the columns ${p.sv} (in Finnish ${p.fi})`,
    (p) => `dess första rad är inte rubrikraden i en blankett för årlig bedömning, som namnger kolumnerna ${p.sv} (på finska ${p.fi})`,
    (p) => `sen ensimmäinen rivi ei ole vuosiarviointilomakkeen otsikkorivi, joka nimeää sarakkeet ${p.fi} (ruotsiksi ${p.sv})`,
  ),
  readFormAsWritten: phrase(
    () => "read a form as 'welfare export --form <year>' writes it, its header row kept",
    () => "läs in en blankett sådan som 'welfare export --form <år>' skriver den, med rubrikraden kvar",
    () => "tuo lomake sellaisena kuin 'welfare export --form <vuosi>' sen kirjoittaa, otsikkorivi mukana",
  ),
  sheetNotRead: phrase<{ sheet: string; why: string }>((p) => `the sheet '${p.sheet}' is not read: ${p.why}`, (p) => `bladet '${p.sheet}' läses inte: ${p.why}`, (p) => `taulukkoa '${p.sheet}' ei lueta: ${p.why}`),
  commentWithoutStatus: phrase<string>(
    (column) => `a comment but no status: not imported; choose a status in the ${column} column for the comment to be read`,
    (column) => `en kommentar men ingen status: importeras inte; välj en status i kolumnen ${column} för att kommentaren ska läsas in`,
    (column) => `kommentti mutta ei tilaa: ei tuoda; valitse tila sarakkeessa ${column}, niin kommentti luetaan`,
  ),
  noStatus: phrase(() => 'no status: not assessed, skipped', () => 'ingen status: inte bedömd, hoppas över', () => 'ei tilaa: ei arvioitu, ohitetaan'),
  notAStatus: phrase<{ value: string; allowed: string }>((p) => message('en', 'unknown-status', p), (p) => message('sv', 'unknown-status', p), (p) => message('fi', 'unknown-status', p)),
  secondRow: phrase<{ action: string; municipality: string; year: number; first: { table?: string; line: number } }>(
    (p) => `a second row for the action '${p.action}' of ${p.municipality} in ${p.year} (the first is ${p.first.table ? `${p.first.table}:${p.first.line}` : `row ${p.first.line}`}); keep one of them`,
    (p) => `en andra rad för åtgärden '${p.action}' för ${p.municipality} år ${p.year} (den första är ${p.first.table ? `${p.first.table}:${p.first.line}` : `rad ${p.first.line}`}); behåll den ena`,
    (p) => `toinen rivi toimenpiteelle '${p.action}' (${p.municipality}, ${p.year}); ensimmäinen on ${p.first.table ? `${p.first.table}:${p.first.line}` : `rivi ${p.first.line}`}; säilytä niistä yksi`,
  ),
  noActionId: phrase<string>(
    (column) => `a status but no action id in the ${column} column`,
    (column) => `en status men inget åtgärds-id i kolumnen ${column}`,
    (column) => `tila mutta ei toimenpiteen tunnistetta sarakkeessa ${column}`,
  ),
  noMunicipality: phrase<string>(
    (column) => `a status but no municipality in the ${column} column`,
    (column) => `en status men ingen kommun i kolumnen ${column}`,
    (column) => `tila mutta ei kuntaa sarakkeessa ${column}`,
  ),
  notMunicipality: phrase<{ municipality: string; municipalities: string[]; guess?: string }>(
    (p) => `'${p.municipality}' is not a municipality of this project (${p.municipalities.join(', ')})${p.guess ? `; ${didYouMean.en(p.guess)}` : ''}`,
    (p) => `'${p.municipality}' är ingen kommun i detta projekt (${p.municipalities.join(', ')})${p.guess ? `; ${didYouMean.sv(p.guess)}` : ''}`,
    (p) => `'${p.municipality}' ei ole tämän projektin kunta (${p.municipalities.join(', ')})${p.guess ? `; ${didYouMean.fi(p.guess)}` : ''}`,
  ),
  carriedByOthers: phrase<{ id: string; municipality: string; carriers: string[] }>(
    (p) => `the action '${p.id}' in ${p.municipality}'s matrix is carried by ${p.carriers.join(', ')}, not by ${p.municipality}`,
    (p) => `åtgärden '${p.id}' i matrisen för ${p.municipality} genomförs av ${p.carriers.join(', ')}, inte av ${p.municipality}`,
    (p) => `kunnan ${p.municipality} matriisin toimenpiteen '${p.id}' toteuttaa ${p.carriers.join(', ')}, ei ${p.municipality}`,
  ),
  othersAction: phrase<{ id: string; municipality: string; elsewhere: string[] }>(
    (p) => `the action '${p.id}' is ${and(p.elsewhere, 'en')}'s, not ${p.municipality}'s: ${p.municipality}'s matrix has no action '${p.id}'`,
    (p) => `åtgärden '${p.id}' hör till ${and(p.elsewhere, 'sv')}, inte till ${p.municipality}: matrisen för ${p.municipality} har ingen åtgärd '${p.id}'`,
    (p) => `toimenpide '${p.id}' kuuluu ${p.elsewhere.length === 1 ? 'kunnalle' : 'kunnille'} ${and(p.elsewhere, 'fi')}, ei kunnalle ${p.municipality}: kunnan ${p.municipality} matriisissa ei ole toimenpidettä '${p.id}'`,
  ),
  noSuchAction: phrase<{ id: string; municipality: string; guess?: string }>(
    (p) => `${p.municipality}'s matrix has no action '${p.id}'${p.guess ? `; ${didYouMean.en(p.guess)}` : ''}`,
    (p) => `matrisen för ${p.municipality} har ingen åtgärd '${p.id}'${p.guess ? `; ${didYouMean.sv(p.guess)}` : ''}`,
    (p) => `kunnan ${p.municipality} matriisissa ei ole toimenpidettä '${p.id}'${p.guess ? `; ${didYouMean.fi(p.guess)}` : ''}`,
  ),
  notAYear: phrase<{ value: string; column: string }>(
    (p) => `'${p.value}' in the ${p.column} column is not a year`,
    (p) => `'${p.value}' i kolumnen ${p.column} är inget år`,
    (p) => `'${p.value}' sarakkeessa ${p.column} ei ole vuosiluku`,
  ),
  noYear: phrase<string>(
    (column) => `no year in the ${column} column; give the form's year with --year`,
    (column) => `inget år i kolumnen ${column}; ange blankettens år med --year`,
    (column) => `sarakkeessa ${column} ei ole vuotta; anna lomakkeen vuosi valitsimella --year`,
  ),
  otherYear: phrase<{ year: number; formYear: number }>(
    (p) => `the row is for ${p.year}, not ${p.formYear} (--year)`,
    (p) => `raden gäller ${p.year}, inte ${p.formYear} (--year)`,
    (p) => `rivi koskee vuotta ${p.year} eikä vuotta ${p.formYear} (--year)`,
  ),
  commentKept: phrase<{ column: string; language: Language }>(
    (p) => `the ${p.column} cell is empty: the ${tongue.en[p.language]} comment in the matrix is kept`,
    (p) => `cellen ${p.column} är tom: den ${tongue.sv[p.language].the} kommentaren i matrisen behålls`,
    (p) => `sarakkeen ${p.column} solu on tyhjä: matriisin ${tongue.fi[p.language].is} kommentti säilytetään`,
  ),
  fallbackComment: phrase<{ language: Language; other: Language }>(
    (p) => `the comment is the matrix's ${tongue.en[p.other]} one, shown for want of a ${tongue.en[p.language]} one: not copied into the ${tongue.en[p.language]} comment`,
    (p) => `kommentaren är matrisens ${tongue.sv[p.other].the}, som visades i brist på en ${tongue.sv[p.language].a}: den kopieras inte till den ${tongue.sv[p.language].the} kommentaren`,
    (p) => `kommentti on matriisin ${tongue.fi[p.other].is} kommentti, joka näytettiin ${tongue.fi[p.language].of} puuttuessa: sitä ei kopioida ${tongue.fi[p.language].as} kommentiksi`,
  ),
  newAssessment: phrase<{ what: string; status: Status; language: Language; comment: boolean }>(
    (p) => `${p.what}: new assessment, ${p.status}${p.comment ? `, with a ${tongue.en[p.language]} comment` : ''}`,
    (p) => `${p.what}: ny bedömning, ${statusWord(p.status, 'sv')}${p.comment ? `, med en ${tongue.sv[p.language].a} kommentar` : ''}`,
    (p) => `${p.what}: uusi arviointi, ${statusWord(p.status, 'fi')}${p.comment ? `, ${tongue.fi[p.language].is} kommentti` : ''}`,
  ),
  /** What a row changes in an assessment: its status (`from`, `to`), its comment, or both. */
  assessmentChanged: phrase<{ what: string; from?: Status; to: Status; language: Language; comment?: 'added' | 'changed' }>(
    (p) => `${p.what}: ${[p.from && `${p.from} → ${p.to}`, p.comment && `${tongue.en[p.language]} comment ${p.comment}`].filter(Boolean).join(', ')}`,
    (p) => `${p.what}: ${[p.from && `${statusWord(p.from, 'sv')} → ${statusWord(p.to, 'sv')}`, p.comment && `${tongue.sv[p.language].a} kommentar ${p.comment === 'added' ? 'tillagd' : 'ändrad'}`].filter(Boolean).join(', ')}`,
    (p) => `${p.what}: ${[p.from && `${statusWord(p.from, 'fi')} → ${statusWord(p.to, 'fi')}`, p.comment && `${tongue.fi[p.language].is} kommentti ${p.comment === 'added' ? 'lisätty' : 'muutettu'}`].filter(Boolean).join(', ')}`,
  ),
  otherCommentKept: phrase<{ what: string; language: Language; other: Language }>(
    (p) => `${p.what}: the ${tongue.en[p.other]} comment is kept as it was; check that it still says what the new ${tongue.en[p.language]} one says`,
    (p) => `${p.what}: den ${tongue.sv[p.other].the} kommentaren behålls som den var; kontrollera att den fortfarande säger det som den nya ${tongue.sv[p.language].the} säger`,
    (p) => `${p.what}: ${tongue.fi[p.other].is} kommentti säilytetään ennallaan; tarkista, että se sanoo yhä saman kuin uusi ${tongue.fi[p.language].is} kommentti`,
  ),
  assessmentsSummary: phrase<{ added: number; changed: number; unchanged: number; skipped: number }>(
    (p) => `${counted(p.added, 'new assessment', 'new assessments')}, ${p.changed} changed, ${p.unchanged} unchanged; ${counted(p.skipped, 'row', 'rows')} without a status`,
    (p) => `${counted(p.added, 'ny bedömning', 'nya bedömningar')}, ${p.changed} ${p.changed === 1 ? 'ändrad' : 'ändrade'}, ${p.unchanged} ${p.unchanged === 1 ? 'oförändrad' : 'oförändrade'}; ${counted(p.skipped, 'rad', 'rader')} utan status`,
    (p) => `${counted(p.added, 'uusi arviointi', 'uutta arviointia')}, ${counted(p.changed, 'muutettu', 'muutettua')}, ${p.unchanged} ennallaan; ${counted(p.skipped, 'rivi', 'riviä')} ilman tilaa`,
  ),
  rowsLeftOut: phrase<number>((n) => `${counted(n, 'error', 'errors')}: those rows left out`, (n) => `${n} fel: de raderna lämnades bort`, (n) => `${counted(n, 'virhe', 'virhettä')}: ne rivit jätettiin pois`),
  newAssessments: phrase<{ added: number; changed: number }>(
    (p) => [p.added && counted(p.added, 'new assessment', 'new assessments'), p.changed && `${p.changed} changed`].filter(Boolean).join(', '),
    (p) => [p.added && counted(p.added, 'ny bedömning', 'nya bedömningar'), p.changed && `${p.changed} ${p.changed === 1 ? 'ändrad' : 'ändrade'}`].filter(Boolean).join(', '),
    (p) => [p.added && counted(p.added, 'uusi arviointi', 'uutta arviointia'), p.changed && counted(p.changed, 'muutettu', 'muutettua')].filter(Boolean).join(', '),
  ),
  nothingToWrite: phrase(
    () => 'the matrices already say what the form says: nothing to write',
    () => 'matriserna säger redan det som blanketten säger: inget att skriva',
    () => 'matriiseissa lukee jo sama kuin lomakkeessa: ei kirjoitettavaa',
  ),

  // What stops an import.
  actorsFileThere: phrase(
    () => 'the import writes the new actors there when there is no project',
    () => 'importen skriver de nya aktörerna dit när det inte finns något projekt',
    () => 'tuonti kirjoittaa uudet toimijat siihen, kun projektia ei ole',
  ),
  configUnreadable: phrase<string>((file) => `${file}: the project configuration cannot be read`, (file) => `${file}: projektets inställningar kan inte läsas`, (file) => `${file}: projektin asetuksia ei voi lukea`),
  validateToSee: phrase(() => "run 'welfare validate' to see why", () => "kör 'welfare validate' för att se varför", () => "suorita 'welfare validate', niin näet syyn"),
  validateFile: phrase<string>((file) => `run 'welfare validate ${file}'`, (file) => `kör 'welfare validate ${file}'`, (file) => `suorita 'welfare validate ${file}'`),
  municipalityFlag: phrase<{ flag: string; ids: string[] }>(
    (p) => `--municipality ${p.flag}: not a municipality of this project (${p.ids.join(', ')})`,
    (p) => `--municipality ${p.flag}: ingen kommun i detta projekt (${p.ids.join(', ')})`,
    (p) => `--municipality ${p.flag}: ei tämän projektin kunta (${p.ids.join(', ')})`,
  ),
  notIntoWithMunicipality: phrase(
    () => '--municipality does not go with --into: the matrix says whose it is',
    () => '--municipality går inte ihop med --into: matrisen säger vems den är',
    () => '--municipality ei sovi yhteen valitsimen --into kanssa: matriisi kertoo itse, kenen se on',
  ),
  fixIntoMatrix: phrase<string>(
    (problem) => `${problem}; fix the matrix before adding a language to it`,
    (problem) => `${problem}; rätta matrisen innan ett språk läggs till i den`,
    (problem) => `${problem}; korjaa matriisi ennen kuin siihen lisätään kieli`,
  ),
  fixRegistry: phrase<string>(
    (problem) => `${problem}; the import adds actors to this registry, so it must be valid first`,
    (problem) => `${problem}; importen lägger till aktörer i detta register, så det måste först vara giltigt`,
    (problem) => `${problem}; tuonti lisää toimijoita tähän rekisteriin, joten sen on ensin oltava kelvollinen`,
  ),
  tooLarge: phrase<{ file: string; mb: number; limit: number }>(
    (p) => `${p.file}: the file is ${p.mb} MB, more than welfare reads (${p.limit} MB)`,
    (p) => `${p.file}: filen är ${p.mb} MB, mer än welfare läser (${p.limit} MB)`,
    (p) => `${p.file}: tiedosto on ${p.mb} Mt, enemmän kuin welfare lukee (${p.limit} Mt)`,
  ),
  farSmaller: phrase(
    () => 'an action matrix is far smaller: is this the right file? WELFARE_MAX_FILE_MB raises the limit',
    () => 'en åtgärdsmatris är mycket mindre: är detta rätt fil? WELFARE_MAX_FILE_MB höjer gränsen',
    () => 'toimenpidematriisi on paljon pienempi: onko tämä oikea tiedosto? WELFARE_MAX_FILE_MB nostaa rajaa',
  ),
  unreadable: phrase<{ file: string; kind: 'pdf' | 'ole' }>(
    (p) => `${p.file}: this is ${p.kind === 'pdf' ? 'a PDF' : 'an old Office file (.xls or .doc)'}, which welfare cannot read`,
    (p) => `${p.file}: detta är ${p.kind === 'pdf' ? 'en PDF' : 'en gammal Office-fil (.xls eller .doc)'}, som welfare inte kan läsa`,
    (p) => `${p.file}: tämä on ${p.kind === 'pdf' ? 'PDF-tiedosto' : 'vanha Office-tiedosto (.xls tai .doc)'}, jota welfare ei osaa lukea`,
  ),
  unreadableHint: phrase<'pdf' | 'ole'>(
    (kind) => (kind === 'pdf' ? 'open the PDF, select the action matrix, copy it into a text file and import that file' : 'save it as .xlsx or CSV in Excel, or copy the table out of the Word document into a text file'),
    (kind) => (kind === 'pdf' ? 'öppna PDF-filen, markera åtgärdsmatrisen, kopiera den till en textfil och importera den filen' : 'spara den som .xlsx eller CSV i Excel, eller kopiera tabellen ur Word-dokumentet till en textfil'),
    (kind) => (kind === 'pdf' ? 'avaa PDF, valitse toimenpidematriisi, kopioi se tekstitiedostoon ja tuo se tiedosto' : 'tallenna se Excelissä .xlsx- tai CSV-muotoon tai kopioi taulukko Word-asiakirjasta tekstitiedostoon'),
  ),
  workbookTooLarge: phrase<{ file: string; why: string }>(
    (p) => `${p.file}: the workbook is too large to read (${p.why}), far more than an action matrix needs`,
    (p) => `${p.file}: arbetsboken är för stor för att läsas (${p.why}), långt mer än en åtgärdsmatris behöver`,
    (p) => `${p.file}: työkirja on liian suuri luettavaksi (${p.why}), paljon suurempi kuin toimenpidematriisi vaatii`,
  ),
  workbookTooLargeHint: phrase(
    () => 'a workbook can hold pictures and declare ranges of millions of cells; save the sheet anew, or export it as CSV and import that',
    () => 'en arbetsbok kan innehålla bilder och ange områden på miljontals celler; spara bladet på nytt, eller exportera det som CSV och importera den filen',
    () => 'työkirjassa voi olla kuvia ja miljoonien solujen alueita; tallenna taulukko uudelleen tai vie se CSV-muotoon ja tuo se',
  ),
  notWorkbook: phrase<string>((file) => `${file}: not an Excel workbook that welfare can read`, (file) => `${file}: ingen Excel-arbetsbok som welfare kan läsa`, (file) => `${file}: ei Excel-työkirja, jota welfare osaa lukea`),
  notWorkbookHint: phrase(
    () => 'a Word document (.docx) is not a table file: copy the action matrix out of it into a text file and import that',
    () => 'ett Word-dokument (.docx) är ingen tabellfil: kopiera åtgärdsmatrisen ur det till en textfil och importera den',
    () => 'Word-asiakirja (.docx) ei ole taulukkotiedosto: kopioi toimenpidematriisi siitä tekstitiedostoon ja tuo se',
  ),
  emptyWorkbook: phrase<string>((file) => `${file}: the workbook has no text in any sheet`, (file) => `${file}: arbetsboken har ingen text på något blad`, (file) => `${file}: työkirjan taulukoissa ei ole tekstiä`),
} satisfies Record<string, Phrase<never>>;

type Params<K extends keyof typeof phrases> = Parameters<(typeof phrases)[K]['en']>[0];

/** A note or summary in every language: `said('headerRow', headings)`. */
export const said = <K extends keyof typeof phrases>(key: K, ...p: Params<K> extends undefined | void ? [] : [Params<K>]) => inEach(phrases[key] as Phrase<Params<K>>, p[0] as Params<K>);
/** The same, with parameters that are themselves said in each language: `saidBy('fixRegistry', (lang) => problem[lang])`. */
export const saidBy = <K extends keyof typeof phrases>(key: K, p: (lang: MessageLanguage) => Params<K>) => inEachBy(phrases[key] as Phrase<Params<K>>, p);
