import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { ErrorObject } from 'ajv';
import type { DocumentKind } from './kinds.js';

declare const WELFARE_BUILD_ID: string | undefined;

/**
 * What validate learnt of a file once, for the next run on the same bytes: a pre-commit hook
 * validates mostly unchanged files again and again. An entry holds a clean file's data and its
 * schema errors by kind; cross-file checks always run anew. Entries are named by a hash of the
 * file's bytes and of this build of welfare, written whole or not at all (rename), and an entry
 * that does not read back as one of ours, for this very key, is ignored, never trusted.
 */
export interface CachedParse {
  data: unknown;
  /** Whether the fast path read the file (positions come from its events) or eemeli/yaml did. */
  fast: boolean;
  /** The schema errors found for each kind the file was checked as (`[]` when valid). */
  schema: Partial<Record<DocumentKind, ErrorObject[]>>;
}

const MAGIC = 'welfare-parse-cache';
/** Which build wrote an entry: the bundle's build id; code run from source caches nothing. */
const buildId = typeof WELFARE_BUILD_ID === 'string' ? WELFARE_BUILD_ID : undefined;

export class ParseCache {
  private constructor(readonly dir: string, private readonly build: string) {}

  /**
   * The cache for a project: WELFARE_CACHE_DIR if set, else `node_modules/.cache/welfare` in the
   * nearest folder from the project up that has a node_modules, else the user's cache folder
   * (XDG_CACHE_HOME or ~/.cache) under `welfare`. Undefined when running from source.
   */
  static for(projectFolder: string, env: NodeJS.ProcessEnv = process.env): ParseCache | undefined {
    if (!buildId) return undefined;
    return new ParseCache(env.WELFARE_CACHE_DIR ? resolve(env.WELFARE_CACHE_DIR) : defaultFolder(projectFolder, env), buildId);
  }

  /** The key of a file's bytes. */
  keyOf(bytes: Uint8Array): string {
    return createHash('sha256').update(this.build).update('\0').update(bytes).digest('hex');
  }

  async get(key: string): Promise<CachedParse | undefined> {
    let raw: Buffer;
    try {
      raw = await readFile(this.pathOf(key));
    } catch {
      return undefined;
    }
    try {
      const entry = deserialize(raw) as Record<string, unknown> | null;
      if (!entry || entry.magic !== MAGIC || entry.key !== key || typeof entry.fast !== 'boolean' || !isSchemaRecord(entry.schema) || entry.data === undefined) return undefined;
      return { data: entry.data, fast: entry.fast, schema: entry.schema as CachedParse['schema'] };
    } catch {
      return undefined;
    }
  }

  /** Stores an entry; a cache that cannot be written (read-only, full disk) is simply not used. */
  async put(key: string, entry: CachedParse): Promise<void> {
    const path = this.pathOf(key);
    const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(temp, serialize({ magic: MAGIC, key, ...entry }));
      await rename(temp, path);
    } catch {
      await rm(temp, { force: true }).catch(() => {});
    }
  }

  private pathOf(key: string): string {
    return join(this.dir, key.slice(0, 2), key);
  }
}

function isSchemaRecord(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Object.values(value).every(Array.isArray);
}

function defaultFolder(projectFolder: string, env: NodeJS.ProcessEnv): string {
  for (let dir = resolve(projectFolder); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'node_modules'))) return join(dir, 'node_modules', '.cache', 'welfare');
    if (dirname(dir) === dir) break;
  }
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'welfare');
}
