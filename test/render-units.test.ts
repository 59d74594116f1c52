import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { niceTicks } from '../src/render/charts/scale.js';
import { statusChart } from '../src/render/charts/status-chart.js';
import { trendChart } from '../src/render/charts/trend-chart.js';
import { defaultEditions, editions } from '../src/render/edition.js';
import { formatDate, formatNumber } from '../src/render/locale.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { documentPath } from '../src/render/outputs.js';
import { blockHtml, Fallbacks, textHtml } from '../src/render/translate.js';
import { joinText } from '../src/render/view/compose.js';

const NBSP = '\u00a0';

describe('locale', () => {
  it('writes numbers as Finland does in both languages: non-breaking group space, decimal comma, minus sign', () => {
    expect(formatNumber(1234.5, 'sv', 1)).toBe(`1${NBSP}234,5`);
    expect(formatNumber(1234.5, 'fi', 1)).toBe(`1${NBSP}234,5`);
    expect(formatNumber(-3.25, 'fi', 1)).toBe('\u22123,3');
    expect(formatNumber(12, 'sv', 1)).toBe('12,0');
  });

  it('writes dates day.month.year whatever the time zone', () => {
    expect(formatDate('2026-11-22', 'sv')).toBe('22.11.2026');
    expect(formatDate('2026-11-22', 'fi')).toBe('22.11.2026');
    expect(formatDate('2025-01-01', 'fi')).toBe('1.1.2025');
  });
});

describe('editions', () => {
  it("builds the project's languages, and the bilingual edition only when asked for and both languages are there", () => {
    expect(defaultEditions(['sv', 'fi'], true).map((e) => e.id)).toEqual(['sv', 'fi', 'sv-fi']);
    expect(defaultEditions(['fi', 'sv'], false).map((e) => e.id)).toEqual(['fi', 'sv']);
    expect(defaultEditions(['sv'], true).map((e) => e.id)).toEqual(['sv']);
  });
});

describe('texts in an edition', () => {
  it('escapes user text', () => {
    expect(textHtml({ sv: '<script>alert("x")</script> & co', fi: 'x' }, editions.sv, new Fallbacks())).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
  });

  it('falls back to the other language under its own lang, visibly marked, and records it', () => {
    const fallbacks = new Fallbacks();
    const html = textHtml({ sv: 'Alla centraler' }, editions.fi, fallbacks);
    expect(html).toContain('<span class="fallback" lang="sv">Alla centraler</span>');
    expect(html).toContain('class="fallback-marker" lang="fi">(ruotsiksi, käännös puuttuu)');
    expect(fallbacks.missing.get('fi')).toEqual(['Alla centraler']);
  });

  it('shows both languages in the bilingual edition, each with its lang, and marks a missing one', () => {
    const fallbacks = new Fallbacks();
    expect(textHtml({ sv: 'Mål', fi: 'Tavoite' }, editions['sv-fi'], fallbacks)).toBe('<span class="bi"><span lang="sv">Mål</span><span lang="fi">Tavoite</span></span>');
    expect(textHtml({ fi: 'Tavoite' }, editions['sv-fi'], fallbacks)).toContain('<span lang="sv"><span class="fallback-marker" lang="sv">(översättning saknas)</span></span>');
    expect(fallbacks.missing.get('sv')).toEqual(['Tavoite']);
  });

  it('sets Markdown side by side in two columns in the bilingual edition', () => {
    const html = blockHtml({ sv: 'Hej', fi: 'Moi' }, editions['sv-fi'], new Fallbacks(), (s) => `<p>${s}</p>`);
    expect(html).toBe('<div class="columns"><div lang="sv"><p>Hej</p></div><div lang="fi"><p>Moi</p></div></div>');
  });

  it('composes a text per language, missing a language where a part misses it', () => {
    expect(joinText({ sv: 'Bilaga', fi: 'Liite' }, ' 1. ', { sv: 'Lovisa' })).toEqual({ sv: 'Bilaga 1. Lovisa' });
  });
});

