import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { PDFArray, PDFBool, PDFDict, PDFName, PDFString } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExitCode, WelfareError } from '../src/core/errors.js';
import { BrowserNotFound, printDocuments, type PrintJob, type PrintResult } from '../src/print/index.js';
import { tempDir, repoRoot } from './helpers/cli.js';
import { bookmarks, catalog, pageTexts, pdfInfo, structureElements } from './fixtures/print/read-pdf.js';

const fixtures = join(repoRoot, 'test', 'fixtures', 'print');
const areas = {
  sv: ['Fysisk aktivitet och hälsosamma levnadsvanor', 'Delaktighet, gemenskap och psykisk välfärd', 'Trygghet och säkerhet i vardagen'],
  fi: ['Liikunta ja terveelliset elintavat', 'Osallisuus, yhteisöllisyys ja psyykkinen hyvinvointi', 'Turvallisuus arjessa'],
};

function job(name: string, lang: string, out: string): PrintJob {
  const sv = lang === 'sv';
  return {
    htmlPath: join(fixtures, `${name}.html`),
    pdfPath: join(out, `${name}.pdf`),
    lang,
    title: sv ? 'Välfärdsberättelse 2023–2025' : 'Hyvinvointikertomus 2023–2025',
    author: sv ? 'Lovisa stad' : 'Loviisan kaupunki',
    subject: sv ? 'Välfärdsberättelse för Lovisa och Lappträsk' : 'Loviisan ja Lapinjärven hyvinvointikertomus',
    keywords: sv ? ['välfärd', 'hälsa och välfärd', 'Lovisa'] : ['hyvinvointi', 'Loviisa'],
    header: sv ? 'Välfärdsberättelse 2023–2025 · Lovisa stad "Ö" <b>' : 'Hyvinvointikertomus 2023–2025 · Loviisan kaupunki',
    footer: sv ? { page: 'Sida', of: 'av' } : { page: 'Sivu', of: '/' },
    creationDate: new Date('2025-05-15T00:00:00Z'),
  };
}

let out: string;
let results: PrintResult[];
const events: string[] = [];
let report: string;
let pages: string[];

beforeAll(async () => {
  out = tempDir();
  results = await printDocuments([job('report', 'sv', out), job('isolated', 'fi', out)], {
    onProgress: ({ job, state }) => events.push(`${state} ${job.lang}`),
  });
  report = join(out, 'report.pdf');
  pages = pageTexts(report);
});

