/** Round tick values for an axis covering min..max: steps of 1, 2 or 5 times a power of ten. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  // A range too narrow to divide (one value, or differences below any shown decimal) gets room around it.
  if (max - min < 1e-9 * Math.max(1, Math.abs(max))) {
    const pad = Math.abs(max) > 1e-6 ? Math.abs(max) * 0.1 : 1;
    min -= pad;
    max += pad;
  }
  const raw = (max - min) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
  const first = Math.floor(min / step) * step;
  const ticks: number[] = [];
  // Rounding to the step's decimals keeps 0.1 + 0.2 from printing as 0.30000000000000004.
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  for (let v = first; v < max + step; v += step) {
    ticks.push(Number(v.toFixed(decimals)));
    if (v >= max) break;
  }
  return ticks;
}

/** Decimals a tick label needs so that neighbouring ticks read differently. */
export function tickDecimals(ticks: number[]): number {
  if (ticks.length < 2) return 0;
  const step = Math.abs(ticks[1]! - ticks[0]!);
  return Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
}
