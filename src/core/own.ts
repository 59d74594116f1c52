/**
 * What a plain object holds under a key of its own. Objects read from the user's files and flags
 * are keyed by the user's ids, and an id such as `constructor`, `toString` or `__proto__` must find
 * nothing rather than what every object inherits from Object.prototype.
 */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
