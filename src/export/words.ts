import type { Language, Text } from '../generated/types.js';

type Words = Record<Language, string>;
const w = (sv: string, fi: string): Words => ({ sv, fi });

/**
 * The column headers of the exported matrix and status form. `welfare import --assessments`
 * finds the form's columns by these headers, in either language (docs/workflow.md).
 */
export const headers = {
  id: w('Id', 'Tunniste'),
  municipality: w('Kommun', 'Kunta'),
  year: w('År', 'Vuosi'),
  focusArea: w('Tyngdpunkt', 'Painopiste'),
  goal: w('Mål', 'Tavoite'),
  action: w('Åtgärd', 'Toimenpide'),
  indicators: w('Indikatorer', 'Mittarit'),
  actors: w('Ansvariga aktörer', 'Vastuutahot'),
  status: w('Status', 'Tila'),
  comment: w('Kommentar', 'Kommentti'),
} satisfies Record<string, Words>;

export const formTitle = w('Årlig bedömning', 'Vuosittainen arviointi');
export const matrixTitle = w('Åtgärdsmatris', 'Toimenpidematriisi');
export const statusHelp = w('Välj en status i listan.', 'Valitse tila luettelosta.');

/** A text in the export's language; the other language stands in rather than an empty cell. */
export function inLanguage(text: Text | undefined, lang: Language): string {
  return text?.[lang] ?? text?.[lang === 'sv' ? 'fi' : 'sv'] ?? '';
}
