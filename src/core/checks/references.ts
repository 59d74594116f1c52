import { suggest } from '../suggest.js';
import { eachItem, eachMatrixItem, isObj, list, type Check, type CheckContext } from './context.js';
import type { DataPath, SourceFile } from '../source.js';
import type { DocumentKind } from '../kinds.js';

/** Actors, indicators and municipalities named anywhere must exist where they are defined. */
export const references: Check = (ctx) => {
  for (const { file, kind } of ctx.files) {
    const municipality = (value: unknown, path: DataPath) => checkMunicipality(ctx, file, kind, value, path);
    if (kind === 'matrix') {
      if (isObj(file.data)) list(file.data.municipalities).forEach((m, i) => municipality(m, ['municipalities', i]));
      eachMatrixItem(file.data, {
        action: (action, path) => {
          // Worded only for an action with a message: most have none.
          const where = () => ctx.findings.where(file, kind, path);
          if (ctx.actorIds) {
            list(action.actors).forEach((actor, i) => {
              if (typeof actor === 'string' && !ctx.actorIds!.has(actor)) {
                ctx.findings.add(file, [...path, 'actors', i], 'unknown-actor', { where: where(), value: actor, registry: ctx.actorsFile ?? '', suggestion: suggest(actor, [...ctx.actorIds!]) ?? '' });
              }
            });
          }
          if (ctx.indicatorIds) {
            eachItem(action, 'indicators', path, (use, usePath) => {
              if (typeof use.ref === 'string' && !ctx.indicatorIds!.has(use.ref)) {
                ctx.findings.add(file, [...usePath, 'ref'], 'unknown-indicator', { where: where(), value: use.ref, registry: ctx.indicatorsFile ?? '', suggestion: suggest(use.ref, [...ctx.indicatorIds!]) ?? '' });
              }
            });
          }
          list(action.municipalities).forEach((m, i) => municipality(m, [...path, 'municipalities', i]));
          eachItem(action, 'assessments', path, (a, aPath) => municipality(a.municipality, [...aPath, 'municipality']));
        },
      });
    } else if (kind === 'actors') {
      const ids = new Set(list(isObj(file.data) ? file.data.actors : []).flatMap((a) => (isObj(a) && typeof a.id === 'string' ? [a.id] : [])));
      eachItem(file.data, 'actors', [], (actor, path) => {
        list(actor.municipalities).forEach((m, i) => municipality(m, [...path, 'municipalities', i]));
        if (typeof actor.parent === 'string' && !ids.has(actor.parent)) {
          ctx.findings.add(file, [...path, 'parent'], 'unknown-actor', { where: ctx.findings.where(file, kind, path), value: actor.parent, registry: file.path, suggestion: suggest(actor.parent, [...ids]) ?? '' });
        }
      });
    } else if (kind === 'indicators') {
      // Values are kept per municipality or per reference region of the same file.
      const regionIds = list(isObj(file.data) ? file.data.regions : []).flatMap((r) => (isObj(r) && typeof r.id === 'string' ? [r.id] : []));
      eachItem(file.data, 'regions', [], (region, path) => list(region.municipalities).forEach((m, i) => municipality(m, [...path, 'municipalities', i])));
      eachItem(file.data, 'indicators', [], (indicator, path) => {
        if (isObj(indicator.values)) for (const m of Object.keys(indicator.values)) checkMunicipality(ctx, file, kind, m, [...path, 'values', m], 'key', regionIds);
      });
    } else if (kind === 'content') {
      // A section's scopes are the folders of the output: a municipality, or the joint documents.
      const joint = (ctx.municipalityIds?.length ?? 0) > 1 ? ['joint'] : [];
      eachItem(file.data, 'sections', [], (section, path) => list(section.scopes).forEach((s, i) => checkMunicipality(ctx, file, kind, s, [...path, 'scopes', i], 'value', joint)));
    } else if (kind === 'config' && isObj(file.data) && isObj(file.data.merge)) {
      const merge = file.data.merge;
      list(merge.order).forEach((m, i) => municipality(m, ['merge', 'order', i]));
      if (isObj(merge.resolutions)) {
        for (const [id, r] of Object.entries(merge.resolutions)) if (isObj(r)) municipality(r.prefer, ['merge', 'resolutions', id, 'prefer']);
      }
    }
  }
};

/** `also`: the other ids allowed in the place (reference regions, 'joint'). */
function checkMunicipality(ctx: CheckContext, file: SourceFile, _kind: DocumentKind, value: unknown, path: DataPath, at: 'key' | 'value' = 'value', also: string[] = []) {
  if (!ctx.municipalityIds || typeof value !== 'string' || ctx.municipalityIds.includes(value) || also.includes(value)) return;
  ctx.findings.add(file, path, 'unknown-municipality', { value, allowed: [...ctx.municipalityIds, ...also].join(', ') }, { at });
}
