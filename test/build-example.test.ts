import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ActionMatrix, ProjectConfig } from '../src/generated/types.js';
import { escapeHtml } from '../src/render/html.js';
import { exampleDir, runCli, tempDir } from './helpers/cli.js';
import { withoutStyles } from './helpers/without-styles.js';

const read = (path: string) => readFileSync(path, 'utf8');
const config = parse(read(join(exampleDir, 'welfare.config.yaml'))) as ProjectConfig;
const matrices = config.municipalities.map((m) => ({ id: m.id, matrix: parse(read(join(exampleDir, m.matrix))) as ActionMatrix }));
const actionsOf = (matrix: ActionMatrix) => matrix.focusAreas.flatMap((fa) => fa.goals.flatMap((g) => g.actions));

/** The bundled example, Lovisa's real matrix and Lappträsk's: what a new user builds first. */
describe('welfare build on the example project', () => {
  let out: string;
  let stderr: string;
  beforeAll(() => {
    const dir = tempDir(exampleDir);
    const run = runCli(['build', '--format', 'html'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    stderr = run.stderr;
    out = join(dir, 'dist');
  });

  it('builds without a warning: every text is in both languages', () => {
    expect(stderr).toBe('');
    expect(readdirSync(out).sort()).toEqual(['index.html', 'joint', 'lapptrask', 'lovisa']);
  });

  it("shows every action of each municipality's matrix in its own documents and the joint ones, in Swedish and in Finnish", () => {
    for (const { id, matrix } of matrices) {
      const actions = actionsOf(matrix);
      expect(actions.length).toBeGreaterThan(0);
      for (const scope of [id, 'joint']) {
        for (const document of ['report', 'overview']) {
          // A soft hyphen is an invisible place where a long word may break in a narrow column.
          const sv = read(join(out, scope, `${document}.sv.html`)).replaceAll('\u00ad', '');
          const fi = read(join(out, scope, `${document}.fi.html`)).replaceAll('\u00ad', '');
          const missing = actions.filter((a) => !sv.includes(escapeHtml(a.text.sv!)) || !fi.includes(escapeHtml(a.text.fi!)));
          expect(missing.map((a) => `${scope}/${document}: ${a.id}`)).toEqual([]);
        }
      }
    }
  });

  /** A document's text without markup, its white space made single spaces. */
  const textOf = (scope: string, file: string) =>
    read(join(out, scope, file))
      .replace(/<style>[\s\S]*?<\/style>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replaceAll('&amp;', '&')
      .replace(/\s+/g, ' ');

  it('gives each scope a title of its own, on the cover and in <title>', () => {
    const titles = (scope: string, file: string) => [/<title>([^<]*)<\/title>/.exec(read(join(out, scope, file)))![1], /<h1>(.*?)<\/h1>/.exec(read(join(out, scope, file)))![1]!.replace(/<[^>]*>/g, '')];
    expect(titles('lovisa', 'report.sv.html')).toEqual(Array(2).fill('Välfärdsberättelse och välfärdsplan 2023–2025 – Lovisa stad'));
    expect(titles('lapptrask', 'report.fi.html')).toEqual(Array(2).fill('Hyvinvointikertomus ja hyvinvointisuunnitelma 2023–2025 – Lapinjärven kunta'));
    expect(titles('joint', 'report.sv.html')).toEqual(Array(2).fill('Välfärdsberättelse och välfärdsplan 2023–2025 – Lovisa stad och Lappträsk kommun'));
    expect(titles('lovisa', 'overview.fi.html')).toEqual(Array(2).fill('Hyvinvointikatsaus 2024 – Loviisan kaupunki'));
    expect(titles('joint', 'overview.sv.html')).toEqual(Array(2).fill('Välfärdsöversikt 2024 – Lovisa stad och Lappträsk kommun'));
  });

  it("says in a municipality's report only what is true of it: its own appendix, its own figures", () => {
    const lovisa = textOf('lovisa', 'report.sv.html');
    expect(lovisa).toContain('Bilaga 1. Åtgärdsmatris – Lovisa stad');
    expect(lovisa).not.toContain('Bilaga 2');
    expect(lovisa).not.toContain('Åtgärdsmatris – Lappträsk kommun');
    expect(lovisa).toContain('Lovisas välfärdsplan är stadens åtgärdsmatris, som finns som bilaga till berättelsen.');
    expect(lovisa).not.toContain('två åtgärdsmatriser');
    // Lappträsk's figures: its unemployment, morbidity index and loneliness, its count of actions.
    for (const figure of ['9,5 procent', '101,3', '11,8 procent', '22 åtgärder']) expect(lovisa, figure).not.toContain(figure);
    expect(lovisa).toContain('till 10,2 procent');

    const lapptrask = textOf('lapptrask', 'report.fi.html');
    expect(lapptrask).toContain('Liite 1. Toimenpidematriisi – Lapinjärven kunta');
    expect(lapptrask).not.toContain('Liite 2');
    for (const figure of ['10,2 prosenttiin', '94,2', '72 toimenpide']) expect(lapptrask, figure).not.toContain(figure);

    // The joint report carries both matrices and the joint one, and says so.
    const joint = textOf('joint', 'report.sv.html');
    expect(joint).toContain('Bilaga 1. Åtgärdsmatris – Lovisa stad');
    expect(joint).toContain('Bilaga 2. Åtgärdsmatris – Lappträsk kommun');
    expect(joint).toContain('Bilaga 3. Gemensam åtgärdsmatris');
    expect(joint).toContain('Välfärdsplanen består av två åtgärdsmatriser, en för Lovisa och en för Lappträsk, som finns som bilagor till berättelsen.');
  });

  it("prints a matrix's introduction once, in its own appendix", () => {
    const introduction = 'I åtgärderna ingår att genomföra Unicefs modell Barnvänlig kommun.';
    for (const scope of ['lovisa', 'joint']) {
      const html = read(join(out, scope, 'report.sv.html'));
      expect(html.split(introduction).length - 1, scope).toBe(1);
      expect(html.indexOf(introduction), scope).toBeGreaterThan(html.indexOf('<h3 id="appendix-1">'));
    }
  });

  it('credits nobody with the illustrative values: no source line names THL', () => {
    for (const scope of ['lovisa', 'lapptrask', 'joint']) {
      for (const [file, line] of [
        ['report.sv.html', 'Källa: illustrativa värden för ett exempel, inte uppmätt statistik'],
        ['overview.fi.html', 'Lähde: esimerkin havainnollistavat arvot, eivät mitattua tilastoa'],
      ] as const) {
        const html = read(join(out, scope, file));
        const sources = [...html.matchAll(/<p class="source">([\s\S]*?)<\/p>/g)].map((m) => m[1]!.replace(/\s+/g, ' ').trim());
        expect(sources.length, `${scope}/${file}`).toBe(14);
        expect(new Set(sources), `${scope}/${file}`).toEqual(new Set([line]));
      }
    }
  });

  it('leaves the unit out of a caption whose name says it', () => {
    const html = read(join(out, 'lovisa', 'report.sv.html'));
    expect(html).toContain('<caption>Arbetslösa, % av arbetskraften</caption>');
    expect(html).toContain('<caption>THL:s sjuklighetsindex, åldersstandardiserat (index, hela landet = 100)</caption>');
    expect(html).not.toContain('(%)</caption>');
  });

  it('draws the whole country and the county as lines of their own, with a row each in the table', () => {
    const html = read(join(out, 'lovisa', 'report.sv.html'));
    const chart = /<svg class="chart trend-chart"[\s\S]*?<\/svg>/.exec(html.slice(html.indexOf('id="indicator-unemployment"')))![0];
    expect([...chart.matchAll(/<text class="legend"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1])).toEqual(['Lovisa stad', 'Hela landet', 'Östra Nylands välfärdsområde']);
    expect(chart).toContain('<polyline class="line reference" points="56,104.4 168,29 280,70.6 392,112.2 504,109.6 616,86.2" stroke="#1a1a1a" stroke-dasharray="14 4"/>');
    expect(chart).toContain('stroke="#4d4d4d" stroke-dasharray="5 2 1 2"/>');
    expect(chart).toContain('<circle cx="616" cy="86.2" r="4.5" fill="#ffffff" stroke="#1a1a1a" stroke-width="1.75"/>');
    const table = textOf('lovisa', 'report.sv.html');
    expect(table).toContain('Område 2019 2020 2021 2022 2023 2024 Lovisa stad 9,1 12,0 10,4 8,6 9,0 10,2 Hela landet 10,6 13,5 11,9 10,3 10,4 11,3 Östra Nylands välfärdsområde 7,8 10,7 9,3 7,6 7,9 9,1');
  });

  it("says in the annual overview where each municipality stands against the reference regions, better or worse as higherIsBetter says", () => {
    expect(textOf('lovisa', 'overview.sv.html')).toContain('Läget jämfört med jämförelseområdena Lovisa stad 2024: 10,2, lägre (bättre) än Hela landet (11,3) och högre (sämre) än Östra Nylands välfärdsområde (9,1).');
    expect(textOf('lapptrask', 'overview.fi.html')).toContain('Lapinjärven kunta 2024: 4,5, pienempi (parempi) kuin Koko maa (7,5) ja pienempi (parempi) kuin Itä-Uudenmaan hyvinvointialue (5,8).');
    const joint = textOf('joint', 'overview.sv.html');
    expect(joint).toContain('Lovisa stad 2024: 94,2, lägre (bättre) än Hela landet (100,0) och lägre (bättre) än Östra Nylands välfärdsområde (97,0).');
    expect(joint).toContain('Lappträsk kommun 2024: 101,3, högre (sämre) än Hela landet (100,0) och högre (sämre) än Östra Nylands välfärdsområde (97,0).');
    // Own counts have no reference regions, so nothing is said of them.
    expect(joint).not.toMatch(/Lovisa stad 2024: 7, /);
  });

  it('renders the joint documents and the index as before (snapshots)', async () => {
    for (const file of ['report.sv.html', 'report.fi.html', 'report.sv-fi.html', 'overview.sv.html', 'overview.fi.html', 'overview.sv-fi.html']) {
      await expect(withoutStyles(read(join(out, 'joint', file)))).toMatchFileSnapshot(`__snapshots__/build-example/joint-${file}`);
    }
    await expect(withoutStyles(read(join(out, 'index.html')))).toMatchFileSnapshot('__snapshots__/build-example/index.html');
  });
});