describe('Markdown', () => {
  it('keeps raw HTML as text and renders no images (nothing is fetched)', () => {
    const html = renderMarkdown('<b>fet</b> <img src="http://x/y.png"> ![logo](http://x/logo.png)', 2);
    expect(html).toContain('&lt;b&gt;fet&lt;/b&gt;');
    expect(html).not.toMatch(/<img|<b>/);
  });

  it('refuses javascript: links', () => {
    expect(renderMarkdown('[x](javascript:alert(1))', 2)).not.toContain('href="javascript');
  });

  it('moves headings under the section heading so the order never skips a level', () => {
    expect(renderMarkdown('# Top\n\n### Deeper', 2)).toBe('<h3>Top</h3>\n<h5>Deeper</h5>\n');
    expect(renderMarkdown('### Only', 2)).toBe('<h3>Only</h3>\n');
    expect(renderMarkdown('## Sub', 3)).toBe('<h4>Sub</h4>\n');
  });
});

describe('charts', () => {
  const format = (v: number, d?: number) => formatNumber(v, 'sv', d);

  it('draws a titled, described SVG image with a line per municipality, broken where a value is missing', () => {
    const svg = trendChart({ id: 'c1', title: 'Barnfattigdom <%>', description: 'Värden per år', years: [2019, 2020, 2021, 2022], series: [{ name: 'Lovisa', values: [1, 2, null, 4] }, { name: 'Lappträsk', values: [2, 3, 4, 5] }], format });
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="c1-title c1-desc"/);
    expect(svg).toContain('<title id="c1-title">Barnfattigdom &lt;%&gt;</title><desc id="c1-desc">Värden per år</desc>');
    // Lovisa: one segment of two points (2019–2020), the 2022 point alone; Lappträsk: one line of four.
    expect(svg.match(/<polyline/g)).toHaveLength(2);
    expect(svg.match(/<circle/g)).toHaveLength(3 + 1); // Lovisa's three values and its legend marker
    expect(svg).toContain('>Lappträsk</text>');
  });

  it('draws nothing for an indicator without values', () => {
    expect(trendChart({ id: 'c', title: '', description: '', years: [2020], series: [{ name: 'x', values: [null] }], format })).toBe('');
  });

  it('draws one bar per row with a segment per status that occurs', () => {
    const svg = statusChart({ id: 's', title: 'Status', description: 'd', categories: [{ key: 'achieved', name: 'Uppnått' }, { key: 'none', name: 'Inte bedömd' }], rows: [{ name: ['Tyngdpunkt 1'], counts: [3, 0] }, { name: ['Tyngdpunkt 2'], counts: [1, 1] }], format: (v) => String(v) });
    expect(svg).toContain('<title id="s-title">Status</title>');
    expect(svg.match(/<rect [^>]*height="26"/g)).toHaveLength(3);
  });

  it('axis ticks are ascending, evenly spaced and cover every value', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), (a, b) => {
        const [min, max] = a <= b ? [a, b] : [b, a];
        const ticks = niceTicks(min, max);
        // Ticks are rounded to their step's decimals; float noise far below that does not count.
        const noise = (max - min) * 1e-9 + 1e-12;
        expect(ticks[0]!).toBeLessThanOrEqual(min + noise);
        expect(ticks[ticks.length - 1]!).toBeGreaterThanOrEqual(max - noise);
        expect(ticks.length).toBeLessThanOrEqual(12);
        for (let i = 1; i < ticks.length; i++) expect(ticks[i]!).toBeGreaterThan(ticks[i - 1]!);
      }),
    );
  });
});

describe('output paths', () => {
  it('puts documents in <out>/<scope>/<document>.<edition>.html and nowhere else', () => {
    expect(documentPath('/out', 'joint', 'report', 'sv-fi', 'html')).toBe('/out/joint/report.sv-fi.html');
    expect(() => documentPath('/out', '../etc', 'report', 'sv', 'html')).toThrow();
    expect(() => documentPath('/out', 'a/b', 'report', 'sv', 'html')).toThrow();
  });
});
