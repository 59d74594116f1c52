import type { Language, Status } from '../generated/types.js';

type Label = Record<Language, string>;
const l = (sv: string, fi: string): Label => ({ sv, fi });

/**
 * Every word the documents themselves print, in Swedish and Finnish. Templates name them with
 * `{{label "key"}}`; a key that is not here is a template error, never an empty heading.
 */
export const labels = {
  // The documents
  report: l('Välfärdsberättelse', 'Hyvinvointikertomus'),
  overview: l('Välfärdsöversikt', 'Hyvinvointikatsaus'),
  plan: l('Välfärdsplan', 'Hyvinvointisuunnitelma'),
  matrix: l('Åtgärdsmatris', 'Toimenpidematriisi'),
  jointMatrix: l('Gemensam åtgärdsmatris', 'Yhteinen toimenpidematriisi'),
  joint: l('Gemensamma dokument', 'Yhteiset asiakirjat'),

  // Navigation and cover
  contents: l('Innehåll', 'Sisällys'),
  skipToContent: l('Hoppa till innehållet', 'Siirry sisältöön'),
  preparedBy: l('Utarbetad av', 'Laatija'),
  date: l('Datum', 'Päivämäärä'),
  period: l('Planperiod', 'Suunnitelmakausi'),
  municipalities: l('Kommuner', 'Kunnat'),
  municipalityCode: l('kommunnummer', 'kuntanumero'),
  languageVersions: l('Språkversioner', 'Kieliversiot'),

  // The report's chapters (THL's structure)
  summary: l('Sammandrag', 'Tiivistelmä'),
  background: l('Bakgrund, syfte och mål', 'Tausta, tarkoitus ja tavoitteet'),
  residents: l('Invånarnas välfärd, hälsa och tjänster', 'Asukkaiden hyvinvointi, terveys ja palvelut'),
  strengths: l('Styrkor och utvecklingsområden', 'Vahvuudet ja kehittämiskohteet'),
  appendices: l('Bilagor', 'Liitteet'),
  appendix: l('Bilaga', 'Liite'),

  // The action matrix
  focusArea: l('Tyngdpunkt', 'Painopiste'),
  goal: l('Mål', 'Tavoite'),
  /** Beside a goal repeated at the top of a page its actions run onto. */
  continued: l('forts.', 'jatkuu'),
  action: l('Åtgärd', 'Toimenpide'),
  actions: l('Åtgärder', 'Toimenpiteet'),
  indicator: l('Indikator', 'Mittari'),
  actor: l('Ansvarig aktör', 'Vastuutaho'),
  municipality: l('Kommun', 'Kunta'),
  assessment: l('Bedömning', 'Arviointi'),
  status: l('Status', 'Tila'),
  comment: l('Kommentar', 'Kommentti'),
  notAssessed: l('Inte bedömd', 'Ei arvioitu'),

  // Indicators
  source: l('Källa', 'Lähde'),
  retrieved: l('hämtad', 'haettu'),
  sotkanetIndicator: l('indikator', 'indikaattori'),
  ownStatistics: l('Egen statistik', 'Oma tilasto'),
  illustrativeValues: l('illustrativa värden för ett exempel, inte uppmätt statistik', 'esimerkin havainnollistavat arvot, eivät mitattua tilastoa'),
  area: l('Område', 'Alue'),
  standing: l('Läget jämfört med jämförelseområdena', 'Tilanne vertailualueisiin verrattuna'),
  better: l('bättre', 'parempi'),
  worse: l('sämre', 'heikompi'),
  noValue: l('uppgift saknas', 'tieto puuttuu'),
  change: l('Förändring', 'Muutos'),
  trend: l('Utveckling', 'Kehitys'),
  trendDescription: l('Linjediagram över värdena per år; samma värden finns i tabellen nedan.', 'Viivakaavio vuosittaisista arvoista; samat arvot ovat alla olevassa taulukossa.'),
  higherIsBetter: l('Ett högre värde är bättre.', 'Suurempi arvo on parempi.'),
  lowerIsBetter: l('Ett lägre värde är bättre.', 'Pienempi arvo on parempi.'),
  noIndicatorValues: l('Inga indikatorvärden.', 'Ei mittariarvoja.'),

  // The annual overview
  statusSummary: l('Åtgärdernas status', 'Toimenpiteiden tila'),
  statusByFocusArea: l('Åtgärdernas status per tyngdpunkt', 'Toimenpiteiden tila painopisteittäin'),
  statusByMunicipality: l('Åtgärdernas status per kommun', 'Toimenpiteiden tila kunnittain'),
  statusChartDescription: l('Stapeldiagram över antalet åtgärder per status; samma tal finns i tabellen.', 'Pylväskaavio toimenpiteiden määrästä tiloittain; samat luvut ovat taulukossa.'),
  total: l('Totalt', 'Yhteensä'),
  actionsThisYear: l('Åtgärderna år', 'Toimenpiteet vuonna'),
  changesSince: l('Förändringar sedan', 'Muutokset vuodesta'),
  noChanges: l('Ingen åtgärd har bytt status.', 'Yhdenkään toimenpiteen tila ei muuttunut.'),
  // How an action's status changed since the year before (overview.ts: ChangeKind)
  improved: l('Bättre', 'Parempi'),
  weakened: l('Sämre', 'Heikompi'),
  dropped: l('Struken', 'Poistettu'),
  newlyAssessed: l('Ny bedömning', 'Uusi arvio'),
  noLongerAssessed: l('Inte bedömd i år', 'Ei arvioitu tänä vuonna'),
  unchanged: l('Oförändrad', 'Ennallaan'),
  changeSummary: l('Förändringar i siffror', 'Muutokset lukuina'),
  indicatorValues: l('Indikatorerna jämfört med tidigare år', 'Mittarit verrattuna aiempiin vuosiin'),

  // A text that lacks the document's language
  missingTranslation: l('översättning saknas', 'käännös puuttuu'),
  inSwedish: l('på svenska', 'ruotsiksi'),
  inFinnish: l('på finska', 'suomeksi'),

  // Printed page footer
  page: l('Sida', 'Sivu'),
  pageOf: l('av', '/'),
} as const satisfies Record<string, Label>;

