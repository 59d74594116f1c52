import { ExitCode, WelfareError } from '../core/errors.js';
import { inEach, phrase } from '../core/messages.js';
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
    throw new WelfareError(inEach(notYears, flag), ExitCode.environment, { hint: inEach(writeYears) });
  }
  return { start, end };
}

const notYears = phrase<string>((flag) => `--years '${flag}' is not a range of years`, (flag) => `--years '${flag}' är inget årsintervall`, (flag) => `--years '${flag}' ei ole vuosiväli`);
const writeYears = phrase(
  () => "write the first and last year, e.g. '--years 2019-2024', or one year, e.g. '--years 2024'",
  () => "skriv det första och det sista året, t.ex. '--years 2019-2024', eller ett år, t.ex. '--years 2024'",
  () => "kirjoita ensimmäinen ja viimeinen vuosi, esim. '--years 2019-2024', tai yksi vuosi, esim. '--years 2024'",
);

export function yearsOf(range: YearRange): number[] {
  return Array.from({ length: range.end - range.start + 1 }, (_, i) => range.start + i);
}
