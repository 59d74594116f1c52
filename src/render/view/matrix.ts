import type { ActionMatrix, Municipality, Status, Text } from '../../generated/types.js';
import { joinText } from './compose.js';
import { assessedBy, carriersOf, type ProjectNames } from './project-names.js';

/** An action matrix as the report's appendix table: MÅL, ÅTGÄRD, INDIKATOR, ANSVARIG AKTÖR, and the yearly assessments. */
export interface MatrixTable {
  anchor: string;
  /** Whether the table names the municipality of each action (the joint matrix). */
  showMunicipality: boolean;
  /** The years with assessments: one column each. */
  years: number[];
  focusAreas: {
    anchor: string;
    /** "1. Involvering av invånarna": the published matrices number their focus areas. */
    caption: Text;
    goals: { text: Text; actions: MatrixRow[] }[];
  }[];
}

export interface MatrixRow {
  id: string;
  text: Text;
  municipalities: Text[];
  indicators: { text: Text; href: string | null }[];
  actors: Text[];
  /** Aligned with the table's years: that year's assessments, one per municipality. */
  assessments: { entries: { municipality: Text | null; status: Status }[] }[];
}

/**
 * The table of one matrix. `indicatorHref` links an indicator to where the document shows its
 * values, when it does.
 */
export function matrixTable(matrix: ActionMatrix, names: ProjectNames, options: { anchor: string; municipality: Municipality | null; indicatorHref: (id: string) => string | null }): MatrixTable {
  const years = new Set<number>();
  for (const fa of matrix.focusAreas) for (const goal of fa.goals) for (const action of goal.actions) for (const a of action.assessments ?? []) years.add(a.year);
  const yearList = [...years].sort((a, b) => a - b);
  const showMunicipality = options.municipality === null;
  return {
    anchor: options.anchor,
    showMunicipality,
    years: yearList,
    focusAreas: matrix.focusAreas.map((fa, i) => ({
      anchor: `${options.anchor}-${fa.id}`,
      caption: joinText(`${i + 1}. `, fa.title),
      goals: fa.goals.map((goal) => ({
        text: goal.text,
        actions: goal.actions.map((action) => {
          const carriers = carriersOf(action, matrix);
          return {
            id: action.id,
            text: action.text,
            municipalities: carriers.map((m) => names.municipality(m)),
            indicators: action.indicators.map((use) => ({ text: names.indicatorUse(use), href: use.ref ? options.indicatorHref(use.ref) : null })),
            actors: action.actors.map((a) => names.actor(a)),
            assessments: yearList.map((year) => ({
              entries: (action.assessments ?? [])
                .filter((a) => a.year === year)
                .map((a) => {
                  const by = assessedBy(a, action, matrix);
                  // The municipality is worth naming only where the action has several.
                  return { municipality: carriers.length > 1 && by ? names.municipality(by) : null, status: a.status };
                }),
            })),
          };
        }),
      })),
    })),
  };
}
