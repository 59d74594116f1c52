import { readFile, stat } from 'node:fs/promises';
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import type { Severity } from '../diagnostics/diagnostic.js';
import { ExitCode, WelfareError } from './errors.js';
import { fastParse } from './fast-yaml.js';
import { inEach, inEachBy, phrase, type Phrase } from './messages.js';
import type { CachedParse, ParseCache } from './parse-cache.js';
import { Positions } from './positions.js';

/**
 * A YAML file read once per run: its text, its data, and (built when first asked for) its
 * eemeli/yaml document with positions, which editing commands change and messages are placed by.
 */
export interface SourceFile {
  /** The path as the user should see it (relative to the working directory when inside it). */
  path: string;
  /** The path on disk, absolute where it was read from disk. */
  absolutePath: string;
  text: string;
  /** The document, comments kept: parsed on first use for a file read the fast way. */
  readonly doc: Document.Parsed;
  readonly lineCounter: LineCounter;
  /** Whether the data was read the fast way (see fast-yaml.ts), else by eemeli/yaml. */
  readonly fast?: boolean;
  /** The schema errors of the file by the kind it was checked as: from the parse cache, or as found. */
  schemaErrors?: CachedParse['schema'];
  /** Where this clean file's parse goes in the parse cache, when it was not there yet. */
  cacheKey?: string;
  /** The plain data, or undefined when the file could not be parsed. */
  data: unknown;
  /** Problems of the file itself: not UTF-8, YAML syntax, duplicate keys. Worded by Findings. */
  problems: SourceProblem[];
}

/** A problem found while reading a file, with the parameters of its message (see messages.ts). */
export interface SourceProblem {
  line: number;
  col: number;
  severity: Severity;
  rule: string;
  params: Record<string, string | number>;
}

/** A path into the data, as keys and indexes (`['focusAreas', 0, 'goals']`). */
export type DataPath = readonly (string | number)[];

/**
 * Files larger than this are refused before parsing, since the YAML parser needs about 0.3 s and
 * 40 MB of memory per MB. 32 MB holds a matrix of some 25,000 actions; WELFARE_MAX_FILE_MB raises it.
 */
export const maxFileBytes = (env: NodeJS.ProcessEnv = process.env) => (Number(env.WELFARE_MAX_FILE_MB) || 32) * 1024 * 1024;
/** Aliases expanded per file at most, so an alias bomb ("billion laughs") fails fast. */
const MAX_ALIAS_COUNT = 1000;

export async function readSource(path: string, shownAs = path, cache?: ParseCache): Promise<SourceFile> {
  const read = await readInputFile(path, shownAs);
  if ('tooLarge' in read) return tooLarge(read.tooLarge, shownAs, path);
  if (!cache) return parseSource(read.bytes, shownAs, path);
  const key = cache.keyOf(read.bytes);
  const hit = await cache.get(key);
  if (hit) {
    // The bytes were UTF-8 when the entry was made; the text is decoded only if a message or an edit needs it.
    let text: string | undefined;
    const file = cleanSource(shownAs, path, () => (text ??= new TextDecoder().decode(read.bytes)), hit.data, hit.fast);
    file.schemaErrors = hit.schema;
    return file;
  }
  const file = parseSource(read.bytes, shownAs, path);
  if (file.problems.length === 0 && file.data !== undefined) file.cacheKey = key;
  return file;
}

/** Stores what was learnt of a clean file, so that the next run on the same bytes skips the work. */
export async function rememberSource(file: SourceFile, cache: ParseCache): Promise<void> {
  const key = file.cacheKey;
  if (key === undefined || file.data === undefined) return;
  file.cacheKey = undefined;
  await cache.put(key, { data: file.data, fast: file.fast === true, schema: file.schemaErrors ?? {} });
}

/**
 * The bytes of a file a user named, or only its size when it is over `limit`: a stray dump must
 * not fill memory, so it is refused without reading it. So is anything that is not a regular file:
 * a device such as /dev/zero or a named pipe would never end. I/O trouble is a WelfareError (exit 2).
 */
