import { own } from '../../core/own.js';
import type { Indicator, ReferenceRegion, RegionKind, Text } from '../../generated/types.js';
import { referenceKindsOf, type Project } from '../../core/model.js';
import { comparisonLabels, labels } from '../labels.js';
import { formatNumber } from '../locale.js';
import { joinText } from './compose.js';
import type { Scope } from './scope.js';

/** An indicator with its values for the scope's municipalities and reference regions, year by year. */
export interface IndicatorView {
  id: string;
  anchor: string;
  name: Text;
  /** The name with the unit, for the table of values; the unit is left out where the name says it. */
  caption: Text;
  unit: Text | null;
  decimals: number | null;
  higherIsBetter: boolean | null;
  /**
   * What the source line credits, as the data says: `illustrative` values are made up and credit
   * nobody; THL/Sotkanet is credited with a retrieval date only when a pull wrote one.
   */
  source: { illustrative: boolean; sotkanet: number | null; retrieved: string | null; own: Text | null };
  years: number[];
  series: IndicatorSeries[];
  /** The scope's reference regions that have values in these years, drawn and listed after the municipalities. */
  references: ReferenceSeries[];
  /** Where each municipality stands against the reference regions in its latest year, one sentence each. */
  standing: Text[];
}

export interface IndicatorSeries {
  municipality: Text;
  /** Aligned with the indicator's years; null where THL withholds the value or none was given. */
  values: (number | null)[];
  /** The last value minus the one before it (of those given), or null with fewer than two. */
  change: number | null;
}

export interface ReferenceSeries {
  id: string;
  kind: RegionKind;
  name: Text;
  values: (number | null)[];
  change: number | null;
}

type Options = { anchorPrefix: string; upTo?: number; lastYears?: number };

/**
 * The indicators that have values for the scope's municipalities, in the registry's order.
 * `upTo` leaves out later years (an overview looks back from its year); `lastYears` keeps the most recent ones.
 */
export function indicatorViews(project: Project, scope: Scope, options: Options): IndicatorView[] {
  const regions = referenceRegionsOf(project, scope);
  const views: IndicatorView[] = [];
  for (const indicator of project.indicators.values()) {
    const view = indicatorView(indicator, scope, regions, options);
    if (view) views.push(view);
  }
  return views;
}

/**
 * The reference regions of a scope: those of the kinds the config names (in that order) that
 * are the reference of one of its municipalities; a region that names none is everyone's.
 */
export function referenceRegionsOf(project: Project, scope: Scope): ReferenceRegion[] {
  const kinds = referenceKindsOf(project.config);
  const ours = (r: ReferenceRegion) => !r.municipalities || r.municipalities.some((m) => scope.municipalities.some((s) => s.id === m));
  return kinds.flatMap((kind) => project.regions.filter((r) => r.kind === kind && ours(r)));
}

function indicatorView(indicator: Indicator, scope: Scope, regions: ReferenceRegion[], options: Options): IndicatorView | undefined {
  const perMunicipality = scope.municipalities.map((m) => ({ municipality: m, values: own(indicator.values, m.id) ?? {} }));
  const yearSet = new Set<number>();
  for (const { values } of perMunicipality) {
    for (const [year, value] of Object.entries(values)) if (value !== null) yearSet.add(Number(year));
  }
  let years = [...yearSet].filter((y) => options.upTo === undefined || y <= options.upTo).sort((a, b) => a - b);
  if (options.lastYears !== undefined) years = years.slice(-options.lastYears);
  if (years.length === 0) return undefined;
  const aligned = (values: Record<string, number | null>) => years.map((y) => own(values, String(y)) ?? null);
  const series = perMunicipality.map(({ municipality, values }) => {
    const row = aligned(values);
    return { municipality: municipality.name, values: row, change: changeOf(row) };
  });
  const references = regions.flatMap((region) => {
    const row = aligned(own(indicator.values, region.id) ?? {});
    return row.some((v) => v !== null) ? [{ id: region.id, kind: region.kind, name: region.name, values: row, change: changeOf(row) }] : [];
  });
  const source = indicator.source;
  const decimals = indicator.decimals ?? null;
  const higherIsBetter = indicator.higherIsBetter ?? null;
  return {
    id: indicator.id,
    anchor: `${options.anchorPrefix}${indicator.id}`,
    name: indicator.name,
    caption: captionOf(indicator.name, indicator.unit),
    unit: indicator.unit ?? null,
    decimals,
    higherIsBetter,
    source: {
      illustrative: indicator.illustrative ?? false,
      ...('sotkanet' in source ? { sotkanet: source.sotkanet, retrieved: source.retrieved ?? null, own: null } : { sotkanet: null, retrieved: null, own: source.own }),
    },
    years,
    series,
    references,
    standing: series.flatMap((s) => standingOf(s, references, years, decimals, higherIsBetter)),
  };
}

const changeOf = (values: (number | null)[]): number | null => {
  const given = values.filter((v): v is number => v !== null);
  return given.length >= 2 ? given[given.length - 1]! - given[given.length - 2]! : null;
};

/**
 * "Arbetslösa, % av arbetskraften" needs no " (%)": the unit is added in brackets only where the
 * name does not already say it, i.e. where some word of the unit ("per" and "kohti" aside) is not in the name.
 */
export function captionOf(name: Text, unit: Text | undefined): Text {
  if (!unit) return name;
  const words = (s: string) => s.toLowerCase().split(/[\s,.;:()/=]+/).filter((w) => w !== '' && w !== 'per' && w !== 'kohti');
  const caption: Text = {};
  for (const lang of ['sv', 'fi'] as const) {
    const n = name[lang];
    const u = unit[lang];
    if (n === undefined) continue;
    if (u === undefined) caption[lang] = n;
    else {
      const inName = new Set(words(n));
      caption[lang] = words(u).every((w) => inName.has(w)) ? n : `${n} (${u})`;
    }
  }
  return caption;
}

/**
 * Where a municipality stands against the reference regions in its latest year with a value:
 * higher, lower or the same as each, as shown (rounded to the indicator's decimals). Better or
 * worse is said only where the registry knows which way is good (`higherIsBetter`).
 */
function standingOf(series: IndicatorSeries, references: ReferenceSeries[], years: number[], decimals: number | null, higherIsBetter: boolean | null): Text[] {
  let at = -1;
  for (let i = years.length - 1; i >= 0 && at < 0; i--) if (series.values[i] !== null && references.some((r) => r.values[i] !== null)) at = i;
  if (at < 0) return [];
  const value = series.values[at]!;
  const shown = (v: number) => Number(v.toFixed(decimals ?? 2));
  const number = (v: number): Text => ({ sv: formatNumber(v, 'sv', decimals ?? undefined), fi: formatNumber(v, 'fi', decimals ?? undefined) });
  const comparisons = references.flatMap((r) => {
    const other = r.values[at];
    if (other === null || other === undefined) return [];
    const difference = shown(value) - shown(other);
    const relation = comparisonLabels[difference === 0 ? 'same' : difference > 0 ? 'higher' : 'lower'];
    const good = higherIsBetter === null || difference === 0 ? null : difference > 0 === higherIsBetter ? labels.better : labels.worse;
    return [joinText(...(good ? [relation.before, ' (', good, ') ', relation.after] : [relation.before, ' ', relation.after]), ' ', r.name, ' (', number(other), ')')];
  });
  return [joinText(series.municipality, ` ${years[at]}: `, number(value), ', ', ...comparisons.flatMap((c, i) => (i === 0 ? [c] : [{ sv: ' och ', fi: ' ja ' }, c])), '.')];
}
