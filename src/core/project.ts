import { access } from 'node:fs/promises';
import { dirname, join, relative, resolve, isAbsolute } from 'node:path';
import type { ProjectConfig } from '../generated/types.js';
import { ExitCode, WelfareError } from './errors.js';
import { CONFIG_FILE } from './kinds.js';
import { messageLanguageFrom, type MessageLanguage } from './messages.js';
import type { ParseCache } from './parse-cache.js';
import { readSource, rememberSource, type SourceFile } from './source.js';

/** Default paths of a project's files, relative to welfare.config.yaml. */
export const defaultPaths = { actors: 'actors.yaml', indicators: 'indicators.yaml', content: 'content.yaml', templates: 'templates', out: 'dist' } as const;

/**
 * Reads each file once per run, whatever asks for it: validate, merge and build share the same
 * parsed documents.
 */
export class SourceCache {
  private readonly files = new Map<string, Promise<SourceFile>>();
  /** Files read at the same time at most: a folder of any size must not run out of file handles. */
  private readonly reading = new Limit(32);
  constructor(
    readonly cwd: string = process.cwd(),
    /** Where parses are kept between runs (see parse-cache.ts); none for a library caller. */
    readonly parses?: ParseCache,
  ) {}

  read(path: string): Promise<SourceFile> {
    const absolute = resolve(this.cwd, path);
    let file = this.files.get(absolute);
    if (!file) {
      file = this.reading.run(() => readSource(absolute, this.shown(absolute), this.parses));
      this.files.set(absolute, file);
    }
    return file;
  }

  /** Keeps the parses and schema errors of this run's clean files for the next run. */
  async remember(): Promise<void> {
    const parses = this.parses;
    if (!parses) return;
    const files = await Promise.all(this.files.values());
    await Promise.all(files.map((file) => this.reading.run(() => rememberSource(file, parses))));
  }

  /** A path as the user should see it: relative to the working directory when inside it. */
  shown(absolute: string): string {
    const rel = relative(this.cwd, absolute);
    return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : absolute;
  }
}

/** Runs at most `max` tasks at a time, the others waiting in turn. */
class Limit {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(private readonly max: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.max) await new Promise<void>((go) => this.waiting.push(go));
    this.running++;
    try {
      return await task();
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }
}

/** The welfare.config.yaml in this folder or the nearest one above it. */
export async function findConfig(from: string): Promise<string | undefined> {
  let dir = resolve(from);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    if (await exists(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export async function requireConfig(from: string): Promise<string> {
  const found = await findConfig(from);
  if (!found) {
    const dir = resolve(from);
    throw new WelfareError(
      { en: `no ${CONFIG_FILE} in ${dir} or any folder above it`, sv: `ingen ${CONFIG_FILE} i ${dir} eller någon mapp ovanför`, fi: `${CONFIG_FILE}-tiedostoa ei ole kansiossa ${dir} eikä sen yläkansioissa` },
      ExitCode.environment,
      {
        hint: {
          en: `run welfare in a project folder, name the files to check, or create a project with 'welfare init'`,
          sv: `kör welfare i en projektmapp, ange filerna som ska granskas, eller skapa ett projekt med 'welfare init'`,
          fi: `suorita welfare projektikansiossa, nimeä tarkistettavat tiedostot tai luo projekti komennolla 'welfare init'`,
        },
      },
    );
  }
  return found;
}

/** Where each file of a project is, from its configuration (which may still be invalid). */
export interface ProjectLayout {
  root: string;
  configPath: string;
  matrices: { municipality: string; path: string; key: (string | number)[] }[];
  actors: string;
  indicators: string;
  content: string;
  templates: string;
  out: string;
}

export function layoutOf(configPath: string, data: unknown): ProjectLayout {
  const root = dirname(configPath);
  const config = (data && typeof data === 'object' ? data : {}) as Partial<ProjectConfig>;
  const paths = { ...defaultPaths, ...(config.paths ?? {}) };
  const at = (p: unknown) => resolve(root, typeof p === 'string' ? p : '');
  const municipalities = Array.isArray(config.municipalities) ? config.municipalities : [];
  return {
    root,
    configPath,
    matrices: municipalities.flatMap((m, i) =>
      m && typeof m === 'object' && typeof m.matrix === 'string' ? [{ municipality: String(m.id), path: at(m.matrix), key: ['municipalities', i, 'matrix'] }] : [],
    ),
    actors: at(paths.actors),
    indicators: at(paths.indicators),
    content: at(paths.content),
    templates: at(paths.templates),
    out: at(paths.out),
  };
}

export async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * The language of a run's messages (see messageLanguageFrom), with the project's languages as the
 * last choice before English. Read through the run's cache, so the config is still parsed once.
 */
export async function messageLanguageOf(flag: string | undefined, cache: SourceCache, configPath: string | undefined): Promise<MessageLanguage> {
  const data = configPath ? (await cache.read(configPath).catch(() => undefined))?.data : undefined;
  const languages = data && typeof data === 'object' ? (data as { languages?: unknown }).languages : undefined;
  return messageLanguageFrom(flag, Array.isArray(languages) ? languages.filter((l): l is string => typeof l === 'string') : []);
}