export async function readInputFile(path: string, shownAs: string, limit = maxFileBytes()): Promise<{ bytes: Buffer } | { tooLarge: number }> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error('folder'), { code: 'EISDIR' });
    if (!info.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTREG' });
    if (info.size > limit) return { tooLarge: info.size };
    return { bytes: await readFile(path) };
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const known = code === undefined ? undefined : readErrors[code === 'EPERM' ? 'EACCES' : code];
    const why = known ? inEach(known) : { en: String(code ?? cause), sv: String(code ?? cause), fi: String(code ?? cause) };
    throw new WelfareError(inEachBy(cannotRead, (lang) => ({ file: shownAs, why: why[lang] })), ExitCode.environment, { file: shownAs, cause });
  }
}

const cannotRead = phrase<{ file: string; why: string }>(
  (p) => `${p.file}: cannot read the file (${p.why})`,
  (p) => `${p.file}: kunde inte läsa filen (${p.why})`,
  (p) => `${p.file}: tiedostoa ei voitu lukea (${p.why})`,
);

const readErrors: Record<string, Phrase> = {
  ENOENT: phrase(() => 'file not found', () => 'filen finns inte', () => 'tiedostoa ei ole'),
  EISDIR: phrase(() => 'is a folder, not a file', () => 'är en mapp, inte en fil', () => 'se on kansio eikä tiedosto'),
  ENOTREG: phrase(() => 'not a regular file but a device, pipe or socket', () => 'inte en vanlig fil utan en enhet, en pipe eller en socket', () => 'ei tavallinen tiedosto vaan laite, putki tai pistoke'),
  EACCES: phrase(() => 'permission denied', () => 'åtkomst nekad', () => 'ei lukuoikeutta'),
  ENOTDIR: phrase(() => 'a part of the path is a file, not a folder', () => 'en del av sökvägen är en fil, inte en mapp', () => 'osa polusta on tiedosto eikä kansio'),
  ELOOP: phrase(() => 'a symbolic link that loops', () => 'en symbolisk länk som pekar i en slinga', () => 'symbolinen linkki, joka kiertää kehää'),
  ENAMETOOLONG: phrase(() => 'the path is too long', () => 'sökvägen är för lång', () => 'polku on liian pitkä'),
};

function tooLarge(size: number, path: string, absolutePath: string): SourceFile {
  const lineCounter = new LineCounter();
  const problem: SourceProblem = { line: 1, col: 1, severity: 'error', rule: 'file-too-large', params: { size: (size / 1048576).toFixed(1), limit: maxFileBytes() / 1048576 } };
  return { path, absolutePath, text: '', doc: parseDocument('', { lineCounter }), lineCounter, data: undefined, problems: [problem] };
}

/** Parses YAML bytes; never throws for bad content, which becomes `problems` instead. */
export function parseSource(bytes: Uint8Array, path: string, absolutePath = path): SourceFile {
  const lineCounter = new LineCounter();
  const problems: SourceProblem[] = [];
  const fail = (line: number, col: number, rule: string, params: SourceProblem['params'] = {}) => {
    problems.push({ line, col, severity: 'error', rule, params });
    const doc = parseDocument('', { lineCounter });
    return { path, absolutePath, text: '', doc, lineCounter, data: undefined, problems };
  };
  if (bytes.length > maxFileBytes()) return tooLarge(bytes.length, path, absolutePath);
  // UTF-16 (Notepad's "Unicode") is text, only not the UTF-8 that YAML tools agree on.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return fail(1, 1, 'not-utf8');
  const nul = bytes.indexOf(0);
  if (nul >= 0) return fail(lineAt(bytes, nul), 1, 'not-text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    return fail(lineAt(bytes, bad), 1, 'not-utf8');
  }
  const fast = process.env.WELFARE_PARSER === 'eemeli' ? undefined : fastParse(text);
  if (fast) return cleanSource(path, absolutePath, () => text, fast.data, true);
  return eemeliSource(text, path, absolutePath);
}

/**
 * A file read without a problem. Its document waits until it is needed (by an editing command or
 * a message to place), so that a run over many files holds only their texts and data.
 */
function cleanSource(path: string, absolutePath: string, text: () => string, data: unknown, fast: boolean): SourceFile {
  let parsed: { doc: Document.Parsed; lineCounter: LineCounter } | undefined;
  const eemeli = () => (parsed ??= documentOf(text()));
  return {
    path, absolutePath, data, problems: [], fast,
    get text() { return text(); },
    get doc() { return eemeli().doc; },
    get lineCounter() { return eemeli().lineCounter; },
  };
}

