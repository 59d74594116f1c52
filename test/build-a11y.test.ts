import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../src/print/find-browser.js';
import { exampleDir, repoRoot, runCli, tempDir } from './helpers/cli.js';

const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const fixture = join(repoRoot, 'test', 'fixtures', 'render');

/** Every HTML file a build wrote, relative to its output folder. */
function pages(out: string): string[] {
  return readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).sort();
}

interface Violation { id: string; impact: string; help: string; nodes: { target: string[] }[] }

/**
 * Public-sector documents in Finland must meet WCAG 2.1 AA. axe-core checks each generated page
 * in headless Chromium, as a screen would show it: headings, tables, landmarks, contrast, lang.
 */
describe.each([
  ['the example project', exampleDir],
  ['the test project', fixture],
])('accessibility of every page built from %s', (_name, project) => {
  let browser: Browser;
  let out: string;
  beforeAll(async () => {
    const dir = tempDir(project);
    const run = runCli(['build', '--format', 'html'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    out = join(dir, 'dist');
    browser = await puppeteer.launch({ executablePath: findBrowser().path, args: ['--no-sandbox'] });
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** axe-core's WCAG 2.1 A and AA violations of a page, one line each. */
  async function violationsOf(file: string, change?: (html: string) => string): Promise<string[]> {
    const page = await browser.newPage();
    if (change) {
      await page.setContent(change(readFileSync(join(out, file), 'utf8')));
    } else await page.goto(pathToFileURL(join(out, file)).href);
    await page.addScriptTag({ path: axeSource });
    const violations = await page.evaluate(async () => {
      const axe = (globalThis as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target })) }));
    });
    await page.close();
    return violations.map((v) => `${file}: ${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }

  it('has no WCAG 2.1 AA violation on any page', async () => {
    const checked = pages(out);
    expect(checked.length).toBeGreaterThan(1);
    // Two pages at a time: axe keeps a renderer busy while the other tab loads.
    const found: string[] = [];
    const queue = [...checked];
    const lane = async () => {
      for (let file = queue.shift(); file; file = queue.shift()) found.push(...(await violationsOf(file)));
    };
    await Promise.all([lane(), lane()]);
    expect(found.sort()).toEqual([]);
  }, 240_000);

  it('would see a violation if a page had one (the check itself works)', async () => {
    const found = await violationsOf('joint/report.sv.html', (html) => html.replace('<html lang="sv">', '<html>').replace('--text: #1a1a1a;', '--text: #bbbbbb;'));
    expect(found.map((f) => f.split(': ')[1]!.split(' ')[0])).toEqual(expect.arrayContaining(['html-has-lang', 'color-contrast']));
  }, 60_000);
});
