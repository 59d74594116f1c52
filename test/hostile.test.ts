// The corpus of broken and hostile input (test/fixtures/hostile/<case>/expected.json): each case
// is a small project (a fixture project with files replaced, edited, generated or linked), a
// command, and what must come of it: the exit code, a message that names the file and line, no
// stack trace, nothing run or fetched, nothing written outside, in bounded time and memory.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it, onTestFinished } from 'vitest';
import { pageTexts } from './fixtures/print/read-pdf.js';
import { exampleDir, repoRoot, runCli, tempDir } from './helpers/cli.js';
import { zipOf, type ZipPart } from './helpers/zip-writer.js';

const fixtures = join(repoRoot, 'test', 'fixtures');
const corpus = join(fixtures, 'hostile');
const peakMemory = join(repoRoot, 'test', 'helpers', 'peak-memory.cjs');

interface FileChecks {
  /** Patterns the file must match. */
  match?: string[];
  absent?: string[];
  /** Patterns the text of a PDF (through pdftotext) must match, or must not. */
  text?: string[];
  absentText?: string[];
}

interface HostileCase {
  about: string;
  /** The project to start from: the validate fixture project (default), the example, or an empty folder. */
  project?: 'validate' | 'example' | 'none';
  /** Files put into the project: `./name` from the case's folder, else a path under test/fixtures. */
  files?: Record<string, string>;
  /** Files made by the test (too large, too odd or too random to commit): see `generators`. */
  generate?: Record<string, keyof typeof generators>;
  folders?: string[];
  /** Files put into a folder beside the project, `{outside}` in `links`. */
  outside?: Record<string, string>;
  /** Symbolic links put into the project: path → target. */
  links?: Record<string, string>;
  edit?: { file: string; replace: string; with: string }[];
  command: string[];
  exit: number;
  /** What the output must name: the file, and its line where there is one. */
  names?: string;
  stdout?: string[];
  stderr?: string[];
  /** Patterns neither stdout nor stderr may match (beside stack traces and internal errors, never allowed). */
  absent?: string[];
  outputs?: Record<string, FileChecks>;
  /** Paths in the project that must not exist afterwards. */
  absentFiles?: string[];
  /** The folder beside the project is as it was: nothing written, removed or changed there. */
  outsideUnchanged?: boolean;
  /** Bounds: wall time in seconds (default 10) and peak memory of welfare's process in MB (default 300). */
  seconds?: number;
  rssMB?: number;
}

const never = [/^\s+at .+:\d+:\d+\)?$/m, /internal error/, /\[object Object\]/];

const matrix = () => readFileSync(join(fixtures, 'validate', 'project', 'matrices', 'lovisa.yaml'), 'utf8');
const windows = (text: string) => '\ufeff' + text.replace(/\n/g, '\r\n');

/** Inputs made by the test rather than committed. */
const generators = {
  'bom-only': (path: string) => writeFileSync(path, Buffer.from([0xef, 0xbb, 0xbf])),
  'bom-crlf': (path: string) => writeFileSync(path, windows(matrix())),
  'bom-crlf-unknown-status': (path: string) => writeFileSync(path, windows(readFileSync(join(fixtures, 'validate', 'cases', 'matrix--unknown-status.yaml'), 'utf8'))),
  // The same bytes on every run: a multiplicative hash of the position, a NUL now and then.
  binary: (path: string) => writeFileSync(path, Uint8Array.from({ length: 4096 }, (_, i) => (Math.imul(i + 1, 2654435761) >>> 24) & 0xff)),
  utf16: (path: string) => writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(matrix(), 'utf16le')])),
  'alias-bomb': (path: string) =>
    writeFileSync(path, ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]', ...Array.from({ length: 9 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(9).fill(`*a${i}`).join(', ')}]`)].join('\n') + '\n'),
  'size-50mb': (path: string) => writeFileSync(path, Buffer.alloc(50 * 1024 * 1024, '# a line of a file far too large to be a matrix\n')),
  'deep-flow': (path: string) => writeFileSync(path, `x: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`),
  'deep-block': (path: string) => writeFileSync(path, Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + '\n'),
  // A 6 KB workbook whose one merged range covers every cell of a sheet (A1:XFD1048576): a reader
  // that expands ranges (exceljs) would make 17 billion cells of it. JSZip is exceljs's own zip library.
  'xlsx-merge-bomb': async (path: string) => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Lovisa');
    sheet.addRow(['MÅL', 'ÅTGÄRD', 'INDIKATOR', 'ANSVARIG AKTÖR']);
    sheet.addRow(['Mål', 'Åtgärd', 'Antal', 'Alla']);
    const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    zip.file('xl/worksheets/sheet1.xml', xml.replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'));
    writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  },
  // A 1 MB workbook that holds a gigabyte of zeros as a picture: welfare never unpacks it.
  'xlsx-media-bomb': async (path: string) =>
    writeFileSync(path, await zipOf([...(await workbookParts()), ...Array.from({ length: 8 }, (_, i) => ({ name: `xl/media/image${i + 1}.png`, repeat: { byte: 0, times: 2 ** 30 } }))])),
  // The sheet itself a gigabyte unpacked, as its directory says: refused before unpacking.
  'xlsx-sheet-bomb': async (path: string) =>
    writeFileSync(path, await zipOf((await workbookParts()).map((p) => (p.name === 'xl/worksheets/sheet1.xml' ? { name: p.name, text: '<worksheet><sheetData>', repeat: { byte: 0x20, times: 2 ** 30 } } : p)))),
  // The sheet a gigabyte unpacked, while its directory says 4 KB: stopped once it passes 4 KB.
  'xlsx-size-lie': async (path: string) =>
    writeFileSync(path, await zipOf((await workbookParts()).map((p) => (p.name === 'xl/worksheets/sheet1.xml' ? { name: p.name, text: '<worksheet><sheetData>', repeat: { byte: 0x20, times: 2 ** 30 }, statedSize: 4096 } : p)))),
  folder: (path: string) => mkdirSync(path),
  fifo: (path: string) => execFileSync('mkfifo', [path]),
};

