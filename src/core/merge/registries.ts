import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { sortDiagnostics } from '../../diagnostics/diagnostic.js';
import type { Actor, ActorsRegistry, Indicator, IndicatorSource, IndicatorsRegistry, ReferenceRegion } from '../../generated/types.js';
import type { SourceFile } from '../source.js';
import { MergeReport, type Place } from './messages.js';
import type { MergeOptions } from './options.js';
import { municipalityOrder, rankInputs, sortedIds } from './order.js';
import { combineOptionalText, combineText } from './text.js';
import { reportConflicts, versionsOf, type Comparison, type Occurrence } from './versions.js';
import { reportSameWording } from './wording.js';

export interface RegistryInput<R> {
  registry: R;
  file: SourceFile;
}

type Compare = (a: string, b: string) => number;
type Entry = Actor | Indicator;

/**
 * One registry of actors or indicators from several, by the rules of the matrices: entries are
 * matched by id, agreeing entries become one, an id with different content is a conflict. There
 * is nothing to resolve a conflict with: matrices refer to entries by id, so a registry entry
 * cannot be split, and it belongs to no single municipality that could be preferred.
 */
export function mergeRegistries(kind: 'actors', inputs: RegistryInput<ActorsRegistry>[], options?: Omit<MergeOptions, 'resolutions'>): { registry: ActorsRegistry; diagnostics: Diagnostic[] };
export function mergeRegistries(kind: 'indicators', inputs: RegistryInput<IndicatorsRegistry>[], options?: Omit<MergeOptions, 'resolutions'>): { registry: IndicatorsRegistry; diagnostics: Diagnostic[] };
export function mergeRegistries(
  kind: 'actors' | 'indicators',
  inputs: RegistryInput<ActorsRegistry | IndicatorsRegistry>[],
  options: Omit<MergeOptions, 'resolutions'> = {},
): { registry: ActorsRegistry | IndicatorsRegistry; diagnostics: Diagnostic[] } {
  const compare = municipalityOrder(options.order);
  const report = new MergeReport(options.lang ?? 'en');
  const entriesOf = (input: RegistryInput<ActorsRegistry | IndicatorsRegistry>): Entry[] => ('actors' in input.registry ? input.registry.actors : input.registry.indicators);
  // A registry is read in the order of the municipalities it names, like the matrices.
  const named = (entry: Entry) => ('source' in entry ? Object.keys(entry.values ?? {}) : (entry.municipalities ?? []));
  const ranked = rankInputs(inputs, (input) => entriesOf(input).flatMap(named), compare);

  const read = new Map<string, Occurrence<Entry>[]>();
  let seq = 0;
  for (const input of ranked) {
    entriesOf(input).forEach((entry, i) => {
      const list = read.get(entry.id) ?? read.set(entry.id, []).get(entry.id)!;
      list.push({ item: entry, carriers: [], file: input.file, path: [kind, i], seq: seq++ });
    });
  }
  reportSameWording(read, (entry) => entry.name, 'name', kind, report);

  const compareEntries = (a: Entry, b: Entry) => ('source' in a ? compareIndicators(a, b as Indicator) : compareActors(a, b as Actor, compare));
  const entries = [...read].map(([id, occurrences]) => {
    const versions = versionsOf(occurrences, compareEntries);
    reportConflicts(versions, compareEntries, { id, listKey: kind, resolvable: false }, report);
    const entry = versions[0]!.content;
    if (!('source' in entry)) return entry;
    const values = mergeValues(occurrences as Occurrence<Indicator>[], report.named(kind, id), compare, report);
    return { ...entry, ...(values ? { values } : {}) };
  });
  const registry = kind === 'actors' ? { actors: entries as Actor[] } : { ...regionsOf(ranked as RegistryInput<IndicatorsRegistry>[], compare), indicators: entries as Indicator[] };
  return { registry, diagnostics: sortDiagnostics(report.diagnostics) };
}

