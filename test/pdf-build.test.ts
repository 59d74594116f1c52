// End to end: `welfare build` on the example project prints every PDF, and the PDFs say what the
// matrices say, in the language of each document.
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDocument, PDFName, PDFRawStream, PDFRef } from 'pdf-lib';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../src/print/index.js';
import { exampleDir, repoRoot, runCli, tempDir, type CliResult } from './helpers/cli.js';
import { bookmarks, catalog, pdfInfo } from './fixtures/print/read-pdf.js';
import { pdfGlyphs, type GlyphPage } from './helpers/pdf-glyphs.js';

const scopes = ['lovisa', 'lapptrask', 'joint'];
const documents = ['report', 'overview'];
const editions = ['sv', 'fi', 'sv-fi'];
const pdfs = scopes.flatMap((scope) => documents.flatMap((document) => editions.map((edition) => `${scope}/${document}.${edition}`)));

interface Action {
  id: string;
  text: { sv: string; fi: string };
}
const actionsOf = (municipality: string): Action[] =>
  parse(readFileSync(join(exampleDir, 'matrices', `${municipality}.yaml`), 'utf8')).focusAreas.flatMap((area: { goals: { actions: Action[] }[] }) => area.goals.flatMap((goal) => goal.actions));
const actions: Record<string, Action[]> = { lovisa: actionsOf('lovisa'), lapptrask: actionsOf('lapptrask') };

/**
 * The text of a PDF in the order it was written (a table row's cells one after the other), with
 * all white space removed: where a line breaks in a table cell is layout, not content.
 */
const squash = (text: string) => text.replace(/\s+/g, '');
const rawText = (pdf: string) => execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
/**
 * As copied out of the PDF, without hyphens: a long word broken at the end of a line in a narrow
 * column ("toimen-" / "piteet") reads as the same letters as the word whole.
 */
const unhyphenated = (text: string) => squash(text).replace(/[-\u2010]/g, '');
const textOf = (pdf: string) => unhyphenated(rawText(pdf));

let project: string;
let build: CliResult;
const dist = (name: string, ext = 'pdf') => join(project, 'dist', `${name}.${ext}`);

/** Every character of every PDF, read back once (`mutool draw -F stext`). */
const glyphs = new Map<string, GlyphPage[]>();

beforeAll(() => {
  project = tempDir(exampleDir);
  build = runCli(['build'], { cwd: project, timeout: 300_000 });
  for (const name of pdfs) if (existsSync(dist(name))) glyphs.set(name, pdfGlyphs(dist(name)));
}, 420_000);

/**
 * What a reader sees of a PDF: each page's content streams, inflated, and the document information.
 * Not the whole file: Chromium draws a link's clickable area as one box or as one per text run,
 * differently from one print to the next (docs/pdf.md), and those boxes are tagged objects.
 */
async function pageDrawings(file: string): Promise<{ pages: Buffer[]; info: Record<string, string | undefined> }> {
  const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  const streams = (object: unknown): PDFRawStream[] => {
    const found = object instanceof PDFRef ? doc.context.lookup(object) : object;
    if (found instanceof PDFArray) return found.asArray().flatMap(streams);
    return found instanceof PDFRawStream ? [found] : [];
  };
  const pages = doc.getPages().map((page) => Buffer.concat(streams(page.node.get(PDFName.of('Contents'))).map((s) => inflateSync(s.contents))));
  return { pages, info: { title: doc.getTitle(), author: doc.getAuthor(), subject: doc.getSubject(), keywords: doc.getKeywords(), producer: doc.getProducer(), created: doc.getCreationDate()?.toISOString() } };
}

const mm = 72 / 25.4;
/** The page margins of the default theme and welfare's print style, in points. */
const margin = { top: 22 * mm, right: 18 * mm, bottom: 22 * mm, left: 22 * mm };
const visible = (page: GlyphPage) => page.glyphs.filter((g) => g.c.trim() !== '');
/** The body of the page: between the running header and the footer. */
const body = (page: GlyphPage) => visible(page).filter((g) => g.y0 >= margin.top - 1 && g.y1 <= page.height - margin.bottom + 1);

