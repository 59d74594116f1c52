import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ActionMatrix } from '../src/generated/types.js';
import { escapeHtml } from '../src/render/html.js';
import { repoRoot, runCli, tempDir } from './helpers/cli.js';
import { withoutStyles } from './helpers/without-styles.js';

const fixture = join(repoRoot, 'test', 'fixtures', 'render');
const NBSP = '\u00a0';

const read = (path: string) => readFileSync(path, 'utf8');
const edit = (path: string, from: string, to: string) => {
  const text = read(path);
  if (!text.includes(from)) throw new Error(`${from} not in ${path}`);
  writeFileSync(path, text.replace(from, to));
};
const actionsOf = (matrixFile: string) =>
  (parse(read(matrixFile)) as ActionMatrix).focusAreas.flatMap((fa) => fa.goals.flatMap((g) => g.actions));

describe('welfare build on a project of two municipalities', () => {
  let dir: string;
  let run: ReturnType<typeof runCli>;
  beforeAll(() => {
    dir = tempDir(fixture);
    run = runCli(['build', '--format', 'html'], { cwd: dir });
  });

  it('writes every document in Swedish, Finnish and both, per municipality and joint, and an index', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    for (const scope of ['lovisa', 'lapptrask', 'joint']) {
      expect(readdirSync(join(dir, 'dist', scope)).sort()).toEqual(['overview.fi.html', 'overview.sv-fi.html', 'overview.sv.html', 'report.fi.html', 'report.sv-fi.html', 'report.sv.html']);
    }
    expect(run.stdout.match(/^wrote dist\/\S+\.html \(\d+ ms\)$/gm)).toHaveLength(18);
    expect(run.stdout).toContain('wrote dist/index.html\n');
    const index = read(join(dir, 'dist', 'index.html'));
    for (const link of ['joint/report.sv.html', 'joint/report.fi.html', 'joint/report.sv-fi.html', 'lovisa/overview.fi.html', 'lapptrask/report.sv.html']) expect(index).toContain(`href="${link}"`);
  });

  it('shows every action of both matrices in each language, escaped, in the joint report and overview', () => {
    const actions = [...actionsOf(join(fixture, 'matrices', 'lovisa.yaml')), ...actionsOf(join(fixture, 'matrices', 'lapptrask.yaml'))];
    for (const document of ['report', 'overview']) {
      // A soft hyphen is an invisible place where a long word may break in the matrix's narrow columns.
      const sv = read(join(dir, 'dist', 'joint', `${document}.sv.html`)).replaceAll('\u00ad', '');
      const fi = read(join(dir, 'dist', 'joint', `${document}.fi.html`)).replaceAll('\u00ad', '');
      const both = read(join(dir, 'dist', 'joint', `${document}.sv-fi.html`)).replaceAll('\u00ad', '');
      for (const action of actions) {
        expect(sv).toContain(escapeHtml(action.text.sv!));
        expect(fi).toContain(escapeHtml(action.text.fi!));
        expect(fi).not.toContain(escapeHtml(action.text.sv!));
        expect(both).toContain(`<span lang="sv">${escapeHtml(action.text.sv!)}</span><span lang="fi">${escapeHtml(action.text.fi!)}</span>`);
      }
    }
    // The fixture's "<invånarenkäter>" is text, never markup.
    expect(read(join(dir, 'dist', 'joint', 'report.sv.html'))).toContain('&lt;invånarenkäter&gt;');
  });

  it('marks each page with its language, and the Finnish parts of the bilingual edition with theirs', () => {
    expect(read(join(dir, 'dist', 'lovisa', 'report.sv.html'))).toMatch(/^<!DOCTYPE html>\n<html lang="sv">/);
    expect(read(join(dir, 'dist', 'lovisa', 'report.fi.html'))).toMatch(/^<!DOCTYPE html>\n<html lang="fi">/);
    const both = read(join(dir, 'dist', 'lovisa', 'report.sv-fi.html'));
    expect(both).toMatch(/^<!DOCTYPE html>\n<html lang="sv">/);
    expect(both).toContain('<div class="columns"><div lang="sv"><p>Invånarnas välfärd är <strong>god</strong>');
    expect(both).toContain('<div lang="fi"><p>Asukkaiden hyvinvointi on <strong>hyvä</strong>');
  });

  it('writes numbers and dates as Finland does, in both languages', () => {
    for (const lang of ['sv', 'fi']) {
      const html = read(join(dir, 'dist', 'joint', `report.${lang}.html`));
      expect(html).toContain(`<td class="number">14${NBSP}470</td>`);
      expect(html).toContain('<td class="number">10,4</td>');
      expect(html).toContain('<dd>15.5.2025</dd>');
    }
  });

  it('writes self-contained files: styles and font inline, nothing to fetch, no scripts', () => {
    for (const file of ['joint/report.sv.html', 'lovisa/overview.fi.html', 'index.html']) {
      const html = read(join(dir, 'dist', file));
      expect(html).not.toMatch(/<script|<link|<img|<iframe|<object|\ssrc=/i);
      expect(html).not.toMatch(/url\((?!data:)/);
      expect(html).toContain("@font-face{font-family:'Noto Sans'");
    }
  });

  it('builds the annual overview of the latest assessed year, with what changed since the year before', () => {
    const html = read(join(dir, 'dist', 'joint', 'overview.sv.html'));
    expect(html).toContain('<h1>Välfärdsöversikt 2024 – Lovisa stad och Lappträsk kommun</h1>');
    expect(html).toContain('<h2 id="changes">Förändringar sedan 2023</h2>');
    expect(html).toContain('<h2 id="introduction">Året 2024</h2>');
  });

  it('renders the joint documents as before (snapshots)', async () => {
    for (const file of ['report.sv.html', 'report.fi.html', 'report.sv-fi.html', 'overview.sv.html', 'overview.fi.html', 'overview.sv-fi.html']) {
      await expect(withoutStyles(read(join(dir, 'dist', 'joint', file)))).toMatchFileSnapshot(`__snapshots__/build-fixture/joint-${file}`);
    }
  });
});