/** The parts of a small valid workbook of an action matrix, as exceljs writes it. */
async function workbookParts(): Promise<ZipPart[]> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Lovisa');
  sheet.addRow(['1. Delaktighet']);
  sheet.addRow(['Mål', 'Åtgärd', 'Indikator', 'Ansvarig aktör']);
  sheet.addRow(['Invånarna kan påverka.', 'Vi utför enkäter.', 'Antalet enkäter', 'Kommunstyrelsen']);
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  return Promise.all(Object.values(zip.files).filter((f) => !f.dir).map(async (f) => ({ name: f.name, text: await f.async('string') })));
}

const cases = readdirSync(corpus).sort().map((name) => [name, JSON.parse(readFileSync(join(corpus, name, 'expected.json'), 'utf8')) as HostileCase] as const);

/** Where a file of a case comes from: its own folder, or any fixture. */
const sourceOf = (name: string, from: string) => (from.startsWith('./') ? join(corpus, name, from) : join(fixtures, from));

function put(path: string, from: string): void {
  mkdirSync(dirname(path), { recursive: true });
  rmSync(path, { recursive: true, force: true });
  cpSync(from, path);
}

/** Every file below a folder with its content, to tell whether anything there changed. */
function contents(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .sort()
      .map((path) => [path, statSync(join(dir, path)).isDirectory() ? '<folder>' : readFileSync(join(dir, path), 'utf8')]),
  );
}

async function setUp(name: string, c: HostileCase): Promise<{ root: string; project: string; outside: string; memory: string }> {
  const root = tempDir();
  const project = join(root, 'project');
  const outside = join(root, 'outside');
  if (c.project === 'example') cpSync(exampleDir, project, { recursive: true });
  else if (c.project === 'none') mkdirSync(project);
  else cpSync(join(fixtures, 'validate', 'project'), project, { recursive: true });
  mkdirSync(outside);
  for (const [target, from] of Object.entries(c.files ?? {})) put(join(project, target), sourceOf(name, from));
  for (const [target, from] of Object.entries(c.outside ?? {})) put(join(outside, target), sourceOf(name, from));
  for (const folder of c.folders ?? []) mkdirSync(join(project, folder), { recursive: true });
  for (const [target, kind] of Object.entries(c.generate ?? {})) {
    const path = join(project, target);
    mkdirSync(dirname(path), { recursive: true });
    rmSync(path, { force: true });
    await generators[kind](path);
  }
  for (const [link, target] of Object.entries(c.links ?? {})) {
    const path = join(project, link);
    mkdirSync(dirname(path), { recursive: true });
    rmSync(path, { recursive: true, force: true });
    symlinkSync(target.replace('{outside}', outside), path);
  }
  for (const { file, replace, with: by } of c.edit ?? []) {
    const text = readFileSync(join(project, file), 'utf8');
    if (!text.includes(replace)) throw new Error(`${name}: ${file} has no '${replace}' to replace`);
    writeFileSync(join(project, file), text.replace(replace, by));
  }
  return { root, project, outside, memory: join(root, 'peak-memory') };
}

