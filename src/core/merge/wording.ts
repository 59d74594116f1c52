import type { Text } from '../../generated/types.js';
import { fieldName } from '../messages.js';
import type { MergeReport } from './messages.js';
import { wordingKeys } from './text.js';
import type { Occurrence } from './versions.js';

/**
 * Items of different files with different ids but the same wording are probably one thing under
 * two ids, which a merge by id cannot match: each pair of ids is reported once, at both items.
 */
export function reportSameWording<T>(items: ReadonlyMap<string, Occurrence<T>[]>, textOf: (item: T) => Text, field: string, listKey: string, report: MergeReport): void {
  const byWording = new Map<string, { id: string; occurrence: Occurrence<T> }[]>();
  const reported = new Set<string>();
  const at = (id: string, o: Occurrence<T>) => ({ id, file: o.file, path: [...o.path, field] });
  for (const [id, occurrences] of items) {
    for (const occurrence of occurrences) {
      for (const key of wordingKeys(textOf(occurrence.item))) {
        const seen = byWording.get(key) ?? byWording.set(key, []).get(key)!;
        for (const other of seen) {
          const pair = `${other.id}\0${id}`;
          if (other.id === id || other.occurrence.file.path === occurrence.file.path || reported.has(pair)) continue;
          reported.add(pair);
          report.pair('warning', 'same-text', at(other.id, other.occurrence), at(id, occurrence), (here, there) => ({
            where: report.named(listKey, here.id),
            otherWhere: report.named(listKey, there.id),
            field: fieldName(field, report.lang),
          }));
        }
        seen.push({ id, occurrence });
      }
    }
  }
}
