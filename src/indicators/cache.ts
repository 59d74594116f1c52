import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../core/write.js';

/** The folder of a project where welfare keeps what it fetched, beside welfare.config.yaml (git ignores it). */
export const CACHE_DIR = '.welfare-cache';

/** What a cache file holds: the answer, which request it answers, and where and when it came from. */
interface CachedResponse {
  request: string;
  url: string;
  retrieved: string;
  body: unknown;
}

/**
 * Answers of a web service kept on disk, one JSON file per request, so a second run (and a run
 * without network) does not ask again. Sotkanet's statistics change a few times a year, so an
 * entry never expires by itself; `--refresh` asks again. A request is its path and query below
 * the service's address, so a mirror or a changed --base-url still finds the answers.
 */
export class ResponseCache {
  constructor(readonly dir: string) {}

  /** A readable name for people looking into the folder, plus a hash so every request has its own file. */
  fileOf(name: string, request: string): string {
    return join(this.dir, `${name}-${createHash('sha256').update(request).digest('hex').slice(0, 10)}.json`);
  }

  /** The cached answer, or undefined when there is none or the file is damaged (then it is asked again). */
  async read(name: string, request: string): Promise<CachedResponse | undefined> {
    try {
      const cached = JSON.parse(await readFile(this.fileOf(name, request), 'utf8')) as Partial<CachedResponse>;
      return cached.request === request && typeof cached.retrieved === 'string' && 'body' in cached ? (cached as CachedResponse) : undefined;
    } catch {
      return undefined;
    }
  }

  async write(name: string, request: string, url: string, body: unknown, retrieved = new Date()): Promise<void> {
    const entry: CachedResponse = { request, url, retrieved: retrieved.toISOString(), body };
    await writeFileAtomic(this.fileOf(name, request), JSON.stringify(entry) + '\n');
  }
}
