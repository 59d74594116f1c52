/**
 * Orders municipality ids: those the configuration's `merge.order` names first, in that order,
 * then the rest alphabetically, so the order the inputs come in never changes the output.
 */
export function municipalityOrder(order: readonly string[] = []): (a: string, b: string) => number {
  return (a, b) => {
    const ia = order.indexOf(a);
    const ib = order.indexOf(b);
    if (ia >= 0 || ib >= 0) return ia < 0 ? 1 : ib < 0 ? -1 : ia - ib;
    return a < b ? -1 : a > b ? 1 : 0;
  };
}

/** Ids in the merge order, each once. */
export function sortedIds(ids: Iterable<string>, compare: (a: string, b: string) => number): string[] {
  return [...new Set(ids)].sort(compare);
}

/**
 * Inputs in reading order: by the first of their municipalities in the merge order, then by file
 * path. What comes first in that order is listed first and wins the places and wordings that
 * differ.
 */
export function rankInputs<I extends { file: { path: string } }>(inputs: readonly I[], owners: (input: I) => readonly string[], compare: (a: string, b: string) => number): I[] {
  const first = (input: I) => sortedIds(owners(input), compare)[0];
  return [...inputs].sort((a, b) => {
    const ma = first(a);
    const mb = first(b);
    if (ma !== mb) return ma === undefined ? 1 : mb === undefined ? -1 : compare(ma, mb);
    return a.file.path < b.file.path ? -1 : a.file.path > b.file.path ? 1 : 0;
  });
}
