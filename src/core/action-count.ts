import type { ActionMatrix } from '../generated/types.js';

/** How many actions a matrix holds, under all its focus areas and goals. */
export const actionCount = (matrix: ActionMatrix): number => matrix.focusAreas.reduce((n, fa) => n + fa.goals.reduce((m, goal) => m + goal.actions.length, 0), 0);
