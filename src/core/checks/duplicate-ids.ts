import { lineOf } from '../findings.js';
import type { DataPath, SourceFile } from '../source.js';
import { eachItem, eachMatrixItem, type Check, type Obj } from './context.js';
import { entityName } from '../messages.js';

/** Ids must be unique: merging, assessments and references all find things by id. */
export const duplicateIds: Check = (ctx) => {
  for (const { file, kind } of ctx.files) {
    const scopes = new Map<string, Map<string, DataPath>>();
    const see = (scope: string, item: Obj, path: DataPath) => {
      if (typeof item.id !== 'string') return;
      const seen = scopes.get(scope) ?? scopes.set(scope, new Map()).get(scope)!;
      const first = seen.get(item.id);
      if (!first) return void seen.set(item.id, path);
      report(file, path, item.id, scope, first);
    };
    const report = (f: SourceFile, path: DataPath, id: string, scope: string, first: DataPath) =>
      ctx.findings.add(f, [...path, 'id'], 'duplicate-id', { id, kind: entityName(scope.replace(/@.*/, ''), ctx.findings.lang) ?? scope, other: lineOf(f, [...first, 'id']) });

    if (kind === 'matrix') {
      eachMatrixItem(file.data, {
        focusArea: (o, p) => see('focusAreas', o, p),
        goal: (o, p) => see('goals', o, p),
        action: (o, p) => see('actions', o, p),
      });
    } else if (kind === 'content') {
      // A section id may be given once shared and once per scope: only two versions for the same documents clash.
      eachItem(file.data, 'sections', [], (o, p) => {
        const scopes = Array.isArray(o.scopes) ? o.scopes.filter((s): s is string => typeof s === 'string') : ['*'];
        for (const scope of new Set(scopes)) see(`sections@${scope}`, o, p);
      });
    } else {
      const listKey = { config: 'municipalities', actors: 'actors', indicators: 'indicators' }[kind];
      eachItem(file.data, listKey, [], (o, p) => see(listKey, o, p));
      if (kind === 'indicators') eachItem(file.data, 'regions', [], (o, p) => see('regions', o, p));
    }
  }
};