/** The same actor: same name and parent, and either regional on both sides or working for municipalities on both (which add up). */
function compareActors(a: Actor, b: Actor, compare: Compare): Comparison<Actor> {
  const name = combineText(a.name, b.name);
  const parent = a.parent === b.parent;
  const regional = (a.municipalities === undefined) === (b.municipalities === undefined);
  if (!name || !parent || !regional) return { differs: [...(name ? [] : ['name']), ...(parent ? [] : ['parent']), ...(regional ? [] : ['municipalities'])] };
  const municipalities = a.municipalities && sortedIds([...a.municipalities, ...(b.municipalities ?? [])], compare);
  return { combined: { id: a.id, name, ...(municipalities ? { municipalities } : {}), ...(a.parent !== undefined ? { parent: a.parent } : {}) } };
}

/** The same indicator: same name, unit, decimals, direction and source; values merge on their own. */
function compareIndicators(a: Indicator, b: Indicator): Comparison<Indicator> {
  const name = combineText(a.name, b.name);
  const unit = combineOptionalText(a.unit, b.unit);
  const source = combineSource(a.source, b.source);
  const differs = [
    ...(name ? [] : ['name']),
    ...(unit ? [] : ['unit']),
    ...(a.decimals === b.decimals ? [] : ['decimals']),
    ...(a.higherIsBetter === b.higherIsBetter ? [] : ['higherIsBetter']),
    ...(source ? [] : ['source']),
  ];
  if (!name || !unit || !source || differs.length) return { differs };
  return {
    combined: {
      id: a.id,
      name,
      ...(unit.text ? { unit: unit.text } : {}),
      ...(a.decimals !== undefined ? { decimals: a.decimals } : {}),
      ...(a.higherIsBetter !== undefined ? { higherIsBetter: a.higherIsBetter } : {}),
      // Made-up values in one file make the merged values partly made up: never credit THL with them.
      ...(a.illustrative || b.illustrative ? { illustrative: true } : {}),
      source,
    },
  };
}

/** The reference regions of every registry, by id in the order read; one id in several files names the municipalities of all. */
function regionsOf(inputs: RegistryInput<IndicatorsRegistry>[], compare: Compare): { regions?: ReferenceRegion[] } {
  const regions = new Map<string, ReferenceRegion>();
  for (const region of inputs.flatMap((input) => input.registry.regions ?? [])) {
    const first = regions.get(region.id);
    if (!first) regions.set(region.id, region);
    else if (first.municipalities && region.municipalities) regions.set(region.id, { ...first, municipalities: sortedIds([...first.municipalities, ...region.municipalities], compare) });
  }
  return regions.size ? { regions: [...regions.values()] } : {};
}

/** Sotkanet sources agree on the indicator number; when the values were fetched is not content, and the later date stays. */
function combineSource(a: IndicatorSource, b: IndicatorSource): IndicatorSource | undefined {
  if ('sotkanet' in a && 'sotkanet' in b) {
    if (a.sotkanet !== b.sotkanet) return undefined;
    const retrieved = [a.retrieved, b.retrieved].filter((d): d is string => d !== undefined).sort().pop();
    return { sotkanet: a.sotkanet, ...(retrieved ? { retrieved } : {}) };
  }
  if ('own' in a && 'own' in b) {
    const own = combineText(a.own, b.own);
    return own && { own };
  }
  return undefined;
}

/** Values per municipality and year from every appearance; the same municipality and year with another value is a conflict. */
function mergeValues(occurrences: readonly Occurrence<Indicator>[], where: string, compare: Compare, report: MergeReport): Indicator['values'] {
  const kept = new Map<string, Map<string, Place & { value: number | null }>>();
  for (const occurrence of occurrences) {
    for (const [municipality, years] of Object.entries(occurrence.item.values ?? {})) {
      const byYear = kept.get(municipality) ?? kept.set(municipality, new Map()).get(municipality)!;
      for (const [year, value] of Object.entries(years)) {
        const place = { file: occurrence.file, path: [...occurrence.path, 'values', municipality, year], value };
        const first = byYear.get(year);
        if (!first) byYear.set(year, place);
        else if (first.value !== value) {
          report.pair('error', 'value-conflict', first, place, (here, there) => ({ where, municipality, year, value: String(here.value), otherValue: String(there.value) }));
        }
      }
    }
  }
  if (kept.size === 0) return undefined;
  return Object.fromEntries(
    sortedIds(kept.keys(), compare).map((m) => [m, Object.fromEntries([...kept.get(m)!].sort(([a], [b]) => Number(a) - Number(b)).map(([year, v]) => [year, v.value]))]),
  );
}
