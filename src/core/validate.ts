import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { sortDiagnostics } from '../diagnostics/diagnostic.js';
import { checks, type CheckContext, type CheckedFile } from './checks/index.js';
import { isObj, list } from './checks/context.js';
import { ExitCode, WelfareError } from './errors.js';
import { Findings } from './findings.js';
import { isInside, realPath } from './inside.js';
import { detectKind, documentKinds } from './kinds.js';
import { inEach, phrase, type MessageLanguage } from './messages.js';
import { exists, findConfig, layoutOf, requireConfig, SourceCache, type ProjectLayout } from './project.js';
import { checkSchema } from './schema-check.js';
import type { DataPath, SourceFile } from './source.js';

export interface ValidateOptions {
  lang: MessageLanguage;
  /** Missing translations are errors, not warnings. */
  strict?: boolean;
  cwd?: string;
  cache?: SourceCache;
}

export interface ValidationResult {
  diagnostics: Diagnostic[];
  /** The files that were checked, parsed once; later stages use them as they are. */
  files: CheckedFile[];
  layout?: ProjectLayout;
}

/** Validates a whole project: its configuration and every file it names. */
export async function validateProject(configPath: string, options: ValidateOptions): Promise<ValidationResult> {
  const cache = options.cache ?? new SourceCache(options.cwd);
  const config = await cache.read(configPath);
  const layout = layoutOf(configPath, config.data);
  const findings = new Findings(options.lang, options.strict);
  const configured = isObj(config.data) && isObj(config.data.paths) ? config.data.paths : {};
  // A project's config may name only files and folders of the project, links followed: one from
  // elsewhere must not read, or have its documents written, outside the folder it came in.
  const root = await realPath(layout.root);
  const outside = async (path: string, key: DataPath | undefined) => {
    const real = await realPath(path);
    if (isInside(root, real)) return false;
    const params = { value: cache.shown(path), target: real === resolve(path) ? '' : real };
    if (key) findings.add(config, key, 'outside-project', params);
    else findings.addFile(cache.shown(path), 'outside-project', params);
    return true;
  };
  const paths = [configPath];
  for (const m of layout.matrices) {
    if (await outside(m.path, m.key)) continue;
    if (await exists(m.path)) paths.push(m.path);
    else findings.add(config, m.key, 'missing-file', { value: cache.shown(m.path) });
  }
  for (const key of ['actors', 'indicators', 'content'] as const) {
    if (await outside(layout[key], key in configured ? ['paths', key] : undefined)) continue;
    if (await exists(layout[key])) paths.push(layout[key]);
    else if (key in configured) findings.add(config, ['paths', key], 'missing-file', { value: cache.shown(layout[key]) });
  }
  for (const key of ['templates', 'out'] as const) await outside(layout[key], key in configured ? ['paths', key] : undefined);
  return run(paths, layout, cache, findings, true);
}

const noSuchPath = phrase<string>((path) => `${path}: no such file or folder`, (path) => `${path}: ingen sådan fil eller mapp`, (path) => `${path}: tiedostoa tai kansiota ei ole`);

/** Validates the named files, folders or globs, against the project they belong to (if any). */
export async function validatePaths(patterns: string[], options: ValidateOptions): Promise<ValidationResult> {
  const cache = options.cache ?? new SourceCache(options.cwd);
  const cwd = cache.cwd;
  const explicit: string[] = [];
  const found: string[] = [];
  // Folders and globs are the rarer case (pre-commit names files): load the globber only for them.
  // Links are not followed: a link out of the folder, or back into it, is not a file of it.
  const glob = async (pattern: string, dir: string) => (await import('tinyglobby')).glob(pattern, { cwd: dir, absolute: true, ignore: ['**/node_modules/**', '**/dist/**'], followSymbolicLinks: false });
  for (const pattern of patterns) {
    if (/[*?[\]{}!]/.test(pattern)) {
      found.push(...(await glob(pattern, cwd)));
      continue;
    }
    const path = resolve(cwd, pattern);
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new WelfareError(inEach(noSuchPath, pattern), ExitCode.environment);
    if (info.isDirectory()) {
      found.push(...(await glob('**/*.{yaml,yml}', path)));
    } else explicit.push(path);
  }
  const paths = [...new Set([...explicit, ...found.sort()])];
  const configPath = await findConfig(paths[0] ? resolve(paths[0], '..') : cwd);
  const layout = configPath ? layoutOf(configPath, (await cache.read(configPath)).data) : undefined;
  // Every file of a project depends on its config, registries and content: a change to one of
  // them (a renamed actor, a municipality removed) can break files that were not changed. A
  // hook names only the changed files, so naming one of these checks the whole project.
  if (configPath && layout && paths.some((p) => [layout.configPath, layout.actors, layout.indicators, layout.content].includes(p))) {
    const whole = await validateProject(configPath, { ...options, cache });
    const checked = new Set(whole.files.map((f) => f.file.absolutePath));
    const others = paths.filter((p) => !checked.has(p) && p !== configPath);
    if (!others.length) return whole;
    const rest = await run(others, layout, cache, new Findings(options.lang, options.strict), false, new Set(explicit));
    return { diagnostics: sortDiagnostics([...whole.diagnostics, ...rest.diagnostics]), files: [...whole.files, ...rest.files], layout };
  }
  return run(paths, layout, cache, new Findings(options.lang, options.strict), false, new Set(explicit));
}