describe('welfare build, PDF', () => {
  it('prints a PDF beside every HTML document', () => {
    expect(build.stderr).not.toMatch(/error/i);
    expect(build.code).toBe(0);
    for (const name of pdfs) {
      expect(existsSync(dist(name, 'html')), name).toBe(true);
      expect(existsSync(dist(name)), name).toBe(true);
      expect(build.stdout).toContain(`wrote ${join('dist', `${name}.pdf`)}`);
    }
  });

  it('has every action text in the PDFs of its language, and not the other language', () => {
    for (const scope of scopes) {
      const municipalities = scope === 'joint' ? ['lovisa', 'lapptrask'] : [scope];
      for (const document of documents) {
        for (const edition of editions) {
          const text = textOf(dist(`${scope}/${document}.${edition}`));
          for (const lang of ['sv', 'fi'] as const) {
            const expected = edition.includes(lang);
            for (const action of municipalities.flatMap((m) => actions[m]!)) {
              expect(text.includes(unhyphenated(action.text[lang])), `${scope}/${document}.${edition}: ${lang} ${action.id}`).toBe(expected);
            }
          }
        }
      }
    }
    expect(actions.lovisa).toHaveLength(72);
  });

  it('counts its pages in the footer, and has the title, author, language and tags of its edition', async () => {
    const config = parse(readFileSync(join(exampleDir, 'welfare.config.yaml'), 'utf8'));
    for (const name of pdfs) {
      const info = pdfInfo(dist(name));
      const edition = name.split('.')[1]!;
      const lang = edition.slice(0, 2);
      const title = /<title>([^<]*)<\/title>/.exec(readFileSync(dist(name, 'html'), 'utf8'))![1]!;
      expect(info.Title, name).toBe(title.replaceAll('&amp;', '&'));
      expect(info.Title).not.toMatch(/about:blank|^$/);
      expect(info.Author, name).toContain(edition === 'fi' ? config.authors.fi : config.authors.sv);
      expect(info.Creator).toBe('welfare');
      expect(info.CreationDate).toBe('Thu May 15 00:00:00 2025 UTC');
      expect(info.Tagged).toBe('yes');
      expect(info['Page size']).toContain('(A4)');
      expect((await catalog(dist(name))).lookup(PDFName.of('Lang'))?.toString(), name).toBe(`(${lang})`);
      const pages = Number(info.Pages);
      const last = execFileSync('pdftotext', ['-f', String(pages), '-l', String(pages), '-layout', dist(name), '-'], { encoding: 'utf8' });
      expect(last.replace(/\s+/g, ' '), name).toMatch(new RegExp(`(Sida|Sivu) ${pages} (av|/) (/ )?${pages}`));
      expect((await bookmarks(dist(name))).length, name).toBeGreaterThan(5);
    }
  });

  it('says in each PDF only what is true of its scope, credits nobody with the illustrative values, and compares with the reference regions', () => {
    expect(pdfInfo(dist('lovisa/report.sv')).Title).toBe('Välfärdsberättelse och välfärdsplan 2023–2025 – Lovisa stad');
    expect(pdfInfo(dist('lapptrask/overview.fi')).Title).toBe('Hyvinvointikatsaus 2024 – Lapinjärven kunta');
    expect(pdfInfo(dist('joint/report.sv-fi')).Title).toBe('Välfärdsberättelse och välfärdsplan 2023–2025 – Lovisa stad och Lappträsk kommun / Hyvinvointikertomus ja hyvinvointisuunnitelma 2023–2025 – Loviisan kaupunki ja Lapinjärven kunta');
    const lovisa = textOf(dist('lovisa/report.sv'));
    expect(lovisa).toContain(squash('Bilaga 1. Åtgärdsmatris – Lovisa stad'));
    expect(lovisa).not.toContain(squash('Bilaga 2'));
    expect(lovisa).not.toContain(squash('två åtgärdsmatriser'));
    expect(lovisa).toContain(squash('Källa: illustrativa värden för ett exempel, inte uppmätt statistik'));
    expect(lovisa).not.toContain('THL/Sotkanet,indikator');
    const overview = textOf(dist('lovisa/overview.sv'));
    expect(overview).toContain(squash('Lovisa stad 2024: 10,2, lägre (bättre) än Hela landet (11,3) och högre (sämre) än Östra Nylands välfärdsområde (9,1).'));
  });

  it('fills in the table of contents', () => {
    const contents = execFileSync('pdftotext', ['-f', '2', '-l', '2', '-layout', dist('lovisa/report.sv'), '-'], { encoding: 'utf8' });
    expect(contents).toContain('Innehåll');
    expect(contents).toMatch(/Välfärdsplan 2023–2025 +\d+\n/);
    expect(contents).not.toMatch(/ 00\n/);
  });

  it('prints every document at 100 %: the same styles at the same sizes, none under 7 pt', () => {
    expect(glyphs.size).toBe(18);
    for (const [name, pages] of glyphs) {
      const sizes = pages.flatMap((p) => visible(p).map((g) => g.size));
      expect(Math.min(...sizes.slice(0, 50_000)), name).toBeGreaterThanOrEqual(7);
      expect(sizes.every((size) => size >= 7), name).toBe(true);
      // The cover title is 26 pt and the running header 8.5 pt (print.css, page-style.ts): a
      // document Chromium shrank to fit would have them smaller.
      expect(Math.max(...visible(pages[0]!).map((g) => g.size)), name).toBeCloseTo(26, 1);
      const header = visible(pages[1]!).filter((g) => g.y1 < margin.top);
      expect(header.length, name).toBeGreaterThan(10);
      for (const g of header) expect(g.size, name).toBeCloseTo(8.5, 1);
      // The table of contents is body text: 10 pt, under its 16 pt heading.
      const contents = new Map<number, number>();
      for (const g of body(pages[1]!)) contents.set(Math.round(g.size * 10) / 10, (contents.get(Math.round(g.size * 10) / 10) ?? 0) + 1);
      const common = [...contents].sort((a, b) => b[1] - a[1])[0]![0];
      expect(common, name).toBe(10);
      expect(contents.has(16), name).toBe(true);
    }
  });

  it('embeds the bold italic of the Finnish headings as a font, never faked by the browser', () => {
    for (const name of pdfs) {
      const fonts = execFileSync('pdffonts', [dist(name)], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
      // Chromium draws a bold or italic it has no face for as a Type 3 font without a name.
      expect(fonts.filter((f) => /Type 3/.test(f)), name).toEqual([]);
      if (name.endsWith('sv-fi')) expect(fonts.some((f) => /\+NotoSans-BoldItalic\s/.test(f)), name).toBe(true);
    }
  });

  it('prints nothing past the margins, and every status whole', () => {
    for (const [name, pages] of glyphs) {
      for (const page of pages) {
        const outside = visible(page).filter((g) => g.x0 < margin.left - 1 || g.x1 > page.width - margin.right + 1 || g.y0 < 0 || g.y1 > page.height);
        expect(outside.map((g) => g.c).join(''), `${name} p${page.number}`).toBe('');
      }
    }
    for (const name of pdfs) {
      const text = textOf(dist(name));
      // A badge cut at the page edge reads "Osittain toteut"; whole, the words are there.
      const cut = [...text.matchAll(/Osittaintoteut(?!unut)|Delvisuppn(?!ått)|Inteuppn(?!ått)|Eitoteutu(?!nut)/g)];
      expect(cut.map((m) => m[0]), name).toEqual([]);
    }
    expect(textOf(dist('joint/report.sv-fi'))).toContain('Delvisuppnått/Osittaintoteutunut');
  });

  it('puts the action matrices on landscape pages, and leaves at most one page less than a fifth full', () => {
    for (const [name, pages] of glyphs) {
      const landscape = pages.filter((p) => p.width > p.height);
      if (name.includes('/report.')) expect(landscape.length, name).toBeGreaterThan(2);
      else expect(landscape, name).toEqual([]);
      const contentHeight = (p: GlyphPage) => p.height - margin.top - margin.bottom;
      const nearlyEmpty = pages.filter((p) => p.number > 1).filter((p) => {
        const glyphs = body(p);
        const bottom = glyphs.reduce((y, g) => Math.max(y, g.y1), margin.top);
        return (bottom - margin.top) / contentHeight(p) < 0.2;
      });
      expect(nearlyEmpty.length, `${name}: pages ${nearlyEmpty.map((p) => p.number).join(', ')}`).toBeLessThanOrEqual(1);
    }
    // The matrix's header row is on every one of its pages.
    const matrixPages = glyphs.get('lovisa/report.sv')!.filter((p) => p.width > p.height);
    for (const page of matrixPages) expect(page.lines.join('\n'), `p${page.number}`).toMatch(/^Åtgärd$/m);
  });

  it('hyphenates long words in the matrix, and no soft hyphen reaches the copied text', () => {
    for (const name of pdfs) expect(rawText(dist(name)).includes('\u00ad'), name).toBe(false);
    // The HTML offers the breaks; the PDF breaks some long words at the end of a line.
    expect(readFileSync(dist('lovisa/report.fi', 'html'), 'utf8')).toContain('maa\u00adhan\u00admuut\u00adta\u00adja\u00adväes\u00adtön');
    const broken = [...rawText(dist('joint/report.sv-fi')).matchAll(/\p{Ll}[-\u2010]\n\p{Ll}/gu)];
    expect(broken.length).toBeGreaterThan(5);
  });

  it('repeats a goal whose actions run onto the next page there, marked as continued', () => {
    const text = rawText(dist('joint/report.sv-fi'));
    expect(text).toContain('(forts. / jatkuu)');
    expect(rawText(dist('lovisa/report.fi'))).toContain('(jatkuu)');
    expect(rawText(dist('lovisa/report.sv'))).toContain('(forts.)');
    // Each repeat is the goal's text, at the top of a landscape page's first row.
    for (const page of glyphs.get('lovisa/report.sv')!.filter((p) => p.lines.some((l) => l.includes('(forts.)')))) {
      expect(page.width, `p${page.number}`).toBeGreaterThan(page.height);
    }
  });

  it('tags the Finnish passages of the bilingual edition as Finnish, and names every figure', () => {
    for (const name of ['joint/report.sv-fi', 'joint/overview.sv-fi']) {
      const qdf = execFileSync('qpdf', ['--qdf', '--object-streams=disable', dist(name), '-'], { encoding: 'latin1', maxBuffer: 1 << 28 });
      expect((qdf.match(/\/Lang \(fi\)/g) ?? []).length, name).toBeGreaterThan(50);
      const figures = qdf.split('endobj').filter((object) => /\/S \/Figure\b/.test(object));
      expect(figures.length, name).toBeGreaterThan(0);
      expect(figures.filter((f) => !f.includes('/Alt')), name).toEqual([]);
    }
  });

  it('links every PDF from the index', () => {
    const index = readFileSync(join(project, 'dist', 'index.html'), 'utf8');
    for (const name of pdfs) expect(index, name).toContain(`href="${name}.pdf"`);
  });

  it('prints the same pages when built again: the same drawing and text on every page, the same metadata', async () => {
    // The bilingual reports: every feature of the print (contents, continued goals, hyphenated
    // links, Finnish tags), in a third of the time of all 18 documents.
    const again = runCli(['build', '--out', 'again', '--only', 'report', '--lang', 'sv-fi'], { cwd: project, timeout: 300_000 });
    expect(again.code).toBe(0);
    const reports = pdfs.filter((name) => name.endsWith('report.sv-fi'));
    expect(reports).toHaveLength(3);
    for (const name of reports) {
      const [first, second] = await Promise.all([pageDrawings(dist(name)), pageDrawings(join(project, 'again', `${name}.pdf`))]);
      expect(second.pages.length, name).toBe(first.pages.length);
      second.pages.forEach((drawing, i) => expect(drawing.equals(first.pages[i]!), `${name} page ${i + 1}`).toBe(true));
      expect(second.info, name).toEqual(first.info);
    }
  }, 320_000);

  it('without a browser writes the HTML, says how to get one and exits with code 2', () => {
    const dir = tempDir(exampleDir);
    const result = runCli(['build', '--browser', '/nowhere/chrome'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--browser names a browser that is not there or cannot be run: /nowhere/chrome');
    expect(existsSync(join(dir, 'dist', 'lovisa', 'report.sv.html'))).toBe(true);
    expect(readdirSync(join(dir, 'dist', 'lovisa')).filter((f) => f.endsWith('.pdf'))).toEqual([]);
  });

  it('takes a browser path in the config as relative to the config file', () => {
    const dir = tempDir(exampleDir);
    mkdirSync(join(dir, 'tools'));
    symlinkSync(findBrowser().path, join(dir, 'tools', 'chromium'));
    appendFileSync(join(dir, 'welfare.config.yaml'), 'browser: tools/chromium\n');
    const result = runCli(['build', '--only', 'overview', '--lang', 'sv'], { cwd: join(dir, 'matrices'), env: { WELFARE_BROWSER: '/nowhere/else' } });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(pdfInfo(join(dir, 'dist', 'joint', 'overview.sv.pdf')).Tagged).toBe('yes');
    writeFileSync(join(dir, 'welfare.config.yaml'), readFileSync(join(dir, 'welfare.config.yaml'), 'utf8').replace('tools/chromium', 'tools/missing'));
    const missing = runCli(['build', '--only', 'overview', '--lang', 'sv'], { cwd: join(dir, 'matrices') });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`config browser names a browser that is not there or cannot be run: ${join(dir, 'tools', 'missing')}`);
  });

  it('notes what a custom theme links instead of carrying it inline, which the PDF goes without', () => {
    const dir = tempDir(exampleDir);
    mkdirSync(join(dir, 'templates', 'partials'), { recursive: true });
    const cover = readFileSync(join(repoRoot, 'templates', 'partials', 'cover.hbs'), 'utf8');
    writeFileSync(join(dir, 'templates', 'partials', 'cover.hbs'), `${cover}\n<img src="logo.png" alt="Logo">\n`);
    const result = runCli(['build', '--only', 'overview', '--lang', 'fi'], { cwd: dir });
    expect(result.code).toBe(0);
    for (const scope of scopes) {
      expect(result.stderr).toContain(`note: ${join('dist', scope, 'overview.fi.pdf')} was printed without file://${join(dir, 'dist', scope, 'logo.png')}: a PDF shows only what its HTML carries inline`);
    }
  });

  it('with --format html prints nothing', () => {
    const dir = tempDir(exampleDir);
    const result = runCli(['build', '--format', 'html', '--browser', '/nowhere/chrome'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(readdirSync(join(dir, 'dist', 'joint')).filter((f) => f.endsWith('.pdf'))).toEqual([]);
  });
});
