import type { MunicipalityMatrix, Project } from '../core/model.js';
import type { Language } from '../generated/types.js';
import { statusLabels } from '../render/labels.js';
import { actionsOf, actorNames, assessmentOf, indicatorTexts, periodOf, sheetName } from './actions.js';
import type { Column, Sheet } from './sheet.js';
import { headers, inLanguage } from './words.js';

/**
 * The action matrix as people who work in Excel want it: one row per action with its focus
 * area, goal, indicators and responsible actors, then a status and a comment per year.
 */
export function matrixSheets(project: Project, matrices: MunicipalityMatrix[], lang: Language): Sheet[] {
  const years = [...new Set(matrices.flatMap((m) => yearsOf(periodOf(m, project))))].sort();
  const columns: Column[] = [
    { header: headers.id[lang], width: 24 },
    { header: headers.municipality[lang], width: 12 },
    { header: headers.focusArea[lang], width: 24 },
    { header: headers.goal[lang], width: 32 },
    { header: headers.action[lang], width: 48 },
    { header: headers.indicators[lang], width: 32 },
    { header: headers.actors[lang], width: 28 },
    ...years.flatMap((year) => [
      { header: `${headers.status[lang]} ${year}`, width: 18, status: true },
      { header: `${headers.comment[lang]} ${year}`, width: 40 },
    ]),
  ];
  const taken = new Set<string>();
  return matrices.map((entry) => ({
    name: sheetName(inLanguage(entry.municipality.name, lang) || entry.municipality.id, taken),
    columns,
    rows: actionsOf(entry).map(({ focusArea, goal, action }) => [
      action.id,
      entry.municipality.id,
      inLanguage(focusArea.title, lang),
      inLanguage(goal.text, lang),
      inLanguage(action.text, lang),
      indicatorTexts(project, action, lang),
      actorNames(project, action, lang),
      ...years.flatMap((year) => {
        const assessment = assessmentOf(action, entry.municipality.id, year);
        return [assessment ? statusLabels[assessment.status][lang] : '', inLanguage(assessment?.comment, lang)];
      }),
    ]),
  }));
}

const yearsOf = ({ start, end }: { start: number; end: number }) => Array.from({ length: end - start + 1 }, (_, i) => start + i);
