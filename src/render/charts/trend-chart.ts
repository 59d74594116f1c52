import { escapeHtml } from '../html.js';
import { niceTicks, tickDecimals } from './scale.js';
import { referenceStyles, seriesStyles } from './palette.js';

export interface TrendChartInput {
  /** Unique within the page: the prefix of the title and description ids. */
  id: string;
  title: string;
  description: string;
  years: number[];
  series: { name: string; values: (number | null)[] }[];
  /** The reference regions (the country, the county), drawn after the municipalities in styles of their own. */
  references?: { name: string; values: (number | null)[] }[];
  format: (value: number, decimals?: number) => string;
  /** Set on the SVG when its words are in another language than the page. */
  lang?: string;
}

const width = 640;
const height = 260;
const margin = { top: 16, right: 24, bottom: 36, left: 56 };
const legendRow = 22;

/**
 * An indicator's values over the years as a line chart, one line per municipality and per
 * reference region, each named in the legend: plain SVG
 * made at build time, so it shows without JavaScript and prints sharp. A year without a value
 * breaks the line instead of bridging it.
 */
export function trendChart(input: TrendChartInput): string {
  const lines = [
    ...input.series.map((s, i) => ({ ...s, style: seriesStyles[i % seriesStyles.length]!, width: 2.5, reference: false })),
    ...(input.references ?? []).map((s, i) => ({ ...s, style: referenceStyles[i % referenceStyles.length]!, width: 1.75, reference: true })),
  ];
  const values = lines.flatMap((s) => s.values.filter((v): v is number => v !== null));
  if (values.length === 0 || input.years.length === 0) return '';
  const ticks = niceTicks(Math.min(...values), Math.max(...values));
  const low = ticks[0]!;
  const high = ticks[ticks.length - 1]!;
  const decimals = tickDecimals(ticks);
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const first = input.years[0]!;
  const span = Math.max(1, input.years[input.years.length - 1]! - first);
  const x = (year: number) => margin.left + (input.years.length === 1 ? plotW / 2 : ((year - first) / span) * plotW);
  const y = (v: number) => margin.top + plotH - ((v - low) / (high - low || 1)) * plotH;
  const r = (n: number) => Math.round(n * 10) / 10;
  const legendH = lines.length * legendRow + 8;
  const out: string[] = [];
  out.push(`<svg class="chart trend-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height + legendH}" role="img" aria-labelledby="${input.id}-title ${input.id}-desc"${input.lang ? ` lang="${input.lang}"` : ''}>`);
  out.push(`<title id="${input.id}-title">${escapeHtml(input.title)}</title><desc id="${input.id}-desc">${escapeHtml(input.description)}</desc>`);
  for (const tick of ticks) {
    out.push(`<line class="grid" x1="${margin.left}" x2="${width - margin.right}" y1="${r(y(tick))}" y2="${r(y(tick))}"/>`);
    out.push(`<text class="tick" x="${margin.left - 6}" y="${r(y(tick)) + 4}" text-anchor="end">${escapeHtml(input.format(tick, decimals))}</text>`);
  }
  for (const year of input.years) out.push(`<text class="tick" x="${r(x(year))}" y="${height - margin.bottom + 18}" text-anchor="middle">${year}</text>`);
  out.push(`<line class="axis" x1="${margin.left}" x2="${width - margin.right}" y1="${margin.top + plotH}" y2="${margin.top + plotH}"/>`);
  lines.forEach((series, i) => {
    const style = series.style;
    // Consecutive years with values form a segment; a gap (null) starts a new one.
    let segment: string[] = [];
    const segments: string[][] = [];
    series.values.forEach((v, j) => {
      if (v === null) {
        if (segment.length) segments.push(segment);
        segment = [];
      } else segment.push(`${r(x(input.years[j]!))},${r(y(v))}`);
    });
    if (segment.length) segments.push(segment);
    for (const points of segments) {
      if (points.length > 1) out.push(`<polyline class="line${series.reference ? ' reference' : ''}" points="${points.join(' ')}" stroke="${style.color}"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''}/>`);
    }
    series.values.forEach((v, j) => {
      if (v !== null) out.push(markerShape(style.marker, x(input.years[j]!), y(v), style.color));
    });
    const ly = height + i * legendRow + 12;
    out.push(`<line x1="${margin.left}" x2="${margin.left + 36}" y1="${ly}" y2="${ly}" stroke="${style.color}" stroke-width="${series.width}"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''}/>`);
    out.push(markerShape(style.marker, margin.left + 18, ly, style.color));
    out.push(`<text class="legend" x="${margin.left + 44}" y="${ly + 4}">${escapeHtml(series.name)}</text>`);
  });
  out.push('</svg>');
  return out.join('');
}

function markerShape(shape: string, cx: number, cy: number, color: string): string {
  const r = (n: number) => Math.round(n * 10) / 10;
  const s = 4.5;
  // Hollow markers (reference regions): white inside, so the line under them does not show through.
  const hollow = `fill="#ffffff" stroke="${color}" stroke-width="1.75"`;
  if (shape === 'ring') return `<circle cx="${r(cx)}" cy="${r(cy)}" r="${s}" ${hollow}/>`;
  if (shape === 'hollow-square') return `<rect x="${r(cx - s)}" y="${r(cy - s)}" width="${2 * s}" height="${2 * s}" ${hollow}/>`;
  if (shape === 'hollow-diamond') return `<polygon points="${r(cx)},${r(cy - s - 1)} ${r(cx + s + 1)},${r(cy)} ${r(cx)},${r(cy + s + 1)} ${r(cx - s - 1)},${r(cy)}" ${hollow}/>`;
  if (shape === 'cross') return `<path d="M${r(cx - s)},${r(cy - s)}L${r(cx + s)},${r(cy + s)}M${r(cx - s)},${r(cy + s)}L${r(cx + s)},${r(cy - s)}" stroke="${color}" stroke-width="2" fill="none"/>`;
  if (shape === 'square') return `<rect x="${r(cx - s)}" y="${r(cy - s)}" width="${2 * s}" height="${2 * s}" fill="${color}"/>`;
  if (shape === 'triangle') return `<polygon points="${r(cx)},${r(cy - s - 1)} ${r(cx + s + 1)},${r(cy + s)} ${r(cx - s - 1)},${r(cy + s)}" fill="${color}"/>`;
  if (shape === 'diamond') return `<polygon points="${r(cx)},${r(cy - s - 1)} ${r(cx + s + 1)},${r(cy)} ${r(cx)},${r(cy + s + 1)} ${r(cx - s - 1)},${r(cy)}" fill="${color}"/>`;
  return `<circle cx="${r(cx)}" cy="${r(cy)}" r="${s}" fill="${color}"/>`;
}
