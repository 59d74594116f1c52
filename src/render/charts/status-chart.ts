import type { Status } from '../../generated/types.js';
import { escapeHtml } from '../html.js';
import { statusColors } from './palette.js';

export interface StatusChartInput {
  id: string;
  title: string;
  description: string;
  /** The categories shown in each bar, in order, with their names. */
  categories: { key: Status | 'none'; name: string }[];
  /** One bar per row (a focus area, a municipality), named in one line per language; counts in the order of `categories`. */
  rows: { name: string[]; counts: number[] }[];
  format: (value: number) => string;
  lang?: string;
}

const width = 640;
const labelW = 200;
const barH = 26;
const gap = 12;
const legendRow = 20;

/**
 * How many actions have each status, as one stacked bar per row. Every segment wide enough is
 * labelled with its count; the legend names the statuses, and the table beside it has every number.
 */
export function statusChart(input: StatusChartInput): string {
  const plotW = width - labelW - 16;
  const barsH = input.rows.length * (barH + gap);
  // As many legend columns as the longest status name leaves room for (bilingual names are long).
  const longest = Math.max(...input.categories.map((c) => c.name.length));
  const legendCols = Math.max(1, Math.min(3, Math.floor(width / (longest * 7 + 32))));
  const legendH = Math.ceil(input.categories.length / legendCols) * legendRow + 8;
  const height = barsH + legendH;
  const r = (n: number) => Math.round(n * 10) / 10;
  const out: string[] = [];
  out.push(`<svg class="chart status-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${input.id}-title ${input.id}-desc"${input.lang ? ` lang="${input.lang}"` : ''}>`);
  out.push(`<title id="${input.id}-title">${escapeHtml(input.title)}</title><desc id="${input.id}-desc">${escapeHtml(input.description)}</desc>`);
  input.rows.forEach((row, i) => {
    const top = i * (barH + gap);
    const total = row.counts.reduce((a, b) => a + b, 0);
    const lineH = 13;
    row.name.forEach((line, k) => {
      const y = top + barH / 2 + 4 + (k - (row.name.length - 1) / 2) * lineH;
      out.push(`<text class="bar-label" x="${labelW - 8}" y="${r(y)}" text-anchor="end">${escapeHtml(truncate(line, 30))}</text>`);
    });
    let left = labelW;
    row.counts.forEach((count, j) => {
      if (count === 0 || total === 0) return;
      const w = (count / total) * plotW;
      const colors = statusColors[input.categories[j]!.key];
      out.push(`<rect x="${r(left)}" y="${top}" width="${r(w)}" height="${barH}" fill="${colors.fill}" stroke="#ffffff" stroke-width="1"/>`);
      if (w >= 22) out.push(`<text class="count" x="${r(left + w / 2)}" y="${top + barH / 2 + 4}" text-anchor="middle" fill="${colors.text}">${escapeHtml(input.format(count))}</text>`);
      left += w;
    });
  });
  input.categories.forEach((category, i) => {
    const colW = width / legendCols;
    const lx = (i % legendCols) * colW + 8;
    const ly = barsH + Math.floor(i / legendCols) * legendRow + 6;
    const colors = statusColors[category.key];
    out.push(`<rect x="${lx}" y="${ly}" width="14" height="14" fill="${colors.fill}" stroke="#5f5f5f" stroke-width="0.5"/>`);
    out.push(`<text class="legend" x="${lx + 20}" y="${ly + 11}">${escapeHtml(category.name)}</text>`);
  });
  out.push('</svg>');
  return out.join('');
}

const truncate = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
