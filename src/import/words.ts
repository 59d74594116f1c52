import { counted, inEach, phrase, type Phrase } from '../core/messages.js';

/**
 * What the import says in its report, in English, Swedish and Finnish (the catalogue's shape is in
 * src/core/messages.ts). Each note is made in every language; the report says it in the one chosen.
 */
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
  registryChange: phrase<{ newActors: number; names: number; language: string; newFile: boolean }>(
    (p) => [p.newActors && counted(p.newActors, 'new actor', 'new actors'), p.names && `${counted(p.names, 'name', 'names')} in ${p.language}`].filter(Boolean).join(', ') + (p.newFile ? ' (a new file)' : ''),
    (p) => [p.newActors && counted(p.newActors, 'ny aktör', 'nya aktörer'), p.names && `${counted(p.names, 'namn', 'namn')} på ${p.language === 'fi' ? 'finska' : 'svenska'}`].filter(Boolean).join(', ') + (p.newFile ? ' (en ny fil)' : ''),
    (p) => [p.newActors && counted(p.newActors, 'uusi toimija', 'uutta toimijaa'), p.names && `${counted(p.names, 'nimi', 'nimeä')} ${p.language === 'fi' ? 'suomeksi' : 'ruotsiksi'}`].filter(Boolean).join(', ') + (p.newFile ? ' (uusi tiedosto)' : ''),
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
    (p) => `read as ${({ '\t': 'tab', ';': 'semicolon', ',': 'comma' } as Record<string, string>)[p.delimiter]}-separated text in ${p.encoding} (${counted(p.lines, 'line', 'lines')} with text)`,
    (p) => `lästes som text åtskild av ${({ '\t': 'tabbar', ';': 'semikolon', ',': 'komman' } as Record<string, string>)[p.delimiter]} i ${p.encoding} (${counted(p.lines, 'rad', 'rader')} med text)`,
    (p) => `luettu ${({ '\t': 'sarkaimin', ';': 'puolipistein', ',': 'pilkuin' } as Record<string, string>)[p.delimiter]} eroteltuna tekstinä, merkistö ${p.encoding} (${counted(p.lines, 'tekstirivi', 'tekstiriviä')})`,
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
  newActor: phrase<{ name: string; id: string; parent?: string }>(
    (p) => `new actor ${p.name} (${p.id})${p.parent ? ` under ${p.parent}` : ''}`,
    (p) => `ny aktör ${p.name} (${p.id})${p.parent ? ` under ${p.parent}` : ''}`,
    (p) => `uusi toimija ${p.name} (${p.id})${p.parent ? `, yläkohta ${p.parent}` : ''}`,
  ),
  takenAsActor: phrase<{ name: string; actor: string; id: string }>(
    (p) => `${p.name} taken as the actor ${p.actor} (${p.id})`,
    (p) => `${p.name} tolkas som aktören ${p.actor} (${p.id})`,
    (p) => `${p.name} tulkittu toimijaksi ${p.actor} (${p.id})`,
  ),
  splitActors: phrase<{ text: string; names: string[] }>(
    (p) => `${p.text} split into ${p.names.length} actors: ${p.names.join(', ')}`,
    (p) => `${p.text} delas upp i ${p.names.length} aktörer: ${p.names.join(', ')}`,
    (p) => `${p.text} jaettu ${p.names.length} toimijaksi: ${p.names.join(', ')}`,
  ),
  noStatus: phrase(() => 'no status: not assessed, skipped', () => 'ingen status: inte bedömd, hoppades över', () => 'ei tilaa: ei arvioitu, ohitettiin'),
  assessmentsSummary: phrase<{ added: number; changed: number; unchanged: number; skipped: number }>(
    (p) => `${counted(p.added, 'new assessment', 'new assessments')}, ${p.changed} changed, ${p.unchanged} unchanged; ${counted(p.skipped, 'row', 'rows')} without a status`,
    (p) => `${counted(p.added, 'ny bedömning', 'nya bedömningar')}, ${p.changed} ${p.changed === 1 ? 'ändrad' : 'ändrade'}, ${p.unchanged} ${p.unchanged === 1 ? 'oförändrad' : 'oförändrade'}; ${counted(p.skipped, 'rad', 'rader')} utan status`,
    (p) => `${counted(p.added, 'uusi arviointi', 'uutta arviointia')}, ${p.changed} muutettu, ${p.unchanged} ennallaan; ${counted(p.skipped, 'rivi', 'riviä')} ilman tilaa`,
  ),
  rowsLeftOut: phrase<number>((n) => `${counted(n, 'error', 'errors')}: those rows left out`, (n) => `${n} fel: de raderna lämnades bort`, (n) => `${counted(n, 'virhe', 'virhettä')}: ne rivit jätettiin pois`),
  newAssessments: phrase<{ added: number; changed: number }>(
    (p) => [p.added && counted(p.added, 'new assessment', 'new assessments'), p.changed && `${p.changed} changed`].filter(Boolean).join(', '),
    (p) => [p.added && counted(p.added, 'ny bedömning', 'nya bedömningar'), p.changed && `${p.changed} ${p.changed === 1 ? 'ändrad' : 'ändrade'}`].filter(Boolean).join(', '),
    (p) => [p.added && counted(p.added, 'uusi arviointi', 'uutta arviointia'), p.changed && `${p.changed} muutettu`].filter(Boolean).join(', '),
  ),
  nothingToWrite: phrase(
    () => 'the matrices already say what the form says: nothing to write',
    () => 'matriserna säger redan det som blanketten säger: inget att skriva',
    () => 'matriiseissa lukee jo sama kuin lomakkeessa: ei kirjoitettavaa',
  ),
} satisfies Record<string, Phrase<never>>;

type Params<K extends keyof typeof phrases> = Parameters<(typeof phrases)[K]['en']>[0];

/** A note or summary in every language: `said('headerRow', headings)`. */
export const said = <K extends keyof typeof phrases>(key: K, ...p: Params<K> extends undefined | void ? [] : [Params<K>]) => inEach(phrases[key] as Phrase<Params<K>>, p[0] as Params<K>);
