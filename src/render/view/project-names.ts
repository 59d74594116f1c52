import type { Action, ActionMatrix, AnnualAssessment, IndicatorUse, Text } from '../../generated/types.js';
import type { Project } from '../../core/model.js';

/** Looks up what a matrix names by id (municipalities, actors, indicators) for the documents. */
export class ProjectNames {
  private readonly municipalities: Map<string, Text>;
  constructor(private readonly project: Project) {
    this.municipalities = new Map(project.config.municipalities.map((m) => [m.id, m.name]));
  }

  municipality(id: string): Text {
    return this.municipalities.get(id) ?? { sv: id, fi: id };
  }

  actor(id: string): Text {
    return this.project.actors.get(id)?.name ?? { sv: id, fi: id };
  }

  /** An action's indicator in words: its own text or the registry's name. */
  indicatorUse(use: IndicatorUse): Text {
    if (use.text) return use.text;
    return this.project.indicators.get(use.ref ?? '')?.name ?? { sv: use.ref ?? '', fi: use.ref ?? '' };
  }
}

/** The municipalities that carry an action: its own list, else its matrix's. */
export const carriersOf = (action: Action, matrix: ActionMatrix): string[] => action.municipalities ?? matrix.municipalities;

/** Whose assessment this is: named, or the one municipality that carries the action. */
export function assessedBy(assessment: AnnualAssessment, action: Action, matrix: ActionMatrix): string | undefined {
  if (assessment.municipality) return assessment.municipality;
  const carriers = carriersOf(action, matrix);
  return carriers.length === 1 ? carriers[0] : undefined;
}