describe('printDocuments', () => {
  it('prints every job to its PDF, A4, and reports the page count', () => {
    expect(results.map((r) => r.job.pdfPath)).toEqual([join(out, 'report.pdf'), join(out, 'isolated.pdf')]);
    const info = pdfInfo(report);
    expect(info['Page size']).toContain('(A4)');
    expect(Number(info.Pages)).toBe(results[0]!.pages);
    expect(results[0]!.pages).toBe(pages.length);
    expect(results[0]!.pages).toBeGreaterThan(8);
    expect(results[1]!.pages).toBe(1);
  });

  it('prints the documents side by side in the one browser', () => {
    expect(events.slice(0, 2)).toEqual(['start sv', 'start fi']);
    expect(events.toSorted()).toEqual(['done fi', 'done sv', 'start fi', 'start sv']);
  });

  it('sets title, author, subject, keywords, creator and the dates of the job', () => {
    const info = pdfInfo(report);
    expect(info).toMatchObject({
      Title: 'Välfärdsberättelse 2023–2025',
      Author: 'Lovisa stad',
      Subject: 'Välfärdsberättelse för Lovisa och Lappträsk',
      Keywords: 'välfärd, hälsa och välfärd, Lovisa',
      Creator: 'welfare',
      CreationDate: 'Thu May 15 00:00:00 2025 UTC',
      ModDate: 'Thu May 15 00:00:00 2025 UTC',
      'Metadata Stream': 'yes',
    });
    expect(info.Producer).toMatch(/^welfare with Skia\/PDF m\d+ and pdf-lib$/);
    const xmp = execFileSync('pdfinfo', ['-meta', report], { encoding: 'utf8' });
    expect(xmp).toContain('<rdf:li xml:lang="sv">Välfärdsberättelse 2023–2025</rdf:li>');
    expect(xmp).toContain('<xmp:CreateDate>2025-05-15T00:00:00Z</xmp:CreateDate>');
    expect(pdfInfo(join(out, 'isolated.pdf')).Title).toBe('Hyvinvointikertomus 2023–2025');
  });

  it('is tagged, in the language of the job, and shows its title in the window', async () => {
    expect(pdfInfo(report).Tagged).toBe('yes');
    const root = await catalog(report);
    expect(root.lookup(PDFName.of('StructTreeRoot'))).toBeInstanceOf(PDFDict);
    expect(root.lookup(PDFName.of('MarkInfo'), PDFDict).lookup(PDFName.of('Marked'))).toBe(PDFBool.True);
    expect(root.lookup(PDFName.of('ViewerPreferences'), PDFDict).lookup(PDFName.of('DisplayDocTitle'))).toBe(PDFBool.True);
    expect(root.lookup(PDFName.of('Lang'))?.toString()).toBe('(sv)');
    expect((await catalog(join(out, 'isolated.pdf'))).lookup(PDFName.of('Lang'))?.toString()).toBe('(fi)');
    expect(root.lookup(PDFName.of('Metadata'))).toBeDefined();
    expect(readFileSync(report, 'latin1')).toMatch(/\/ID \[ <[0-9A-F]{32}> <[0-9A-F]{32}> \]/i);
  });

  it('names structure elements in tree order, and every table cell finds its headers by name', async () => {
    const elements = await structureElements(report);
    const names = elements.flatMap((e) => (e.id ? [e.id] : []));
    expect(names).toEqual(Array.from({ length: 24 }, (_, i) => `node${String(i + 1).padStart(8, '0')}`));
    const tree = (await catalog(report)).lookup(PDFName.of('StructTreeRoot'), PDFDict).lookup(PDFName.of('IDTree'), PDFDict).lookup(PDFName.of('Names'), PDFArray);
    const byName = new Map<string, string | undefined>();
    for (let i = 0; i < tree.size(); i += 2) byName.set(tree.lookup(i, PDFString).decodeText(), tree.lookup(i + 1, PDFDict).lookup(PDFName.of('S'))?.toString());
    expect([...byName.keys()]).toEqual(names);
    const cells = elements.filter((e) => e.type === 'TD');
    expect(cells).toHaveLength(6 * 18 * 4);
    for (const cell of cells) for (const header of cell.headers) expect(byName.get(header)).toBe('/TH');
    expect(cells.every((cell) => cell.headers.length === 1)).toBe(true);
  });

  it('has bookmarks from the headings, nested by level, in both languages', async () => {
    const marks = await bookmarks(report);
    for (const lang of ['sv', 'fi'] as const) for (const area of areas[lang]) expect(marks).toContainEqual({ title: area, depth: 1 });
    expect(marks).toContainEqual({ title: 'Välfärdsberättelse 2023–2025', depth: 0 });
    expect(marks).toContainEqual({ title: 'Hyvinvointikertomus 2023–2025', depth: 0 });
  });

  it('embeds fonts that carry every Swedish and Finnish letter', () => {
    expect(pages[0]).toContain('Tecken: å ä ö Å Ä Ö š ž Š Ž');
    expect(pages.join('')).toContain('Šaldo och Žanna');
    const fonts = execFileSync('pdffonts', [report], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font.split(/\s+/).slice(-5, -3)).toEqual(['yes', 'yes']);
  });

  it('leaves the cover without running header and footer, and puts them on every other page', () => {
    expect(pages[0]).not.toMatch(/Sida|Lovisa stad "Ö"/);
    const total = pages.length;
    pages.slice(1).forEach((text, i) => {
      expect(text).toContain('Välfärdsberättelse 2023–2025 · Lovisa stad "Ö" <b>');
      expect(text).toContain(`Sida ${i + 2} av ${total}`);
    });
  });

  it('fills the table of contents with the pages its headings are on', () => {
    for (const lang of ['sv', 'fi'] as const) {
      for (const area of areas[lang]) {
        const entry = pages.join('\n').match(new RegExp(`^${area}\\s+(\\d+)$`, 'm'));
        expect(entry, area).not.toBeNull();
        const headingPage = pages.findIndex((text) => text.split('\n').some((line) => line.trim() === area)) + 1;
        expect(Number(entry![1])).toBe(headingPage);
      }
    }
  });

  it('never splits a table row across pages', () => {
    let rows = 0;
    for (const lang of ['sv', 'fi']) {
      const word = lang === 'sv' ? 'Åtgärd' : 'Toimenpide';
      for (let area = 1; area <= 3; area++) {
        for (let row = 1; row <= 18; row++, rows++) {
          const first = pages.findIndex((t) => t.includes(`${word} ${lang}-${area}-${row} början`));
          expect(first, `${lang}-${area}-${row}`).toBeGreaterThan(0);
          expect(pages[first]).toContain(`${word} ${lang}-${area}-${row} slut`);
        }
      }
    }
    expect(rows).toBe(108);
  });

  it('keeps each heading on the page of the text that follows it', () => {
    for (const [lang, intro] of [['sv', 'Tyngdpunkten beskriver'], ['fi', 'Painopiste kuvaa']] as const) {
      for (const area of areas[lang]) {
        const lines = pages.find((text) => text.split('\n').some((line) => line.trim() === area))!.split('\n');
        const after = lines.slice(lines.findIndex((line) => line.trim() === area) + 1);
        expect(after.find((line) => line.trim() !== '')).toContain(intro);
      }
    }
  });

  it('loads only the document itself: no network, no other file, no script', () => {
    expect(results[0]!.blocked).toEqual([]);
    expect(results[1]!.blocked.toSorted()).toEqual([`file://${join(fixtures, 'isolated.css')}`, `file://${join(repoRoot, 'package.json')}`, 'https://example.com/logo.png'].toSorted());
    const text = pageTexts(join(out, 'isolated.pdf')).join('');
    expect(text).toContain('Vain tämä tiedosto tulostuu.');
    expect(text).not.toContain('STYLESHEET LOADED');
    expect(text).not.toContain('SCRIPT RAN');
  });

  it('gives the same bytes for the same input, whatever the concurrency', async () => {
    const again = tempDir();
    await printDocuments([job('isolated', 'fi', again), job('report', 'sv', again)], { concurrency: 1 });
    expect(readFileSync(join(again, 'report.pdf')).equals(readFileSync(report))).toBe(true);
    expect(readFileSync(join(again, 'isolated.pdf')).equals(readFileSync(join(out, 'isolated.pdf')))).toBe(true);
  });
});