describe('welfare build options', () => {
  it('--only, --lang and --year pick the documents, editions and year', () => {
    const dir = tempDir(fixture);
    const run = runCli(['build', '--format', 'html', '--only', 'overview', '--lang', 'fi', '--year', '2023', '--out', 'site'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(readdirSync(join(dir, 'site', 'joint'))).toEqual(['overview.fi.html']);
    expect(existsSync(join(dir, 'dist'))).toBe(false);
    const html = read(join(dir, 'site', 'joint', 'overview.fi.html'));
    expect(html).toContain('<h1>Hyvinvointikatsaus 2023 – Loviisan kaupunki ja Lapinjärven kunta</h1>');
    expect(html).toContain('Muutokset vuodesta 2022');
  });

  it('refuses an edition it does not know, as a usage error', () => {
    const run = runCli(['build', '--lang', 'en'], { cwd: tempDir(fixture) });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("'en' is not a language edition; use sv, fi, sv-fi");
  });
});

describe('welfare build with problems in the project', () => {
  it('shows a missing translation in the other language, marked, and warns', () => {
    const dir = tempDir(fixture);
    edit(join(dir, 'matrices', 'lovisa.yaml'), '              fi: Aktiiviset välitunnit kaikissa kouluissa.\n', '');
    const run = runCli(['build', '--format', 'html', '--lang', 'fi'], { cwd: dir, env: { WELFARE_LANG: 'en' } });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('matrices/lovisa.yaml:');
    expect(run.stderr).toContain('missing-translation');
    expect(run.stderr).toContain('warning: dist/lovisa/report.fi.html: 1 text has no Finnish and is shown in the other language, marked\n');
    const html = read(join(dir, 'dist', 'lovisa', 'report.fi.html'));
    expect(html).toContain('<span class="fallback" lang="sv">Aktiva raster i alla skolor.</span> <span class="fallback-marker" lang="fi">(ruotsiksi, käännös puuttuu)</span>');
  });

  it('with --strict, a missing translation stops the build', () => {
    const dir = tempDir(fixture);
    edit(join(dir, 'matrices', 'lovisa.yaml'), '              fi: Aktiiviset välitunnit kaikissa kouluissa.\n', '');
    const run = runCli(['build', '--format', 'html', '--strict'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  });

  it('an invalid project builds nothing and exits 1 with the diagnostics', () => {
    const dir = tempDir(fixture);
    edit(join(dir, 'matrices', 'lapptrask.yaml'), 'actors: [welfare-group]', 'actors: [welfare-grup]');
    const run = runCli(['build', '--format', 'html'], { cwd: dir, env: { WELFARE_LANG: 'en' } });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/matrices\/lapptrask\.yaml:\d+:\d+/);
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  });

  it('a merge conflict stops the build with exit 1', () => {
    const dir = tempDir(fixture);
    // Lappträsk uses Lovisa's action id for an action of its own.
    edit(join(dir, 'matrices', 'lapptrask.yaml'), '          - id: walking-routes', '          - id: school-breaks');
    const run = runCli(['build', '--format', 'html'], { cwd: dir, env: { WELFARE_LANG: 'en' } });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/school-breaks/);
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  });

  it('a typo in a project template is an error naming the template and line', () => {
    const dir = tempDir(fixture);
    expect(runCli(['templates', 'eject'], { cwd: dir }).code).toBe(0);
    edit(join(dir, 'templates', 'partials', 'cover.hbs'), '<h1>{{t title}}</h1>', '<h1>{{t titel}}</h1>');
    const run = runCli(['build', '--format', 'html'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^welfare: templates\/partials\/cover\.hbs:4:\d+: \{\{t\}\}: t needs a text with sv and fi, got nothing/);
  });

  it('an overview needs assessments: asked for alone it fails, else it is left out with a note', () => {
    const dir = tempDir(fixture);
    for (const m of ['lovisa', 'lapptrask']) {
      const path = join(dir, 'matrices', `${m}.yaml`);
      writeFileSync(path, read(path).replace(/\n {12}assessments:\n( {14}.*\n| {16}.*\n| {18}.*\n)*/g, '\n'));
    }
    const alone = runCli(['build', '--format', 'html', '--only', 'overview'], { cwd: dir });
    expect(alone.code).toBe(1);
    expect(alone.stderr).toContain('no action has an assessment yet');
    const all = runCli(['build', '--format', 'html'], { cwd: dir });
    expect(all.code).toBe(0);
    expect(all.stderr).toContain('note: no annual overview');
    expect(readdirSync(join(dir, 'dist', 'joint')).sort()).toEqual(['report.fi.html', 'report.sv-fi.html', 'report.sv.html']);
  });
});

describe('welfare templates eject', () => {
  it('copies the default theme into the project, which the build then uses', () => {
    const dir = tempDir(fixture);
    const run = runCli(['templates', 'eject'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^wrote \d+ files to templates\n$/);
    expect(readdirSync(join(dir, 'templates')).sort()).toEqual(['documents', 'layouts', 'partials', 'styles']);
    edit(join(dir, 'templates', 'partials', 'cover.hbs'), '<header class="cover">', '<header class="cover"><p>Eget omslag</p>');
    expect(runCli(['build', '--format', 'html', '--only', 'report'], { cwd: dir }).code).toBe(0);
    expect(read(join(dir, 'dist', 'lovisa', 'report.sv.html'))).toContain('<p>Eget omslag</p>');
    const again = runCli(['templates', 'eject'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('exist already');
  });
});
