import { phrase } from '../core/messages.js';
import type { MunicipalityMatrix, Project } from '../core/model.js';
import type { Action, AnnualAssessment, FocusArea, Goal, Language, Period } from '../generated/types.js';
import { inLanguage } from './words.js';

/** An action with the focus area and goal it stands under. */
export interface PlacedAction {
  focusArea: FocusArea;
  goal: Goal;
  action: Action;
}

/** The actions a municipality carries in its matrix, in the matrix's order. */
export function actionsOf({ municipality, matrix }: MunicipalityMatrix): PlacedAction[] {
  return matrix.focusAreas.flatMap((focusArea) =>
    focusArea.goals.flatMap((goal) =>
      goal.actions.filter((action) => (action.municipalities ?? matrix.municipalities).includes(municipality.id)).map((action) => ({ focusArea, goal, action })),
    ),
  );
}

/** The municipality's assessment of an action for a year; one without `municipality` is the only carrier's. */
export function assessmentOf(action: Action, municipality: string, year: number): AnnualAssessment | undefined {
  return action.assessments?.find((a) => a.year === year && (a.municipality ?? municipality) === municipality);
}

/** The responsible actors by name, one per line. */
export function actorNames(project: Project, action: Action, lang: Language): string {
  return action.actors.map((id) => inLanguage(project.actors.get(id)?.name, lang) || id).join('\n');
}

/** The indicators in words, one per line: a registry indicator by its name. */
export function indicatorTexts(project: Project, action: Action, lang: Language): string {
  return action.indicators.map((use) => (use.ref ? inLanguage(project.indicators.get(use.ref)?.name, lang) || use.ref : inLanguage(use.text, lang))).join('\n');
}

export function periodOf(entry: MunicipalityMatrix, project: Project): Period {
  return entry.matrix.period ?? project.config.period;
}

/** A year no assessment of the matrix can be for: "2031 is outside the plan period 2023–2025 of lovisa's matrix". */
export const outsidePeriod = phrase<{ year: number | string; start: number; end: number; municipality: string }>(
  (p) => `${p.year} is outside the plan period ${p.start}–${p.end} of ${p.municipality}'s matrix`,
  (p) => `${p.year} ligger utanför planperioden ${p.start}–${p.end} i matrisen för ${p.municipality}`,
  (p) => `${p.year} on kunnan ${p.municipality} matriisin suunnitelmakauden ${p.start}–${p.end} ulkopuolella`,
);

/**
 * A worksheet name from a municipality's name, by Excel's rules: none of : \ / ? * [ ], no
 * apostrophe first or last, not "History" (Excel's own), at most 31 UTF-16 units, cut between
 * whole characters (an emoji or a letter with its accent stays whole), and unique without regard
 * to case. Control characters, which no sheet tab can show, become spaces.
 */
export function sheetName(name: string, taken: Set<string>): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/[:\\/?*[\]\p{Cc}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s']+|[\s']+$/g, '');
  const base = cleaned || 'Sheet';
  const unusable = (name: string) => taken.has(name.toLowerCase()) || name.toLowerCase() === 'history';
  let candidate = fit(base, 31);
  for (let n = 2; unusable(candidate); n++) candidate = `${fit(base, 31 - ` ${n}`.length)} ${n}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/** The longest start of a text of whole graphemes within `units` UTF-16 units, with no apostrophe or space last. */
function fit(text: string, units: number): string {
  let out = '';
  for (const { segment } of new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)) {
    if (out.length + segment.length > units) break;
    out += segment;
  }
  return out.replace(/[\s']+$/, '') || 'Sheet';
}