describe('printDocuments when it cannot print', () => {
  it('names the document that cannot be opened and leaves the PDF that was there', async () => {
    const dir = tempDir();
    const broken = { ...job('report', 'sv', dir), htmlPath: join(dir, 'missing.html') };
    writeFileSync(broken.pdfPath, 'the good PDF of yesterday');
    const error = await printDocuments([broken]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WelfareError);
    expect((error as WelfareError).message).toMatch(new RegExp(`^cannot print ${broken.htmlPath} to PDF: net::ERR_FILE_NOT_FOUND`));
    expect((error as WelfareError).exitCode).toBe(ExitCode.environment);
    expect(readFileSync(broken.pdfPath, 'utf8')).toBe('the good PDF of yesterday');
    expect(readdirSync(dir)).toEqual(['report.pdf']);
  });

  it('gives up on a document that takes longer than the timeout, naming it', async () => {
    const dir = tempDir();
    const error = await printDocuments([job('report', 'sv', dir)], { timeoutMs: 50 }).catch((e: unknown) => e);
    expect((error as WelfareError).message).toBe(`printing ${join(fixtures, 'report.html')} to PDF took longer than 0.05 s`);
    expect((error as WelfareError).exitCode).toBe(ExitCode.environment);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('throws BrowserNotFound, exit code 2, before printing anything', async () => {
    const dir = tempDir();
    const error = await printDocuments([job('report', 'sv', dir)], { browser: join(dir, 'no-such-chrome') }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BrowserNotFound);
    expect((error as BrowserNotFound).exitCode).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('printDocuments in a process that is stopped', () => {
  let dir: string;
  let script: string;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  beforeAll(async () => {
    // The library as the CLI bundles it, driven by a small program a test can send signals to.
    // It lives inside the repository so that it finds puppeteer-core and pdf-lib in node_modules.
    mkdirSync(join(repoRoot, 'node_modules', '.cache'), { recursive: true });
    dir = mkdtempSync(join(repoRoot, 'node_modules', '.cache', 'welfare-print-test-'));
    await build({ entryPoints: [join(repoRoot, 'src', 'print', 'index.ts')], bundle: true, splitting: true, format: 'esm', platform: 'node', outdir: join(dir, 'lib'), external: ['puppeteer-core', 'pdf-lib'], logLevel: 'warning' });
    script = join(dir, 'print.mjs');
    writeFileSync(
      script,
      `import { printDocuments } from './lib/index.js';
const [out, copies] = process.argv.slice(2);
const jobs = Array.from({ length: Number(copies) }, (_, i) => ({ ...JSON.parse(process.env.JOB), pdfPath: out + '/copy-' + i + '.pdf', creationDate: new Date(0) }));
await printDocuments(jobs, { concurrency: 2, onProgress: ({ state }) => console.log(state) });
console.log('finished');
`,
    );
  });

  function run(copies: number, onLine: (line: string, child: ReturnType<typeof spawn>) => void) {
    const out = tempDir();
    const tmp = tempDir();
    mkdirSync(join(out, 'pdf'));
    const child = spawn(process.execPath, [script, join(out, 'pdf'), String(copies)], {
      cwd: repoRoot,
      env: { ...process.env, TMPDIR: tmp, JOB: JSON.stringify(job('report', 'sv', out)) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const lines: string[] = [];
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => chunk.split('\n').filter(Boolean).forEach((line) => (lines.push(line), onLine(line, child))));
    return new Promise<{ code: number | null; signal: NodeJS.Signals | null; lines: string[]; pdfDir: string; tmp: string }>((done) =>
      child.on('exit', (code, signal) => done({ code, signal, lines, pdfDir: join(out, 'pdf'), tmp })),
    );
  }

  /** Browser processes whose profile is in that folder. */
  function browsersUsing(folder: string): string[] {
    return execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).split('\n').filter((line) => line.includes(`--user-data-dir=${folder}`));
  }

  it('removes the browser profile when done', async () => {
    const result = await run(1, () => {});
    expect(result.code).toBe(0);
    expect(result.lines.at(-1)).toBe('finished');
    expect(readdirSync(result.pdfDir)).toEqual(['copy-0.pdf']);
    expect(readdirSync(result.tmp)).toEqual([]);
  });

  it('on Ctrl-C ends the browser, removes its profile, leaves only whole PDFs and dies of the signal', async () => {
    let sent = false;
    const result = await run(8, (line, child) => {
      if (line === 'done' && !sent) {
        sent = true;
        child.kill('SIGINT');
      }
    });
    expect(result.signal).toBe('SIGINT');
    expect(result.lines).not.toContain('finished');
    expect(readdirSync(result.tmp)).toEqual([]);
    expect(browsersUsing(result.tmp)).toEqual([]);
    // What was written is whole; nothing half-written or temporary is left beside it.
    const pdfs = readdirSync(result.pdfDir);
    expect(pdfs.length).toBeGreaterThan(0);
    expect(pdfs.length).toBeLessThan(8);
    for (const name of pdfs) {
      expect(name).toMatch(/^copy-\d\.pdf$/);
      expect(pdfInfo(join(result.pdfDir, name)).Pages).toBe(String(pageTexts(report).length));
    }
  });
});
