import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WelfareError } from '../src/core/errors.js';
import { editions } from '../src/render/edition.js';
import { RenderEngine } from '../src/render/engine.js';
import { loadTheme } from '../src/render/theme.js';
import { Fallbacks } from '../src/render/translate.js';
import { tempDir } from './helpers/cli.js';

/** A project templates folder holding the given files (path → content). */
function templatesWith(files: Record<string, string>): string {
  const dir = join(tempDir(), 'templates');
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const shown = (path: string) => path.slice(path.indexOf('templates/'));

async function engineWith(files: Record<string, string>): Promise<RenderEngine> {
  return new RenderEngine(await loadTheme(templatesWith(files), shown), '');
}

async function failure(run: () => unknown): Promise<WelfareError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof WelfareError) return error;
    throw error;
  }
  throw new Error('expected a WelfareError');
}

const data = () => ({ edition: editions.sv, fallbacks: new Fallbacks() });

describe('templates', () => {
  it('a field the view does not have is an error naming the template file and line', async () => {
    const engine = await engineWith({ 'documents/report.hbs': '<p>\n{{t title}}\n{{titel}}</p>' });
    const error = await failure(() => engine.render('report', { title: { sv: 'T', fi: 'T' } }, data()));
    expect(error.message).toBe("templates/documents/report.hbs:3:3: 'titel' is not a field here");
    expect(error.options).toMatchObject({ file: 'templates/documents/report.hbs', line: 3, col: 3 });
  });

  it('names the partial the mistake is in, not the document that includes it', async () => {
    const engine = await engineWith({ 'documents/report.hbs': '{{> cover}}', 'partials/cover.hbs': '<header>\n  {{t subtitel}}\n</header>' });
    const error = await failure(() => engine.render('report', { title: { sv: 'T' } }, data()));
    expect(error.message).toMatch(/^templates\/partials\/cover\.hbs:2:3: \{\{t\}\}: t needs a text with sv and fi, got nothing/);
  });

  it('a helper that does not exist is an error with its line', async () => {
    const engine = await engineWith({ 'documents/report.hbs': 'x\n{{shout title}}' });
    const error = await failure(() => engine.render('report', { title: 'a' }, data()));
    expect(error.message).toBe("templates/documents/report.hbs:2:1: 'shout' is not a helper here; welfare's helpers and Handlebars' if, each and with are");
  });

  it("has none of Handlebars' other helpers: log, lookup, unless and the hooks are errors with file and line", async () => {
    for (const [source, col] of [
      ['{{log "x" title level="error"}}', 3],
      ['{{#unless title}}x{{/unless}}', 3],
      ['{{helperMissing "x"}}', 3],
      ['{{#blockHelperMissing title}}x{{/blockHelperMissing}}', 3],
    ] as const) {
      const name = /\{\{#?(\w+)/.exec(source)![1];
      const error = await failure(async () => (await engineWith({ 'documents/report.hbs': `<p>\n  ${source}</p>` })).render('report', { title: { sv: 'T', fi: 'T' } }, data()));
      expect(error.message).toBe(`templates/documents/report.hbs:2:${col}: '${name}' is not a helper here; welfare's helpers and Handlebars' if, each and with are`);
    }
  });

  it("welfare's lookup gives an object's own fields and list items only, a missing one being an error", async () => {
    const engine = await engineWith({
      'documents/report.hbs': '{{#each chapters}}{{> (lookup . "partial")}}{{/each}}|{{lookup list 1}}',
      'partials/one.hbs': '[one]',
    });
    expect(engine.render('report', { chapters: [{ partial: 'one' }], list: ['a', 'b'] }, data())).toBe('[one]|b');
    for (const [source, message] of [
      ['{{lookup title.sv "length"}}', "'length' is not a field of string 'Titel'"],
      ['{{lookup title "constructor"}}', "'constructor' is not a field of an object with sv, fi"],
      ['{{lookup list "length"}}', "'length' is not a field of a list"],
    ]) {
      const error = await failure(async () => (await engineWith({ 'documents/report.hbs': `\n${source}` })).render('report', { title: { sv: 'Titel', fi: 'Otsikko' }, list: [1] }, data()));
      expect(error.message).toBe(`templates/documents/report.hbs:2:1: {{lookup}}: ${message}`);
    }
  });

  it('a partial that does not exist is an error when the theme loads, with its line', async () => {
    const error = await failure(() => engineWith({ 'documents/report.hbs': '<main>\n  {{> covr}}\n</main>' }));
    expect(error.message).toBe("templates/documents/report.hbs:2:3: there is no partial or layout 'covr'");
  });

  it('resolves partials by plain name only: no path reaches outside the theme', async () => {
    for (const [tag, name] of [['../../../etc/passwd', '../../../etc/passwd'], ['partials/cover', 'partials/cover'], ['"/etc/hostname"', '/etc/hostname'], ['"../layouts/page"', '../layouts/page']]) {
      const error = await failure(() => engineWith({ 'documents/report.hbs': `{{> ${tag}}}` }));
      expect(error.message).toBe(`templates/documents/report.hbs:1:1: there is no partial or layout '${name}'`);
    }
    // A name computed while rendering is looked up among the same names, never on disk.
    const engine = await engineWith({ 'documents/report.hbs': '{{> (lookup . "partial")}}' });
    expect((await failure(() => engine.render('report', { partial: '../partials/cover' }, data()))).message).toBe("templates/documents/report.hbs: there is no partial or layout '../partials/cover' (named by a computed {{> (…)}})");
  });

  it('a syntax error is reported with its line', async () => {
    const error = await failure(() => engineWith({ 'partials/cover.hbs': '<p>\n{{#if title}}\n{{/iff}}' }));
    expect(error.options.line).toBe(2);
    expect(error.message).toContain('templates/partials/cover.hbs:2');
  });

  it('a label that does not exist is an error, not an empty heading', async () => {
    const engine = await engineWith({ 'documents/report.hbs': '<h2>{{label "sumary"}}</h2>' });
    const error = await failure(() => engine.render('report', {}, data()));
    expect(error.message).toContain("templates/documents/report.hbs:1:5: {{label}}: there is no label 'sumary'");
  });

  it('escapes user text and reaches nothing beyond the view (prototype access stays closed)', async () => {
    const engine = await engineWith({ 'documents/report.hbs': '{{t title}}|{{#with title}}{{constructor}}{{/with}}' });
    const html = engine.render('report', { title: { sv: '<img src=x onerror=alert(1)>', fi: 'x' } }, data());
    expect(html).toBe('&lt;img src=x onerror=alert(1)&gt;|');
  });

  it('refuses triple braces, which would put text from the YAML files into the page as markup', async () => {
    for (const source of ['<p>{{{title.sv}}}</p>', '<p>\n  {{& title.sv}}</p>', '{{#if title}}{{#each list}}{{{.}}}{{/each}}{{/if}}']) {
      const error = await failure(() => engineWith({ 'documents/report.hbs': source }));
      expect(error.message).toMatch(/^templates\/documents\/report\.hbs:\d+:\d+: triple braces \{\{\{ \}\}\} \(or \{\{& \}\}\) would put text from the project's files into the page unescaped/);
    }
  });

  it('a project overrides a default partial by name and may add its own', async () => {
    const engine = await engineWith({ 'partials/cover.hbs': '<header>{{> logo}} {{t title}}</header>', 'partials/logo.hbs': '<b>LOGO</b>' });
    const theme = await loadTheme(undefined, shown);
    expect(theme.partials.get('cover')!.source).not.toContain('LOGO');
    const html = engine.render('index', { title: { sv: 'Titel', fi: 'Otsikko' }, period: { start: 2023, end: 2025 }, scopes: [] }, data());
    expect(html).toContain('<h1>Titel</h1>');
    expect(html).toContain('lang="sv"');
  });

  it('refuses template names that are not plain ids, and templates outside the kind folders', async () => {
    expect((await failure(() => engineWith({ 'partials/My Cover.hbs': 'x' }))).message).toContain("'My Cover' is not a template name");
    expect((await failure(() => engineWith({ 'cover.hbs': 'x' }))).message).toMatch(/templates\/cover\.hbs: a template must be in one of the folders documents\/, layouts\/, partials\//);
  });

  it('refuses a stylesheet that would fetch something', async () => {
    const error = await failure(() => engineWith({ 'styles/base.css': 'body { color: red; }\n@import url("https://fonts.example/x.css");' }));
    expect(error.message).toMatch(/^templates\/styles\/base\.css:2:1: '@import' would make the documents fetch a file/);
    await expect(engineWith({ 'styles/base.css': "body { background: url('data:image/png;base64,AAAA'); }" })).resolves.toBeInstanceOf(RenderEngine);
  });

  it('reads a stylesheet as the browser does: escapes, image-set, custom properties and what the parser gives up on are checked', async () => {
    const fetching: [string, string][] = [
      ['a { background: image-set("http://example.com/a.png" 1x); }', '1:27: \'image-set("http://example.com/a.png")\''],
      ['a { background: -webkit-image-set("b.png" 1x, url(c.png) 2x); }', '1:35: \'-webkit-image-set("b.png")\''],
      ['a {\n  background: u\\72l(http://example.com/d.png);\n}', "2:15: 'u\\72l(http://example.com/d.png)'"],
      ['a { background: \\75 rl("http://example.com/e.png"); }', '1:24: \'\\75 rl("http://example.com/e.png")\''],
      ['@\\69mport "f.css";', "1:1: '@import'"],
      ['a { --x: url(http://example.com/g.png); background: var(--x); }', "1:10: 'url(http://example.com/g.png)'"],
      ['a { background: src("http://example.com/h.png"); }', '1:21: \'src("http://example.com/h.png")\''],
      ['@font-face { font-family: x; src: URL(http://example.com/i.woff2) format("woff2"); }', "1:35: 'url(http://example.com/i.woff2)'"],
      ['a { content: "</style><script>"; }', "1:15: '</style' would end the <style> element"],
    ];
    for (const [source, message] of fetching) {
      const error = await failure(() => engineWith({ 'styles/base.css': source }));
      expect(error.message, source).toContain(`templates/styles/base.css:${message}`);
    }
    // What fetches nothing passes: data: URLs, local fonts, strings outside fetching functions.
    const fine = 'a { background: image-set(url("data:image/png;base64,AA") 1x); content: "url(http://x)"; font-family: "Noto Sans"; }\n@font-face { font-family: n; src: local("Noto Sans"), url(data:font/woff2;base64,AA) format("woff2"); }';
    await expect(engineWith({ 'styles/base.css': fine })).resolves.toBeInstanceOf(RenderEngine);
  });

  it("the default theme's stylesheets pass the same check", async () => {
    const { checkStylesheet } = await import('../src/render/stylesheet-check.js');
    const theme = await loadTheme(undefined, shown);
    expect(theme.styles.size).toBeGreaterThan(0);
    for (const style of theme.styles.values()) await expect(checkStylesheet(style)).resolves.toBeUndefined();
  });
});
