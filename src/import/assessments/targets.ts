import type { MunicipalityMatrix, Project } from '../../core/model.js';
import type { DataPath } from '../../core/source.js';
import type { Said } from '../../core/errors.js';
import { suggest } from '../../core/suggest.js';
import type { Action } from '../../generated/types.js';
import { said } from '../words.js';

/** An action a form's row is about: the matrix file it is in and where in it. */
export interface Target {
  entry: MunicipalityMatrix;
  action: Action;
  /** The action's path in the matrix (`focusAreas.0.goals.1.actions.2`). */
  path: DataPath;
  /** The municipalities that carry the action; an assessment names its own when there are several. */
  carriers: string[];
}

/**
 * Finds actions the way the form names them: by id and municipality, in that municipality's
 * matrix, as `welfare export --form` wrote its rows. Both matrices may use the same id.
 */
export class ActionTargets {
  private readonly byMunicipality = new Map<string, Map<string, Target>>();

  constructor(project: Project) {
    for (const entry of project.matrices) {
      const actions = new Map<string, Target>();
      entry.matrix.focusAreas.forEach((focusArea, f) =>
        focusArea.goals.forEach((goal, g) =>
          goal.actions.forEach((action, a) => {
            const path = ['focusAreas', f, 'goals', g, 'actions', a];
            actions.set(action.id, { entry, action, path, carriers: action.municipalities ?? entry.matrix.municipalities });
          }),
        ),
      );
      this.byMunicipality.set(entry.municipality.id, actions);
    }
  }

  /** The action, or why the row names none: the message for the report. */
  find(id: string, municipality: string): Target | { not: Said } {
    const municipalities = [...this.byMunicipality.keys()];
    const actions = this.byMunicipality.get(municipality);
    if (!actions) return { not: said('notMunicipality', { municipality, municipalities, guess: suggest(municipality, municipalities) }) };
    const target = actions.get(id);
    if (target && target.carriers.includes(municipality)) return target;
    if (target) return { not: said('carriedByOthers', { id, municipality, carriers: target.carriers }) };
    const elsewhere = municipalities.filter((m) => this.byMunicipality.get(m)!.get(id)?.carriers.includes(m));
    if (elsewhere.length > 0) return { not: said('othersAction', { id, municipality, elsewhere }) };
    return { not: said('noSuchAction', { id, municipality, guess: suggest(id, [...actions.keys()]) }) };
  }
}
