import { ExitCode, WelfareError } from '../core/errors.js';
import { positionOf, type SourceFile } from '../core/source.js';
import type { Municipality } from '../generated/types.js';
import type { SotkanetRegion } from './sotkanet.js';

/**
 * Sotkanet's region id of each municipality, by its official code. The ids are Sotkanet's own
 * numbering (Loviisa is not region 434), so the region list is the only safe way between them.
 */
export function regionIdsOf(municipalities: Municipality[], regions: SotkanetRegion[], config: SourceFile): Map<string, number> {
  // Compared as the exact strings: the config's codes are three digits ("091"), as Sotkanet writes
  // them. Read as numbers, "0434" would pass for Loviisa's 434 and give Lovisa another region's values.
  const byCode = new Map(regions.filter((r) => r.category === 'KUNTA').map((r) => [String(r.code), r.id]));
  const ids = new Map<string, number>();
  municipalities.forEach((m, i) => {
    const id = byCode.get(m.code);
    if (id === undefined) {
      const { line, col } = positionOf(config, ['municipalities', i, 'code']);
      throw new WelfareError(`the municipality code ${m.code} of '${m.id}' is not a municipality (KUNTA) in Sotkanet's region list`, ExitCode.invalid, {
        file: config.path,
        line,
        col,
        hint: 'check the code against Statistics Finland\'s list of municipalities (e.g. 434 Lovisa, 407 Lappträsk); merged municipalities have new codes',
      });
    }
    ids.set(m.id, id);
  });
  return ids;
}
