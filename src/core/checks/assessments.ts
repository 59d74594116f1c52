import { lineOf } from '../findings.js';
import type { DataPath } from '../source.js';
import { eachItem, eachMatrixItem, isObj, list, type Check } from './context.js';

/**
 * Each action is assessed at most once a year per municipality, within the plan period, and
 * an action carried by several municipalities says whose assessment each one is.
 */
export const assessments: Check = (ctx) => {
  for (const { file, kind } of ctx.files) {
    if (kind !== 'matrix' || !isObj(file.data)) continue;
    const matrixPeriod = isObj(file.data.period) ? file.data.period : undefined;
    const period = matrixPeriod && typeof matrixPeriod.start === 'number' && typeof matrixPeriod.end === 'number' ? { start: matrixPeriod.start, end: matrixPeriod.end } : ctx.period;
    const matrixMunicipalities = list(file.data.municipalities).filter((m): m is string => typeof m === 'string');
    eachMatrixItem(file.data, {
      action: (action, path) => {
        const where = ctx.findings.where(file, kind, path);
        const carriers = list(action.municipalities).filter((m): m is string => typeof m === 'string');
        const carriedBy = carriers.length > 0 ? carriers : matrixMunicipalities;
        const seen = new Map<string, DataPath>();
        eachItem(action, 'assessments', path, (a, aPath) => {
          if (typeof a.year !== 'number') return;
          if (period && (a.year < period.start || a.year > period.end)) {
            ctx.findings.add(file, [...aPath, 'year'], 'year-outside-period', { year: a.year, start: period.start, end: period.end });
          }
          const municipality = typeof a.municipality === 'string' ? a.municipality : carriedBy.length === 1 ? carriedBy[0]! : '';
          if (!municipality && carriedBy.length > 1) {
            ctx.findings.add(file, aPath, 'assessment-municipality', { where, allowed: carriedBy.join(', ') });
          }
          const key = `${a.year}/${municipality}`;
          const first = seen.get(key);
          if (first) {
            ctx.findings.add(file, [...aPath, 'year'], 'duplicate-assessment', { where, year: a.year, municipality: carriedBy.length > 1 ? municipality : '', other: lineOf(file, first) });
          } else seen.set(key, aPath);
        });
      },
    });
  }
};
