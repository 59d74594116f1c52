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
const lineH = 13;
/** Characters of a row name per line at the chart's 12px labels in the 200 units left of the bars. */
const labelChars = 28;
/** The narrowest segment: room for a two-digit count. */
const minSegment = 24;

/**
 * How many actions have each status, as one stacked bar per row. Every segment is labelled with
 * its count; the legend names the statuses, and the table beside it has every number.
 */
export function statusChart(input: StatusChartInput): string {
  const plotW = width - labelW - 16;
  // A row's name is wrapped onto as many lines as it needs, never cut off; a row is as tall as its name.
  const rows = input.rows.map((row) => ({ ...row, lines: row.name.flatMap((line) => wrap(line, labelChars)) }));
  const rowH = rows.map((row) => Math.max(barH, row.lines.length * lineH + 6));
  const tops = rowH.map((_, i) => rowH.slice(0, i).reduce((a, h) => a + h + gap, 0));
  const barsH = rowH.reduce((a, h) => a + h + gap, 0);
  // As many legend columns as the longest status name leaves room for (bilingual names are long).
  const longest = Math.max(...input.categories.map((c) => c.name.length));
  const legendCols = Math.max(1, Math.min(3, Math.floor(width / (longest * 7 + 32))));
  const legendH = Math.ceil(input.categories.length / legendCols) * legendRow + 8;
  const height = barsH + legendH;
  const r = (n: number) => Math.round(n * 10) / 10;
  const out: string[] = [];
  out.push(`<svg class="chart status-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${input.id}-title ${input.id}-desc"${input.lang ? ` lang="${input.lang}"` : ''}>`);
  out.push(`<title id="${input.id}-title">${escapeHtml(input.title)}</title><desc id="${input.id}-desc">${escapeHtml(input.description)}</desc>`);
  rows.forEach((row, i) => {
    const middle = tops[i]! + rowH[i]! / 2;
    const top = middle - barH / 2;
    row.lines.forEach((line, k) => {
      const y = middle + 4 + (k - (row.lines.length - 1) / 2) * lineH;
      out.push(`<text class="bar-label" x="${labelW - 8}" y="${r(y)}" text-anchor="end">${escapeHtml(line)}</text>`);
    });
    let left = labelW;
    const widths = segmentWidths(row.counts, plotW);
    row.counts.forEach((count, j) => {
      const w = widths[j]!;
      if (w === 0) return;
      const colors = statusColors[input.categories[j]!.key];
      out.push(`<rect x="${r(left)}" y="${r(top)}" width="${r(w)}" height="${barH}" fill="${colors.fill}" stroke="#ffffff" stroke-width="1"/>`);
      out.push(`<text class="count" x="${r(left + w / 2)}" y="${r(middle + 4)}" text-anchor="middle" fill="${colors.text}">${escapeHtml(input.format(count))}</text>`);
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

/**
 * The width of each count's segment: in proportion to the count, but never narrower than its
 * number needs, so every segment shows its count (the table beside the chart has them all too).
 */
function segmentWidths(counts: number[], plotW: number): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return counts.map(() => 0);
  const shown = counts.filter((c) => c > 0).length;
  const rest = plotW - shown * minSegment;
  return counts.map((c) => (c === 0 ? 0 : minSegment + (c / total) * rest));
}

/** Splits a name into lines of at most `n` characters, at spaces (a longer word stays whole). */
function wrap(text: string, n: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= n) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
