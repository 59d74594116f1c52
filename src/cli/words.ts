import { counted, phrase } from '../core/messages.js';

/**
 * The lines the commands print beside the diagnostics (progress, what was written, notes), in
 * English, Swedish and Finnish, chosen as every message is (src/core/messages.ts).
 */
export const words = {
  note: phrase(() => 'note', () => 'obs', () => 'huom'),
  internalError: phrase<string>(
    (d) => `welfare: internal error: ${d}\n  This is a bug in welfare. Run again with --debug and report the output.\n`,
    (d) => `welfare: internt fel: ${d}\n  Detta är ett programfel i welfare. Kör kommandot igen med --debug och rapportera utskriften.\n`,
    (d) => `welfare: sisäinen virhe: ${d}\n  Tämä on welfaren ohjelmavirhe. Suorita komento uudelleen valitsimella --debug ja ilmoita tuloste.\n`,
  ),
  wrote: phrase<{ file: string; detail?: string }>(
    (p) => `wrote ${p.file}${p.detail ? ` (${p.detail})` : ''}`,
    (p) => `skrev ${p.file}${p.detail ? ` (${p.detail})` : ''}`,
    (p) => `kirjoitettiin ${p.file}${p.detail ? ` (${p.detail})` : ''}`,
  ),
  printing: phrase(() => 'printing…', () => 'skrivs ut…', () => 'tulostetaan…'),
  /** A document shown in the other language where a text lacks its own. */
  fallbacks: phrase<{ file: string; count: number; missing: 'sv' | 'fi' }>(
    (p) => `${p.file}: ${p.count} ${p.count === 1 ? 'text has' : 'texts have'} no ${p.missing === 'sv' ? 'Swedish' : 'Finnish'} and ${p.count === 1 ? 'is' : 'are'} shown in the other language, marked`,
    (p) => `${p.file}: ${counted(p.count, 'text', 'texter')} saknar ${p.missing === 'sv' ? 'svenska' : 'finska'} och visas på ${p.missing === 'sv' ? 'finska' : 'svenska'}, ${p.count === 1 ? 'markerad' : 'markerade'}`,
    (p) => `${p.file}: ${p.count} tekstiltä puuttuu ${p.missing === 'sv' ? 'ruotsinkielinen' : 'suomenkielinen'} versio; ${p.count === 1 ? 'se näytetään' : 'ne näytetään'} ${p.missing === 'sv' ? 'suomeksi' : 'ruotsiksi'} ${p.count === 1 ? 'merkittynä' : 'merkittyinä'}`,
  ),
  built: phrase<{ count: number; printed: boolean; took: string }>(
    (p) => `built ${counted(p.count, 'document', 'documents')}${p.printed ? ' and printed them' : ''} in ${p.took}`,
    (p) => `byggde ${p.count} dokument${p.printed ? ` och skrev ut ${p.count === 1 ? 'det' : 'dem'}` : ''} på ${p.took}`,
    (p) => `koottiin ${counted(p.count, 'asiakirja', 'asiakirjaa')}${p.printed ? ` ja ${p.count === 1 ? 'se' : 'ne'} tulostettiin` : ''} ajassa ${p.took}`,
  ),
  changed: phrase<{ files: string[] }>(
    (p) => `${p.files.join(', ')} changed`,
    (p) => `${p.files.join(', ')} ändrades`,
    (p) => `${p.files.join(', ')} ${p.files.length === 1 ? 'muuttui' : 'muuttuivat'}`,
  ),
  stopped: phrase(() => 'stopped', () => 'avslutat', () => 'lopetettu'),
  serving: phrase<string>((url) => `welfare serve: ${url}  (Ctrl-C stops)`, (url) => `welfare serve: ${url}  (Ctrl-C avslutar)`, (url) => `welfare serve: ${url}  (Ctrl-C lopettaa)`),
  noBrowser: phrase<string>(
    (url) => `could not open a web browser; open ${url} yourself`,
    (url) => `kunde inte öppna en webbläsare; öppna ${url} själv`,
    (url) => `verkkoselainta ei voitu avata; avaa ${url} itse`,
  ),
  sheetActions: phrase<{ sheet: string; count: number }>(
    (p) => `${p.sheet}: ${counted(p.count, 'action', 'actions')}`,
    (p) => `${p.sheet}: ${counted(p.count, 'åtgärd', 'åtgärder')}`,
    (p) => `${p.sheet}: ${counted(p.count, 'toimenpide', 'toimenpidettä')}`,
  ),
  ejected: phrase<{ count: number; folder: string }>(
    (p) => `wrote ${counted(p.count, 'file', 'files')} to ${p.folder}`,
    (p) => `skrev ${counted(p.count, 'fil', 'filer')} till ${p.folder}`,
    (p) => `kirjoitettiin ${counted(p.count, 'tiedosto', 'tiedostoa')} kansioon ${p.folder}`,
  ),
  pulled: phrase<{ file: string; changed: boolean; count: number; start: number; end: number; retrieved: string }>(
    (p) => `${p.file}${p.changed ? '' : ' (no changes)'}: ${counted(p.count, 'indicator', 'indicators')} from THL/Sotkanet (CC BY 4.0), ${p.start}–${p.end}, retrieved ${p.retrieved}`,
    (p) => `${p.file}${p.changed ? '' : ' (inga ändringar)'}: ${counted(p.count, 'indikator', 'indikatorer')} från THL/Sotkanet (CC BY 4.0), ${p.start}–${p.end}, ${p.count === 1 ? 'hämtad' : 'hämtade'} ${p.retrieved}`,
    (p) => `${p.file}${p.changed ? '' : ' (ei muutoksia)'}: ${counted(p.count, 'mittari', 'mittaria')} THL:n Sotkanetista (CC BY 4.0), ${p.start}–${p.end}, haettu ${p.retrieved}`,
  ),
  pulledIndicator: phrase<{ id: string; sotkanet: number; values: number; withheld: number; decimals?: number }>(
    (p) => `  ${p.id} (Sotkanet ${p.sotkanet}): ${[counted(p.values, 'value', 'values'), p.withheld ? `${p.withheld} withheld (null)` : '', p.decimals !== undefined ? `decimals ${p.decimals} added` : ''].filter(Boolean).join(', ')}`,
    (p) => `  ${p.id} (Sotkanet ${p.sotkanet}): ${[counted(p.values, 'värde', 'värden'), p.withheld ? `${p.withheld} ${p.withheld === 1 ? 'undanhållet' : 'undanhållna'} (null)` : '', p.decimals !== undefined ? `antal decimaler (${p.decimals}) tillagt` : ''].filter(Boolean).join(', ')}`,
    (p) => `  ${p.id} (Sotkanet ${p.sotkanet}): ${[counted(p.values, 'arvo', 'arvoa'), p.withheld ? `${counted(p.withheld, 'salattu', 'salattua')} (null)` : '', p.decimals !== undefined ? `desimaalien määrä (${p.decimals}) lisätty` : ''].filter(Boolean).join(', ')}`,
  ),
  referenceRegions: phrase<string>((list) => `  reference regions: ${list}`, (list) => `  jämförelseområden: ${list}`, (list) => `  vertailualueet: ${list}`),
  allMunicipalities: phrase(() => 'all', () => 'alla', () => 'kaikki'),
  answers: phrase<{ fetched: number; cached: number; cache: string }>(
    (p) => `${counted(p.fetched, 'answer', 'answers')} from Sotkanet, ${p.cached} from the cache (${p.cache}; --refresh asks again)`,
    (p) => `${p.fetched} svar från Sotkanet, ${p.cached} från cachen (${p.cache}; --refresh frågar på nytt)`,
    (p) => `${counted(p.fetched, 'vastaus', 'vastausta')} Sotkanetista, ${p.cached} välimuistista (${p.cache}; --refresh kysyy uudelleen)`,
  ),
  created: phrase<string>((where) => `created a welfare project in ${where}:`, (where) => `skapade ett welfare-projekt i ${where}:`, (where) => `luotiin welfare-projekti kansioon ${where}:`),
  leftAsTheyWere: phrase(() => 'left as they were (already there):', () => 'lämnades som de var (fanns redan):', () => 'jätettiin ennalleen (olivat jo olemassa):'),
  next: phrase(() => 'next:', () => 'nästa steg:', () => 'seuraavaksi:'),
  installsWelfare: phrase(
    () => 'installs welfare for this project; commit package-lock.json',
    () => 'installerar welfare för projektet; checka in package-lock.json',
    () => 'asentaa welfaren tähän projektiin; vie package-lock.json versionhallintaan',
  ),
  fetchesIndicators: phrase(() => 'fetches the Sotkanet indicators', () => 'hämtar Sotkanet-indikatorerna', () => 'hakee Sotkanet-mittarit'),
  /** Usage errors of `import` that commander cannot tell by itself, worded as its own begin. */
  tableOrForm: phrase(() => 'error: give the table or --assessments <form>, not both', () => 'fel: ange tabellen eller --assessments <blankett>, inte båda', () => 'virhe: anna taulukko tai --assessments <lomake>, ei molempia'),
  yearWithForm: phrase(
    () => "error: option '--year <year>' goes with '--assessments <form>'",
    () => "fel: flaggan '--year <år>' hör ihop med '--assessments <blankett>'",
    () => "virhe: valitsin '--year <vuosi>' kuuluu valitsimen '--assessments <lomake>' pariksi",
  ),
  noTable: phrase(() => "error: missing required argument 'file'", () => "fel: argumentet 'file' (tabellen) saknas", () => "virhe: argumentti 'file' (taulukko) puuttuu"),
  noLanguage: phrase(() => "error: required option '--lang <lang>' not specified", () => "fel: flaggan '--lang <språk>' krävs men saknas", () => "virhe: pakollinen valitsin '--lang <kieli>' puuttuu"),
};
