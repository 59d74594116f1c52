import type { MunicipalityMatrix, Project } from '../core/model.js';
import type { Language } from '../generated/types.js';
import { statusLabels } from '../render/labels.js';
import { actionsOf, actorNames, assessmentOf, sheetName } from './actions.js';
import type { Column, Sheet } from './sheet.js';
import { headers, inLanguage } from './words.js';

/**
 * The yearly status form the responsible actors fill in. Every row says which action, which
 * municipality and which year it is about, so the filled form can be read back whatever the
 * file's name, the sheet's name or the order the rows were sorted into (docs/workflow.md).
 * A status or comment already in the matrix is filled in, so a form can be sent out again.
 */
export function formSheets(project: Project, matrices: MunicipalityMatrix[], lang: Language, year: number): Sheet[] {
  const columns: Column[] = [
    { header: headers.id[lang], width: 24 },
    { header: headers.municipality[lang], width: 12 },
    { header: headers.year[lang], width: 8 },
    { header: headers.action[lang], width: 60 },
    { header: headers.actors[lang], width: 32 },
    { header: headers.status[lang], width: 22, status: true, answer: true },
    { header: headers.comment[lang], width: 60, answer: true },
  ];
  const taken = new Set<string>();
  return matrices.map((entry) => ({
    name: sheetName(inLanguage(entry.municipality.name, lang) || entry.municipality.id, taken),
    columns,
    protect: true,
    rows: actionsOf(entry).map(({ action }) => {
      const assessment = assessmentOf(action, entry.municipality.id, year);
      return [
        action.id,
        entry.municipality.id,
        year,
        inLanguage(action.text, lang),
        actorNames(project, action, lang),
        assessment ? statusLabels[assessment.status][lang] : '',
        inLanguage(assessment?.comment, lang),
      ];
    }),
  }));
}
