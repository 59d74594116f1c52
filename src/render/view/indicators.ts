import { own } from '../../core/own.js';
import type { Indicator, Text } from '../../generated/types.js';
import type { Project } from '../../core/model.js';
import { joinText } from './compose.js';
import type { Scope } from './scope.js';

/** An indicator with its values for the scope's municipalities, year by year. */
export interface IndicatorView {
  id: string;
  anchor: string;
  name: Text;
  /** The name with the unit, for the table of values. */
  caption: Text;
  unit: Text | null;
  decimals: number | null;
  higherIsBetter: boolean | null;
  source: { sotkanet: number | null; retrieved: string | null; own: Text | null };
  years: number[];
  series: IndicatorSeries[];
}

export interface IndicatorSeries {
  municipality: Text;
  /** Aligned with the indicator's years; null where THL withholds the value or none was given. */
  values: (number | null)[];
  /** The last value minus the one before it (of those given), or null with fewer than two. */
  change: number | null;
}

/**
 * The indicators that have values for the scope's municipalities, in the registry's order.
 * `upTo` leaves out later years (an overview looks back from its year); `lastYears` keeps the most recent ones.
 */
export function indicatorViews(project: Project, scope: Scope, options: { anchorPrefix: string; upTo?: number; lastYears?: number }): IndicatorView[] {
  const views: IndicatorView[] = [];
  for (const indicator of project.indicators.values()) {
    const view = indicatorView(indicator, scope, options);
    if (view) views.push(view);
  }
  return views;
}

function indicatorView(indicator: Indicator, scope: Scope, options: { anchorPrefix: string; upTo?: number; lastYears?: number }): IndicatorView | undefined {
  const perMunicipality = scope.municipalities.map((m) => ({ municipality: m, values: own(indicator.values, m.id) ?? {} }));
  const yearSet = new Set<number>();
  for (const { values } of perMunicipality) {
    for (const [year, value] of Object.entries(values)) if (value !== null) yearSet.add(Number(year));
  }
  let years = [...yearSet].filter((y) => options.upTo === undefined || y <= options.upTo).sort((a, b) => a - b);
  if (options.lastYears !== undefined) years = years.slice(-options.lastYears);
  if (years.length === 0) return undefined;
  const source = indicator.source;
  return {
    id: indicator.id,
    anchor: `${options.anchorPrefix}${indicator.id}`,
    name: indicator.name,
    caption: indicator.unit ? joinText(indicator.name, ' (', indicator.unit, ')') : indicator.name,
    unit: indicator.unit ?? null,
    decimals: indicator.decimals ?? null,
    higherIsBetter: indicator.higherIsBetter ?? null,
    source: 'sotkanet' in source ? { sotkanet: source.sotkanet, retrieved: source.retrieved ?? null, own: null } : { sotkanet: null, retrieved: null, own: source.own },
    years,
    series: perMunicipality.map(({ municipality, values }) => {
      const aligned = years.map((y) => own(values, String(y)) ?? null);
      const given = aligned.filter((v): v is number => v !== null);
      return { municipality: municipality.name, values: aligned, change: given.length >= 2 ? given[given.length - 1]! - given[given.length - 2]! : null };
    }),
  };
}
