/**
 * Every message a planner reads from `validate`, in English, Swedish and Finnish. Field and entity
 * names are the domain's words (åtgärd / toimenpide), never the YAML keys alone.
 *
 * The catalogue: each stage words its own lines beside its code, all in the one shape defined
 * here, a `phrase` of a function per language (merge/messages.ts for merge, cli/words.ts for the
 * lines of the commands, import/words.ts for the import's report). A line is said in one language:
 * the one `messageLanguageFrom` chooses.
 */
import { own } from './own.js';

export const messageLanguages = ['en', 'sv', 'fi'] as const;
export type MessageLanguage = (typeof messageLanguages)[number];

type Words = Record<MessageLanguage, string>;

/** A message in each language, made from its parameters. */
export type Phrase<P = void> = Record<MessageLanguage, (p: P) => string>;
export const phrase = <P = void>(en: (p: P) => string, sv: (p: P) => string, fi: (p: P) => string): Phrase<P> => ({ en, sv, fi });

/** A phrase said in every language at once, for a message that is chosen from later (an import note, an error). */
export function inEach(said: Phrase): Words;
export function inEach<P>(said: Phrase<P>, p: P): Words;
export function inEach<P>(said: Phrase<P>, p?: P): Words {
  return { en: said.en(p as P), sv: said.sv(p as P), fi: said.fi(p as P) };
}
/** The same, where a parameter is itself said in each language (a reason, a name): `p(lang)` gives them in one. */
export const inEachBy = <P>(said: Phrase<P>, p: (lang: MessageLanguage) => P): Words => ({ en: said.en(p('en')), sv: said.sv(p('sv')), fi: said.fi(p('fi')) });

/** A message placed in a file or at its row, the place the same in every language: "form.csv:1: …". */
export const placedAt = (where: string, said: Words): Words => ({ en: `${where}: ${said.en}`, sv: `${where}: ${said.sv}`, fi: `${where}: ${said.fi}` });

/** A guess at what was meant, after a name that is not known. */
export const didYouMean = phrase<string>((guess) => `did you mean '${guess}'?`, (guess) => `menade du '${guess}'?`, (guess) => `tarkoititko '${guess}'?`);

/** A count with its noun in each language's singular or plural: `counted(1, 'fil', 'filer')` is "1 fil". */
export const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const w = (en: string, sv: string, fi: string): Words => ({ en, sv, fi });

/** What a thing is, by the key of the list it stands in. */
const entities: Record<string, Words> = {
  focusAreas: w('focus area', 'tyngdpunkten', 'painopiste'),
  goals: w('goal', 'målet', 'tavoite'),
  actions: w('action', 'åtgärden', 'toimenpide'),
  indicators: w('indicator', 'indikatorn', 'mittari'),
  assessments: w('assessment', 'bedömningen', 'arviointi'),
  actors: w('actor', 'aktören', 'toimija'),
  sections: w('section', 'avsnittet', 'osio'),
  municipalities: w('municipality', 'kommunen', 'kunta'),
  regions: w('reference region', 'jämförelseområdet', 'vertailualue'),
};

/** The same, counted rather than named: Swedish drops the definite ending ("åtgärd 3", not "åtgärden 3"). */
const numberedEntities: Record<string, Words> = {
  focusAreas: w('focus area', 'tyngdpunkt', 'painopiste'),
  goals: w('goal', 'mål', 'tavoite'),
  actions: w('action', 'åtgärd', 'toimenpide'),
  indicators: w('indicator', 'indikator', 'mittari'),
  assessments: w('assessment', 'bedömning', 'arviointi'),
  actors: w('actor', 'aktör', 'toimija'),
  sections: w('section', 'avsnitt', 'osio'),
  municipalities: w('municipality', 'kommun', 'kunta'),
};

/** An assessment is known by its year, and by the action it is of when there is one. */
const assessmentOf = phrase<{ year: string | number; of?: string }>(
  (p) => `the assessment for ${p.year}${p.of ? ` (${p.of})` : ''}`,
  (p) => `bedömningen för ${p.year}${p.of ? ` (${p.of})` : ''}`,
  (p) => `vuoden ${p.year} arviointi${p.of ? ` (${p.of})` : ''}`,
);

