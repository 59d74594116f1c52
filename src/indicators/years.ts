import { ExitCode, WelfareError } from '../core/errors.js';
import type { Period } from '../generated/types.js';

/** A range of calendar years, first and last inclusive. */
export interface YearRange {
  start: number;
  end: number;
}

/** How far back the default range reaches: an annual overview compares with the previous term. */
const YEARS_BEFORE_PERIOD = 4;

/** `--years 2019-2024` or `--years 2023`; without it, the plan period and the four years before. */
export function yearRange(flag: string | undefined, period: Period): YearRange {
  if (flag === undefined) return { start: period.start - YEARS_BEFORE_PERIOD, end: period.end };
  const match = /^\s*(\d{4})\s*(?:[-–]\s*(\d{4}))?\s*$/.exec(flag);
  const start = Number(match?.[1]);
  const end = Number(match?.[2] ?? match?.[1]);
  if (!match || start > end || start < 2000 || end > 2100) {
    throw new WelfareError(`--years '${flag}' is not a range of years`, ExitCode.environment, { hint: "write the first and last year, e.g. '--years 2019-2024', or one year, e.g. '--years 2024'" });
  }
  return { start, end };
}

export function yearsOf(range: YearRange): number[] {
  return Array.from({ length: range.end - range.start + 1 }, (_, i) => range.start + i);
}