describe('hostile and broken input', () => {
  it('has a corpus of at least 40 cases, each failing case naming what it failed on', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    for (const [name, c] of cases) {
      expect(c.about, name).toBeTruthy();
      if (c.exit !== 0) expect(c.names, `${name} must say what the message names`).toBeTruthy();
    }
  });

  it.each(cases)('%s', async (name, c) => {
    const { root, project, outside, memory } = await setUp(name, c);
    onTestFinished(() => rmSync(root, { recursive: true, force: true }));
    const before = contents(outside);
    const seconds = c.seconds ?? 10;
    const started = performance.now();
    const r = runCli(c.command, { cwd: project, env: { WELFARE_TEST_PEAK_MEMORY: memory }, nodeArgs: ['--require', peakMemory], timeout: (seconds + 20) * 1000 });
    const elapsed = (performance.now() - started) / 1000;
    const output = `${r.stdout}${r.stderr}`;
    const shown = `${name}: exit ${r.code} after ${elapsed.toFixed(1)} s\n--- stdout\n${r.stdout.slice(0, 3000)}\n--- stderr\n${r.stderr.slice(0, 3000)}`;

    expect(r.code, shown).toBe(c.exit);
    if (c.names) expect(output, shown).toContain(c.names);
    for (const pattern of c.stdout ?? []) expect(r.stdout, shown).toMatch(new RegExp(pattern));
    for (const pattern of c.stderr ?? []) expect(r.stderr, shown).toMatch(new RegExp(pattern));
    for (const pattern of [...never, ...(c.absent ?? []).map((p) => new RegExp(p, 'm'))]) expect(output, shown).not.toMatch(pattern);

    for (const [path, checks] of Object.entries(c.outputs ?? {})) {
      const file = join(project, path);
      expect(existsSync(file), `${name}: ${path} was not written`).toBe(true);
      const text = path.endsWith('.pdf') ? pageTexts(file).join('\n') : readFileSync(file, 'utf8');
      for (const pattern of [...(checks.match ?? []), ...(checks.text ?? [])]) expect(text, `${name}: ${path}`).toMatch(new RegExp(pattern));
      for (const pattern of [...(checks.absent ?? []), ...(checks.absentText ?? [])]) expect(text, `${name}: ${path}`).not.toMatch(new RegExp(pattern, 'i'));
    }
    for (const path of c.absentFiles ?? []) expect(existsSync(join(project, path)), `${name}: ${path} exists`).toBe(false);
    if (c.outsideUnchanged) expect(contents(outside), `${name}: the folder outside the project changed`).toEqual(before);

    expect(elapsed, shown).toBeLessThan(seconds);
    const peakMB = Number(readFileSync(memory, 'utf8')) / 1024;
    expect(peakMB, `${name}: peak memory ${peakMB.toFixed(0)} MB`).toBeLessThan(c.rssMB ?? 300);
  }, 90_000);
});

describe('terminal and log injection, where no command line reaches it', () => {
  const evil = 'x\x1b[2J\x1b]8;;http://evil.example/\x1b\\\r\x9b31m\u202etxt.exe';
  const shownEvil = 'x\\x1b[2J\\x1b]8;;http://evil.example/\\x1b\\\\x0d\\x9b31m\\u202etxt.exe';
  const hidden = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

  it('the problem page of serve shows hidden characters of files and messages as escapes', async () => {
    const { problemPage } = await import('../src/serve/problem-page.js');
    const page = problemPage({ diagnostics: [{ file: `matrices/${evil}.yaml`, line: 3, col: 4, severity: 'error', message: `names the actor '${evil}'`, rule: 'unknown-actor' }], message: `cannot write ${evil}` }, 'en', undefined);
    expect(page).toContain(`<code>matrices/${shownEvil}.yaml:3:4</code>`);
    expect(page).toContain(`names the actor &#39;${shownEvil}&#39;`);
    expect(page).toContain(`<pre>cannot write ${shownEvil}</pre>`);
    expect(page).not.toMatch(hidden);
  });

  it('the live lines of a build on a terminal draw the cursor movement of their own only', async () => {
    const { LiveProgress } = await import('../src/cli/progress-live.js');
    let text = '';
    const view = new LiveProgress({ write: (t: string) => void (text += t), columns: 200 }, { color: false, keepFinished: true, shown: (p) => p, now: () => 0 });
    view.show({ stage: 'index', path: `dist/${evil}/index.html` });
    view.finish();
    expect(text).toBe(`  ✓ dist/${shownEvil}/index.html\n`);
  });
});