/** "2nd", "2:a", "2.": an ordinal number in each language. */
const ordinal = {
  en: (n: number) => {
    const teen = n % 100 > 10 && n % 100 < 14;
    return `${n}${(!teen && ['th', 'st', 'nd', 'rd'][n % 10]) || 'th'}`;
  },
  sv: (n: number) => `${n}:${(n % 10 === 1 || n % 10 === 2) && n % 100 !== 11 && n % 100 !== 12 ? 'a' : 'e'}`,
  fi: (n: number) => `${n}.`,
};
/** An assessment without a year has only its place in the list: "the 2nd assessment (action 'x')". */
const yearlessAssessment = phrase<{ n: number; of?: string }>(
  (p) => `the ${ordinal.en(p.n)} assessment${p.of ? ` (${p.of})` : ''}`,
  (p) => `den ${ordinal.sv(p.n)} bedömningen${p.of ? ` (${p.of})` : ''}`,
  (p) => `${ordinal.fi(p.n)} arviointi${p.of ? ` (${p.of})` : ''}`,
);

/** The fields, named as a planner knows them. */
const fields: Record<string, Words> = {
  id: w('id', 'id', 'tunniste'),
  text: w('text', 'text', 'teksti'),
  title: w('title', 'rubrik', 'otsikko'),
  name: w('name', 'namn', 'nimi'),
  body: w('text', 'text', 'teksti'),
  comment: w('comment', 'kommentar', 'kommentti'),
  focusAreas: w('focus areas', 'tyngdpunkter', 'painopisteet'),
  goals: w('goals', 'mål', 'tavoitteet'),
  actions: w('actions', 'åtgärder', 'toimenpiteet'),
  indicators: w('indicators', 'indikatorer', 'mittarit'),
  actors: w('responsible actors', 'ansvariga aktörer', 'vastuutahot'),
  assessments: w('assessments', 'bedömningar', 'arvioinnit'),
  year: w('year', 'år', 'vuosi'),
  status: w('status', 'status', 'tila'),
  municipality: w('municipality', 'kommun', 'kunta'),
  municipalities: w('municipalities', 'kommuner', 'kunnat'),
  period: w('plan period', 'planperiod', 'suunnitelmakausi'),
  start: w('first year', 'första år', 'ensimmäinen vuosi'),
  end: w('last year', 'sista år', 'viimeinen vuosi'),
  languages: w('languages', 'språk', 'kielet'),
  documents: w('documents', 'dokument', 'asiakirjat'),
  code: w('municipality code', 'kommunnummer', 'kuntanumero'),
  matrix: w('action matrix file', 'åtgärdsmatrisens fil', 'toimenpidematriisin tiedosto'),
  unit: w('unit', 'enhet', 'yksikkö'),
  source: w('source', 'källa', 'lähde'),
  values: w('values', 'värden', 'arvot'),
  sections: w('sections', 'avsnitt', 'osiot'),
  sv: w('Swedish text', 'svensk text', 'ruotsinkielinen teksti'),
  fi: w('Finnish text', 'finsk text', 'suomenkielinen teksti'),
  ref: w('indicator reference', 'indikatorreferens', 'mittariviittaus'),
  scopes: w('documents it is for', 'dokument den gäller', 'asiakirjat, joita se koskee'),
  regions: w('reference regions', 'jämförelseområden', 'vertailualueet'),
  references: w('reference regions', 'jämförelseområden', 'vertailualueet'),
  kind: w('kind', 'typ', 'laji'),
  illustrative: w('illustrative', 'illustrativ', 'havainnollistava'),
  // English says these by their keys, as it always has.
  authors: w('authors', 'författare', 'tekijät'),
  introduction: w('introduction', 'inledning', 'johdanto'),
  own: w('own', 'egen källa', 'oma lähde'),
  bilingual: w('bilingual', 'tvåspråkig', 'kaksikielinen'),
  browser: w('browser', 'webbläsare', 'selain'),
  content: w('content', 'rapporttextens fil', 'raportin tekstitiedosto'),
  date: w('date', 'datum', 'päivämäärä'),
  decimals: w('decimals', 'decimaler', 'desimaalit'),
  higherIsBetter: w('higherIsBetter', 'högre är bättre', 'suurempi on parempi'),
  merge: w('merge', 'sammanslagning', 'yhdistäminen'),
  order: w('order', 'ordning', 'järjestys'),
  out: w('out', 'utmapp', 'tulostekansio'),
  parent: w('parent', 'överordnad aktör', 'ylempi toimija'),
  paths: w('paths', 'sökvägar', 'polut'),
  prefer: w('prefer', 'föredragen kommun', 'ensisijainen kunta'),
  resolutions: w('resolutions', 'avgöranden', 'ratkaisut'),
  retrieved: w('retrieved', 'hämtningsdatum', 'hakupäivä'),
  sotkanet: w('sotkanet', 'Sotkanet-id', 'Sotkanet-tunniste'),
  templates: w('templates', 'mallmapp', 'mallikansio'),
};

