import type { Action, AnnualAssessment } from '../../generated/types.js';
import type { MergeReport, Place } from './messages.js';
import { combineOptionalText } from './text.js';
import type { Occurrence } from './versions.js';

/**
 * The assessments of one action from all its appearances, each naming its municipality. They are
 * per municipality and year, so they never compete, unless the same municipality and year comes
 * twice with a different status or comment.
 */
export function mergeAssessments(occurrences: readonly Occurrence<Action>[], where: string, report: MergeReport): AnnualAssessment[] {
  const kept = new Map<string, { assessment: AnnualAssessment; place: Place }>();
  for (const occurrence of occurrences) {
    occurrence.item.assessments?.forEach((a, i) => {
      const place = { file: occurrence.file, path: [...occurrence.path, 'assessments', i] };
      const municipality = a.municipality ?? (occurrence.carriers.length === 1 ? occurrence.carriers[0] : undefined);
      if (!municipality) return report.add('error', 'assessment-municipality', place, { where, allowed: occurrence.carriers.join(', ') });
      const key = `${municipality}/${a.year}`;
      const first = kept.get(key);
      if (!first) {
        kept.set(key, { assessment: { year: a.year, municipality, status: a.status, ...(a.comment ? { comment: a.comment } : {}) }, place });
        return;
      }
      const comment = first.assessment.status === a.status ? combineOptionalText(first.assessment.comment, a.comment) : undefined;
      if (!comment) return report.pair('error', 'assessment-conflict', first.place, place, () => ({ where, year: a.year, municipality }));
      if (comment.text) first.assessment.comment = comment.text;
    });
  }
  return [...kept.values()].map((k) => k.assessment);
}