/** The default of `welfare validate` with no path: the project around the working directory. */
export async function validateHere(options: ValidateOptions): Promise<ValidationResult> {
  return validateProject(await requireConfig(options.cwd ?? process.cwd()), options);
}

async function run(paths: string[], layout: ProjectLayout | undefined, cache: SourceCache, findings: Findings, wholeProject: boolean, explicit = new Set<string>()): Promise<ValidationResult> {
  const sources = await Promise.all(paths.map((p) => cache.read(p)));
  const files: CheckedFile[] = [];
  for (const [i, file] of sources.entries()) {
    for (const problem of file.problems) findings.addProblem(file, problem);
    if (file.data === undefined) continue;
    const kind = kindOf(file, layout, paths[i]!);
    if (!kind) {
      // Folders and globs may hold other YAML (CI workflows, pre-commit); only a named file is worth a word.
      if (explicit.has(paths[i]!) || wholeProject) findings.add(file, [], 'unknown-kind', { allowed: documentKinds.join(', ') }, { severity: 'warning' });
      continue;
    }
    checkSchema(file, kind, findings);
    files.push({ file, kind });
  }
  const ctx = await contextOf(files, layout, cache, findings);
  for (const check of checks) check(ctx);
  await cache.remember();
  return { diagnostics: sortDiagnostics(findings.diagnostics), files, layout };
}

function kindOf(file: SourceFile, layout: ProjectLayout | undefined, path: string) {
  if (layout) {
    if (path === layout.configPath) return 'config';
    if (layout.matrices.some((m) => m.path === path)) return 'matrix';
    for (const kind of ['actors', 'indicators', 'content'] as const) if (layout[kind] === path) return kind;
  }
  return detectKind(file);
}

/** Registries and config of the project, read through the same cache as the checked files. */
async function contextOf(files: CheckedFile[], layout: ProjectLayout | undefined, cache: SourceCache, findings: Findings): Promise<CheckContext> {
  const ctx: CheckContext = { files, findings, languages: ['sv', 'fi'] };
  const registry = async (kind: 'actors' | 'indicators'): Promise<SourceFile | undefined> => {
    const among = files.find((f) => f.kind === kind);
    if (among) return among.file;
    if (layout && (await exists(layout[kind])) && (await insideProject(layout, layout[kind]))) return cache.read(layout[kind]);
    return undefined;
  };
  const ids = (data: unknown, key: string) =>
    data === undefined ? undefined : new Set(list(isObj(data) ? data[key] : []).flatMap((x) => (isObj(x) && typeof x.id === 'string' ? [x.id] : [])));
  const actors = await registry('actors');
  ctx.actorIds = ids(actors?.data, 'actors');
  ctx.actorsFile = actors?.path;
  const indicators = await registry('indicators');
  ctx.indicatorIds = ids(indicators?.data, 'indicators');
  ctx.indicatorsFile = indicators?.path;
  if (layout) {
    const config = (await cache.read(layout.configPath)).data;
    if (isObj(config)) {
      ctx.municipalityIds = [...ids(config, 'municipalities')!];
      const period = config.period;
      if (isObj(period) && typeof period.start === 'number' && typeof period.end === 'number') ctx.period = { start: period.start, end: period.end };
      const languages = list(config.languages).filter((l): l is 'sv' | 'fi' => l === 'sv' || l === 'fi');
      if (languages.length) ctx.languages = languages;
    }
  }
  return ctx;
}

/** Whether a path is inside the project's folder, links followed. */
async function insideProject(layout: ProjectLayout, path: string): Promise<boolean> {
  return isInside(await realPath(layout.root), await realPath(path));
}