const types: Record<string, Words> = {
  string: w('a text', 'en text', 'teksti'),
  integer: w('a whole number', 'ett heltal', 'kokonaisluku'),
  number: w('a number', 'ett tal', 'luku'),
  boolean: w('true or false', 'true eller false', 'true tai false'),
  array: w('a list (lines starting with "- ")', 'en lista (rader som börjar med "- ")', 'luettelo (rivit alkavat "- ")'),
  object: w('fields (key: value)', 'fält (nyckel: värde)', 'kenttiä (avain: arvo)'),
  null: w('empty', 'tom', 'tyhjä'),
};

export const languageNames: Record<'sv' | 'fi', Words> = { sv: w('Swedish', 'svensk', 'ruotsinkielinen'), fi: w('Finnish', 'finsk', 'suomenkielinen') };

export function fieldName(key: string, lang: MessageLanguage): string {
  return own(fields, key)?.[lang] ?? key;
}
export function entityName(listKey: string, lang: MessageLanguage): string | undefined {
  return own(entities, listKey)?.[lang];
}
/** An item of a list without an id, by its number: "action 3", "åtgärd 3", "toimenpide 3". */
export function numberedEntity(listKey: string, n: number, lang: MessageLanguage): string | undefined {
  const word = own(numberedEntities, listKey)?.[lang];
  return word && `${word} ${n}`;
}
/** "the assessment for 2024 (action 'x')"; without a year, "the 2nd assessment (action 'x')". */
export const assessmentName = (year: string | number | undefined, of: string | undefined, lang: MessageLanguage, n = 1) =>
  year === undefined ? yearlessAssessment[lang]({ n, of }) : assessmentOf[lang]({ year, of });

export function typeName(type: string, lang: MessageLanguage): string {
  return type.split(',').map((t) => own(types, t)?.[lang] ?? t).join(' / ');
}

type P = Record<string, string | number>;
type Template = (p: P) => string;
const t = (en: Template, sv: Template, fi: Template) => ({ en, sv, fi });

