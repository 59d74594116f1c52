import type { Resolutions } from './options.js';
import { fieldName } from '../messages.js';
import type { MergeReport, Place } from './messages.js';

/** One appearance of an id in one input. */
export interface Occurrence<T> extends Place {
  item: T;
  /** The municipalities that carry this appearance (for an action: its own, else its matrix's). */
  carriers: readonly string[];
  /** The id of what it stands under: a goal's focus area, an action's goal. */
  parent?: string;
  /** Reading order across the ranked inputs: what is read first is listed first. */
  seq: number;
}

/** The appearances of one id whose contents agree, with those contents combined into one. */
export interface Version<T> {
  content: T;
  occurrences: Occurrence<T>[];
}

/** Two contents compared: combined when they agree, else the fields (schema keys) that differ. */
export type Comparison<T> = { combined: T; differs?: undefined } | { combined?: undefined; differs: string[] };

export function versionsOf<T>(occurrences: readonly Occurrence<T>[], compare: (a: T, b: T) => Comparison<T>): Version<T>[] {
  const versions: Version<T>[] = [];
  for (const occurrence of occurrences) {
    let joined = false;
    for (const version of versions) {
      const { combined } = compare(version.content, occurrence.item);
      if (!combined) continue;
      version.content = combined;
      version.occurrences.push(occurrence);
      joined = true;
      break;
    }
    if (!joined) versions.push({ content: occurrence.item, occurrences: [occurrence] });
  }
  return versions;
}

export const carriersOf = <T>(occurrences: readonly Occurrence<T>[]) => [...new Set(occurrences.flatMap((o) => o.carriers))];

/**
 * What becomes of an id: one item (its versions agree, or a resolution picked one, or a
 * conflict was reported and the first stands in so the rest of the merge still makes sense),
 * or one item per version ('split').
 */
export type Outcome<T> =
  | { kind: 'one'; content: T; occurrences: Occurrence<T>[]; placedBy: Occurrence<T> }
  | { kind: 'split'; versions: Version<T>[] };

export interface Conflicting {
  id: string;
  /** The list the items stand in, for naming them ('actions', 'actors', …). */
  listKey: string;
  /** Whether --prefer and --split can resolve a conflict of these items (actions only). */
  resolvable: boolean;
}

export function resolve<T>(versions: Version<T>[], resolution: Resolutions[string] | undefined, compare: (a: T, b: T) => Comparison<T>, what: Conflicting, report: MergeReport): Outcome<T> {
  const all = versions.flatMap((v) => v.occurrences).sort((a, b) => a.seq - b.seq);
  const one = (version: Version<T>): Outcome<T> => ({ kind: 'one', content: version.content, occurrences: all, placedBy: version.occurrences[0]! });
  const first = versions[0]!;
  if (versions.length === 1) return one(first);
  if (resolution === 'split') return { kind: 'split', versions };
  if (!resolution) {
    reportConflicts(versions, compare, what, report);
    return one(first);
  }
  const winners = versions.filter((v) => carriersOf(v.occurrences).includes(resolution.prefer));
  if (winners.length === 1) return one(winners[0]!);
  report.add('error', 'bad-resolution', first.occurrences[0]!, {
    where: report.named(what.listKey, what.id),
    value: resolution.prefer,
    allowed: versions.map((v) => carriersOf(v.occurrences).join('+')).join(' | '),
  });
  return one(first);
}

/** Each version after the first is a conflict with it, reported at both. */
export function reportConflicts<T>(versions: readonly Version<T>[], compare: (a: T, b: T) => Comparison<T>, what: Conflicting, report: MergeReport): void {
  const [first, ...others] = versions;
  for (const other of others) {
    const fields = (compare(first!.content, other.content).differs ?? []).map((f) => fieldName(f, report.lang)).join(', ');
    report.pair('error', 'merge-conflict', first!.occurrences[0]!, other.occurrences[0]!, () => ({ where: report.named(what.listKey, what.id), id: what.id, fields, resolvable: what.resolvable ? 1 : '' }));
  }
}