export type LabelKey = keyof typeof labels;

export const isLabelKey = (key: string): key is LabelKey => Object.hasOwn(labels, key);

/** How a municipality's value compares with a reference region's: the words before and after the region's name. */
export const comparisonLabels = {
  higher: { before: l('högre', 'suurempi'), after: l('än', 'kuin') },
  lower: { before: l('lägre', 'pienempi'), after: l('än', 'kuin') },
  same: { before: l('på samma nivå', 'samalla tasolla'), after: l('som', 'kuin') },
} as const;

/** Words that follow a count, singular and plural: `{{count n "actions"}}` gives "3 åtgärder". */
export const countedLabels = {
  actions: { sv: ['åtgärd', 'åtgärder'], fi: ['toimenpide', 'toimenpidettä'] },
} as const satisfies Record<string, Record<Language, readonly [string, string]>>;

/** The status vocabulary of annual reporting (domain.md). */
export const statusLabels: Record<Status, Label> = {
  achieved: l('Uppnått', 'Toteutunut'),
  partly: l('Delvis uppnått', 'Osittain toteutunut'),
  ongoing: l('Pågår', 'Käynnissä'),
  'not-started': l('Inte påbörjat', 'Ei aloitettu'),
  'not-achieved': l('Inte uppnått', 'Ei toteutunut'),
  dropped: l('Stryks', 'Poistettu'),
};

/** The statuses in the order tables and charts list them: from done to given up. */
export const statusOrder: readonly Status[] = ['achieved', 'partly', 'ongoing', 'not-started', 'not-achieved', 'dropped'];