function documentOf(text: string) {
  const lineCounter = new LineCounter();
  return { doc: parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true }), lineCounter };
}

/** Reads a text with eemeli/yaml, welfare's reference reader, wording its every error and warning. */
function eemeliSource(text: string, path: string, absolutePath: string): SourceFile {
  const problems: SourceProblem[] = [];
  const { doc, lineCounter } = documentOf(text);
  for (const e of [...doc.errors, ...doc.warnings]) {
    const { line, col } = lineCounter.linePos(e.pos[0]);
    const rule = e.code === 'DUPLICATE_KEY' ? 'duplicate-key' : e.code === 'TAB_AS_INDENT' ? 'tab-indent' : e.code === 'MULTIPLE_DOCS' ? 'multiple-documents'
      : /call stack/i.test(e.message) ? 'too-deep' : 'yaml-syntax';
    const key = text.slice(e.pos[0]).split(/[:\n]/)[0]!.trim();
    // A tag YAML does not know (`!include /etc/passwd`, `!!js/function`) would be read as plain
    // text, not what its author meant: an error, though the parser only warns.
    const warning = e.name === 'YAMLWarning' && e.code !== 'TAG_RESOLVE_FAILED';
    problems.push({ line, col, severity: warning ? 'warning' : 'error', rule, params: { detail: firstLine(e.message), key } });
  }
  let data: unknown;
  if (doc.errors.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (e) {
      const rule = /call stack/i.test((e as Error).message) ? 'too-deep' : 'alias-limit';
      problems.push({ line: 1, col: 1, severity: 'error', rule, params: { limit: MAX_ALIAS_COUNT, detail: firstLine((e as Error).message) } });
    }
    if (data === null || data === undefined) {
      // A file whose aliases could not be expanded is not empty: that error says it all.
      if (!problems.some((p) => p.severity === 'error')) problems.push({ line: 1, col: 1, severity: 'error', rule: 'empty-file', params: {} });
      data = undefined;
    }
  }
  if (problems.length === 0) return cleanSource(path, absolutePath, () => text, data, false);
  return { path, absolutePath, text, doc, lineCounter, data, problems };
}

/** The 1-based line and column of a place in the data: the key for `at: 'key'`, else the value. */
export function positionOf(file: SourceFile, path: DataPath, at: 'key' | 'value' = 'value'): { line: number; col: number } {
  if (file.fast) {
    const located = fastPositions(file);
    if (located) return located.lines.linePos(located.positions.offsetOf(path, at));
  }
  return file.lineCounter.linePos(offsetOf(file.doc, path, at));
}

/** Positions from js-yaml's events, for the few files read the fast way that have a message. */
const fastPositionsOf = new WeakMap<SourceFile, { positions: Positions; lines: LineCounter } | null>();
function fastPositions(file: SourceFile) {
  let found = fastPositionsOf.get(file);
  if (found === undefined) {
    const positions = Positions.of(file.text);
    found = positions ? { positions, lines: linesOf(file.text) } : null;
    fastPositionsOf.set(file, found);
  }
  return found;
}

/** Line starts as eemeli/yaml's lexer counts them: after each line feed. */
function linesOf(text: string): LineCounter {
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines.addNewLine(i + 1);
  return lines;
}

function offsetOf(doc: Document.Parsed, path: DataPath, at: 'key' | 'value'): number {
  let node: unknown = doc.contents;
  let best = (doc.contents as Node | null)?.range?.[0] ?? 0;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && String(isScalar(p.key) ? p.key.value : p.key) === String(seg));
      if (!pair) return best;
      const keyStart = (pair.key as Node | null)?.range?.[0];
      if (keyStart !== undefined) best = keyStart;
      if (last && at === 'key') return best;
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      node = node.items[seg];
    } else {
      return best;
    }
    const start = (node as Node | null)?.range?.[0];
    if (start !== undefined && !(last && at === 'key')) best = start;
  }
  return best;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++;
  return line;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  // Binary search for the longest prefix that decodes; streaming, so a cut inside a character is fine.
  let lo = 0, hi = bytes.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    try { new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true }); lo = mid; } catch { hi = mid; }
  }
  return lo;
}

const firstLine = (s: string) => s.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