/** The message of each rule. `where` names the thing ("action 'x'"), `field` a field in planner words. */
const templates: Record<string, Record<MessageLanguage, Template>> = {
  'missing-field': t((p) => `${p.where} has no ${p.field} ('${p.key}')`, (p) => `${p.where} saknar ${p.field} ('${p.key}')`, (p) => `${p.where}: ${p.field} ('${p.key}') puuttuu`),
  'unknown-field': t(
    (p) => `'${p.key}' is not a field of ${p.where}${p.suggestion ? `; did you mean '${p.suggestion}'?` : ''}`,
    (p) => `'${p.key}' är inte ett fält i ${p.where}${p.suggestion ? `; menade du '${p.suggestion}'?` : ''}`,
    (p) => `'${p.key}' ei ole kohteen ${p.where} kenttä${p.suggestion ? `; tarkoititko '${p.suggestion}'?` : ''}`,
  ),
  // A whole file of the wrong type (a list or a word where fields belong) is its own `where`.
  'wrong-type': t(
    (p) => (p.field === p.where ? `${p.where} should be ${p.type}` : `${p.field} of ${p.where} should be ${p.type}`),
    (p) => (p.field === p.where ? `${p.where} ska vara ${p.type}` : `${p.field} i ${p.where} ska vara ${p.type}`),
    (p) => (p.field === p.where ? `${p.where}: pitää olla ${p.type}` : `${p.where}: kentän ${p.field} pitää olla ${p.type}`),
  ),
  'not-bilingual': t(
    (p) => `${p.field} of ${p.where} should be given in both languages, as 'sv:' and 'fi:' on their own lines`,
    (p) => `${p.field} i ${p.where} ska anges på båda språken, som 'sv:' och 'fi:' på egna rader`,
    (p) => `${p.where}: ${p.field} annetaan molemmilla kielillä, omille riveilleen 'sv:' ja 'fi:'`,
  ),
  'unknown-status': t(
    (p) => `'${p.value}' is not a status; use one of: ${p.allowed}`,
    (p) => `'${p.value}' är ingen status; använd någon av: ${p.allowed}`,
    (p) => `'${p.value}' ei ole tila; käytä jotakin näistä: ${p.allowed}`,
  ),
  'invalid-value': t((p) => `${p.field} of ${p.where} is '${p.value}'; allowed: ${p.allowed}`, (p) => `${p.field} i ${p.where} är '${p.value}'; tillåtet: ${p.allowed}`, (p) => `${p.where}: ${p.field} on '${p.value}'; sallitut: ${p.allowed}`),
  'invalid-id': t(
    (p) => `'${p.value}' is not a valid id: use lower-case letters a–z, digits and single hyphens, e.g. '${p.suggestion}'`,
    (p) => `'${p.value}' är inget giltigt id: använd små bokstäver a–z, siffror och enkla bindestreck, t.ex. '${p.suggestion}'`,
    (p) => `'${p.value}' ei kelpaa tunnisteeksi: käytä pieniä kirjaimia a–z, numeroita ja yksittäisiä yhdysmerkkejä, esim. '${p.suggestion}'`,
  ),
  'invalid-format': t((p) => `${p.field} of ${p.where} has the wrong form ('${p.value}'): ${p.expected}`, (p) => `${p.field} i ${p.where} har fel form ('${p.value}'): ${p.expected}`, (p) => `${p.where}: kentän ${p.field} muoto on väärä ('${p.value}'): ${p.expected}`),
  'empty': t((p) => `${p.field} of ${p.where} is empty`, (p) => `${p.field} i ${p.where} är tom`, (p) => `${p.where}: ${p.field} on tyhjä`),
  'out-of-range': t((p) => `${p.field} ${p.value} of ${p.where} should be ${p.op} ${p.limit}`, (p) => `${p.field} ${p.value} i ${p.where} ska vara ${p.op} ${p.limit}`, (p) => `${p.where}: ${p.field} ${p.value}, pitää olla ${p.op} ${p.limit}`),
  'duplicate-item': t((p) => `${p.field} of ${p.where} lists '${p.value}' twice`, (p) => `${p.field} i ${p.where} nämner '${p.value}' två gånger`, (p) => `${p.where}: ${p.field} mainitsee '${p.value}' kahdesti`),
  'no-match': t((p) => `${p.field} of ${p.where} has none of the allowed forms: ${p.expected}`, (p) => `${p.field} i ${p.where} har ingen av de tillåtna formerna: ${p.expected}`, (p) => `${p.where}: ${p.field} ei ole missään sallitussa muodossa: ${p.expected}`),
  'schema': t((p) => `${p.where}: ${p.detail}`, (p) => `${p.where}: ${p.detail}`, (p) => `${p.where}: ${p.detail}`),
  'duplicate-id': t(
    (p) => `the id '${p.id}' is already used by another ${p.kind} (line ${p.other}); ids must be unique`,
    (p) => `id:t '${p.id}' används redan av ${p.kind} på rad ${p.other}; id:n ska vara unika`,
    (p) => `tunniste '${p.id}' on jo käytössä (${p.kind}, rivi ${p.other}); tunnisteiden on oltava yksilöllisiä`,
  ),
  'unknown-actor': t(
    (p) => `${p.where} names the actor '${p.value}', which is not in the actors registry (${p.registry})${p.suggestion ? `; did you mean '${p.suggestion}'?` : ''}`,
    (p) => `${p.where} nämner aktören '${p.value}', som inte finns i aktörsregistret (${p.registry})${p.suggestion ? `; menade du '${p.suggestion}'?` : ''}`,
    (p) => `${p.where}: toimijaa '${p.value}' ei ole toimijarekisterissä (${p.registry})${p.suggestion ? `; tarkoititko '${p.suggestion}'?` : ''}`,
  ),
  'unknown-indicator': t(
    (p) => `${p.where} refers to the indicator '${p.value}', which is not in the indicators registry (${p.registry})${p.suggestion ? `; did you mean '${p.suggestion}'?` : ''}`,
    (p) => `${p.where} hänvisar till indikatorn '${p.value}', som inte finns i indikatorregistret (${p.registry})${p.suggestion ? `; menade du '${p.suggestion}'?` : ''}`,
    (p) => `${p.where}: mittaria '${p.value}' ei ole mittarirekisterissä (${p.registry})${p.suggestion ? `; tarkoititko '${p.suggestion}'?` : ''}`,
  ),
  'unknown-municipality': t(
    (p) => `'${p.value}' is not a municipality of this project (${p.allowed})`,
    (p) => `'${p.value}' är ingen kommun i detta projekt (${p.allowed})`,
    (p) => `'${p.value}' ei ole tämän projektin kunta (${p.allowed})`,
  ),
  'year-outside-period': t(
    (p) => `the assessment year ${p.year} is outside the plan period ${p.start}–${p.end}`,
    (p) => `bedömningsåret ${p.year} ligger utanför planperioden ${p.start}–${p.end}`,
    (p) => `arviointivuosi ${p.year} on suunnitelmakauden ${p.start}–${p.end} ulkopuolella`,
  ),
  'duplicate-assessment': t(
    (p) => `${p.where} is assessed twice for ${p.year}${p.municipality ? ` (${p.municipality})` : ''}; the first is on line ${p.other}`,
    (p) => `${p.where} har två bedömningar för ${p.year}${p.municipality ? ` (${p.municipality})` : ''}; den första på rad ${p.other}`,
    (p) => `${p.where}: vuodelle ${p.year}${p.municipality ? ` (${p.municipality})` : ''} on kaksi arviointia; ensimmäinen rivillä ${p.other}`,
  ),
  'assessment-municipality': t(
    (p) => `the assessment must say which municipality it is for ('municipality:'), since ${p.where} is carried by ${p.allowed}`,
    (p) => `bedömningen ska ange vilken kommun den gäller ('municipality:'), eftersom ${p.where} genomförs av ${p.allowed}`,
    (p) => `arvioinnin on kerrottava, mitä kuntaa se koskee ('municipality:'), koska ${p.where} kuuluu kunnille ${p.allowed}`,
  ),
  // Swedish says the language after the field ("namn på finska"): its adjective would take the field's gender.
  'missing-translation': t(
    (p) => `${p.where} has no ${p.language} ${p.field}`,
    (p) => `${p.where} saknar ${p.field} på ${p.code === 'sv' ? 'svenska' : 'finska'}`,
    (p) => `${p.where}: ${p.language} ${p.field} puuttuu`,
  ),
  'yaml-syntax': t((p) => `YAML syntax error: ${p.detail}`, (p) => `YAML-syntaxfel: ${p.detail}`, (p) => `YAML-syntaksivirhe: ${p.detail}`),
  'duplicate-key': t(
    (p) => `'${p.key}' appears twice here; each field may be given once`,
    (p) => `'${p.key}' förekommer två gånger här; varje fält får anges en gång`,
    (p) => `'${p.key}' esiintyy tässä kahdesti; kukin kenttä annetaan vain kerran`,
  ),
  'tab-indent': t(
    () => 'a tab is used for indentation; YAML indents with spaces only',
    () => 'tabbtecken används för indrag; YAML drar in med mellanslag',
    () => 'sisennyksessä on sarkain; YAML sisennetään vain välilyönneillä',
  ),
  'multiple-documents': t(
    () => "the file holds several YAML documents (separated by '---'); a welfare file holds one",
    () => "filen innehåller flera YAML-dokument (åtskilda av '---'); en välfärdsfil innehåller ett",
    () => "tiedostossa on useita YAML-dokumentteja ('---' erottaa); welfare-tiedostossa on yksi",
  ),
  'too-deep': t(
    () => 'the YAML is nested too deeply to read; a welfare file is only a few levels deep',
    () => 'YAML-strukturen är för djupt nästlad för att läsas; en välfärdsfil har bara några nivåer',
    () => 'YAML on sisäkkäistetty liian syvälle luettavaksi; welfare-tiedostossa on vain muutama taso',
  ),
  'empty-file': t(() => 'the file is empty', () => 'filen är tom', () => 'tiedosto on tyhjä'),
  'not-utf8': t(
    () => 'the file is not UTF-8 text; save it as UTF-8 (in Excel or Notepad: "Save as", encoding UTF-8)',
    () => 'filen är inte UTF-8-text; spara den som UTF-8 (i Excel eller Anteckningar: "Spara som", kodning UTF-8)',
    () => 'tiedosto ei ole UTF-8-tekstiä; tallenna se UTF-8-muodossa (Excelissä tai Muistiossa: "Tallenna nimellä", koodaus UTF-8)',
  ),
  'not-text': t(() => 'this is a binary file, not YAML text', () => 'detta är en binärfil, inte YAML-text', () => 'tämä on binääritiedosto, ei YAML-tekstiä'),
  'file-too-large': t(
    (p) => `the file is ${p.size} MB, more than a welfare file may be (${p.limit} MB; WELFARE_MAX_FILE_MB raises the limit)`,
    (p) => `filen är ${p.size} MB, större än en välfärdsfil får vara (${p.limit} MB; WELFARE_MAX_FILE_MB höjer gränsen)`,
    (p) => `tiedosto on ${p.size} Mt, suurempi kuin welfare-tiedosto saa olla (${p.limit} Mt; WELFARE_MAX_FILE_MB nostaa rajaa)`,
  ),
  'alias-limit': t(
    (p) => `the file expands more than ${p.limit} YAML aliases (*name); is it an alias bomb?`,
    (p) => `filen expanderar fler än ${p.limit} YAML-alias (*namn); är det en aliasbomb?`,
    (p) => `tiedosto laajentaa yli ${p.limit} YAML-aliasta (*nimi); onko se aliaspommi?`,
  ),
  'outside-project': t(
    (p) => `'${p.value}' leads outside the project folder${p.target ? ` (to ${p.target})` : ''}; welfare reads and writes only inside the folder of welfare.config.yaml`,
    (p) => `'${p.value}' leder utanför projektmappen${p.target ? ` (till ${p.target})` : ''}; welfare läser och skriver bara i mappen där welfare.config.yaml finns`,
    (p) => `'${p.value}' johtaa projektikansion ulkopuolelle${p.target ? ` (kohteeseen ${p.target})` : ''}; welfare lukee ja kirjoittaa vain welfare.config.yaml-tiedoston kansiossa`,
  ),
  'missing-file': t((p) => `the file '${p.value}' does not exist`, (p) => `filen '${p.value}' finns inte`, (p) => `tiedostoa '${p.value}' ei ole`),
  'unknown-kind': t(
    (p) => `cannot tell what kind of welfare file this is; start it with a '# yaml-language-server: $schema=…' line naming its schema (${p.allowed})`,
    (p) => `det framgår inte vilken sorts välfärdsfil detta är; börja filen med en rad '# yaml-language-server: $schema=…' som anger schemat (${p.allowed})`,
    (p) => `tiedoston lajia ei tunnisteta; aloita tiedosto rivillä '# yaml-language-server: $schema=…', joka nimeää skeeman (${p.allowed})`,
  ),
};

export function message(lang: MessageLanguage, rule: string, params: P): string {
  const template = own(templates, rule) ?? templates.schema!;
  return template[lang](params);
}

/**
 * The language of messages: the flag, else WELFARE_LANG, else the locale (sv_FI.UTF-8 → sv), else
 * the project's first language, else English.
 */
export function messageLanguageFrom(flag: string | undefined, projectLanguages: readonly string[] = [], env: NodeJS.ProcessEnv = process.env): MessageLanguage {
  for (const candidate of [flag, env.WELFARE_LANG, env.LC_ALL, env.LC_MESSAGES, env.LANG, ...projectLanguages]) {
    const code = candidate?.slice(0, 2).toLowerCase();
    if (code && (messageLanguages as readonly string[]).includes(code)) return code as MessageLanguage;
  }
  return 'en';
}
