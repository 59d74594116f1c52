/**
 * Runs `work` on every item, at most `limit` at a time, and gives the results in the items'
 * order. `work` learns which worker (0 … limit-1) runs it, so each can keep a tool of its own.
 * After the first failure no new item starts; the running ones finish (so nothing is cut off
 * mid-write) and then the first error is thrown.
 */
export async function mapConcurrent<T, R>(items: readonly T[], limit: number, work: (item: T, worker: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async (_: unknown, id: number) => {
    while (!failure && next < items.length) {
      const index = next++;
      try {
        results[index] = await work(items[index]!, id);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  if (failure) throw failure.error;
  return results;
}
