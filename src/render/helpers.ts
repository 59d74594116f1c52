import { noHyphenation, type Hyphenate } from './hyphenate.js';
import Handlebars from 'handlebars';
import { inEach, inEachBy, phrase, type MessageLanguage } from '../core/messages.js';
import type { Status, Text } from '../generated/types.js';
import { statusChart } from './charts/status-chart.js';
import { trendChart } from './charts/trend-chart.js';
import type { Edition } from './edition.js';
import { escapeHtml } from './html.js';
import { countedLabels, isLabelKey, labels, statusLabels } from './labels.js';
import { formatDate, formatNumber } from './locale.js';
import { renderMarkdown } from './markdown.js';
import { blockHtml, editionText, plainText, textHtml, type Fallbacks } from './translate.js';
import type { IndicatorView } from './view/indicators.js';
import { statusKeys, type StatusTable } from './view/overview.js';

/** What a document is rendered with, passed as Handlebars data: `@edition` in templates. */
export interface RenderData {
  edition: Edition;
  fallbacks: Fallbacks;
}

/** A helper called the wrong way by a template: reported with the template's file and line, in each language. */
export class HelperUsageError extends Error {
  constructor(readonly said: Record<MessageLanguage, string>) {
    super(said.en);
  }
}

/** What a helper was given, as a template's author sees it. */
function describe(value: unknown, lang: MessageLanguage): string {
  const words = {
    en: { nothing: 'nothing (is the field name right?)', list: 'a list', object: 'an object with', string: 'string', number: 'number', boolean: 'boolean' },
    sv: { nothing: 'ingenting (stämmer fältets namn?)', list: 'en lista', object: 'ett objekt med', string: 'texten', number: 'talet', boolean: 'värdet' },
    fi: { nothing: 'ei mitään (onko kentän nimi oikein?)', list: 'luettelo', object: 'olio, jossa on', string: 'teksti', number: 'luku', boolean: 'arvo' },
  }[lang];
  if (value === undefined) return words.nothing;
  if (value === null) return 'null';
  if (Array.isArray(value)) return words.list;
  if (typeof value === 'object') return `${words.object} ${Object.keys(value).join(', ')}`;
  return `${(words as Record<string, string>)[typeof value] ?? typeof value} '${String(value)}'`;
}

/** What a helper needs, in each language: "a number", "ett tal", "luvun". */
const needed = {
  text: { en: 'a text with sv and fi', sv: 'en text med sv och fi', fi: 'tekstin, jossa on sv ja fi' },
  number: { en: 'a number', sv: 'ett tal', fi: 'luvun' },
  date: { en: 'a date like 2025-05-15', sv: 'ett datum som 2025-05-15', fi: 'päivämäärän, kuten 2025-05-15' },
  indicator: { en: 'an indicator', sv: 'en indikator', fi: 'mittarin' },
  statusTable: { en: 'a status table', sv: 'en statustabell', fi: 'tilataulukon' },
  fieldName: { en: 'a field name', sv: 'ett fältnamn', fi: 'kentän nimen' },
} satisfies Record<string, Record<MessageLanguage, string>>;

export const misuse = {
  needs: phrase<{ helper: string; what: keyof typeof needed; got: string }>(
    (p) => `${p.helper} needs ${needed[p.what].en}, got ${p.got}`,
    (p) => `${p.helper} behöver ${needed[p.what].sv}, men fick ${p.got}`,
    (p) => `${p.helper} tarvitsee ${needed[p.what].fi}; annettu: ${p.got}`,
  ),
  noLabel: phrase<string>(
    (key) => `there is no label '${key}'; the labels are in src/render/labels.ts`,
    (key) => `det finns ingen etikett '${key}'; etiketterna finns i src/render/labels.ts`,
    (key) => `nimikettä '${key}' ei ole; nimikkeet ovat tiedostossa src/render/labels.ts`,
  ),
  noStatus: phrase<string>((value) => `'${value}' is not a status`, (value) => `'${value}' är ingen status`, (value) => `'${value}' ei ole tila`),
  countKnows: phrase<{ known: string[]; key: string }>(
    (p) => `count knows ${p.known.join(', ')}, not '${p.key}'`,
    (p) => `count känner bara till ${p.known.join(', ')}, inte '${p.key}'`,
    (p) => `count tuntee vain nimet ${p.known.join(', ')}, ei nimeä '${p.key}'`,
  ),
  chartId: phrase(
    () => 'statusChart needs id="…" (lower-case letters, digits, hyphens), unique in the page',
    () => 'statusChart behöver id="…" (små bokstäver, siffror, bindestreck), unikt på sidan',
    () => 'statusChart tarvitsee määritteen id="…" (pieniä kirjaimia, numeroita, yhdysmerkkejä), joka on sivulla yksilöllinen',
  ),
  notAField: phrase<{ key: string; object: unknown }>(
    (p) => `'${p.key}' is not a field of ${describe(p.object, 'en')}`,
    (p) => `'${p.key}' är inget fält i ${describe(p.object, 'sv')}`,
    (p) => `'${p.key}' ei ole kenttä (${describe(p.object, 'fi')})`,
  ),
  noStylesheet: phrase<string>((name) => `there is no stylesheet styles/${name}.css`, (name) => `det finns ingen stilmall styles/${name}.css`, (name) => `tyylitiedostoa styles/${name}.css ei ole`),
};

/** A helper given the wrong kind of value: "date needs a date like 2025-05-15, got nothing (…)". */
const needs = (helper: string, what: keyof typeof needed, value: unknown) => new HelperUsageError(inEachBy(misuse.needs, (lang) => ({ helper, what, got: describe(value, lang) })));

interface HelperOptions {
  hash: Record<string, unknown>;
  data: RenderData & { root: unknown };
  loc?: { start: { line: number; column: number } };
}
type Helper = (...args: unknown[]) => unknown;

type SafeString = Handlebars.SafeString;
const safe = (html: string): SafeString => new Handlebars.SafeString(html);

function isText(value: unknown): value is Text {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  let keys = 0;
  for (const key in value) {
    if (key !== 'sv' && key !== 'fi') return false;
    keys++;
  }
  return keys > 0;
}

function text(value: unknown, helper: string): Text {
  if (!isText(value)) throw needs(helper, 'text', value);
  return value;
}

function labelOf(key: unknown): Text {
  if (typeof key !== 'string' || !isLabelKey(key)) throw new HelperUsageError(inEach(misuse.noLabel, String(key)));
  return labels[key];
}

function statusOf(value: unknown): Status | 'none' {
  if (value === null || value === 'none') return 'none';
  if (typeof value !== 'string' || !Object.hasOwn(statusLabels, value)) throw new HelperUsageError(inEach(misuse.noStatus, String(value)));
  return value as Status;
}

/** Escaped, with a range of years ("2023–2025") kept on one line: never a line ending in a dash. */
const keepRangesTogether = (source: string) => escapeHtml(source).replace(/\b(\d{4})–(\d{4})\b/g, '<span class="nowrap">$1–$2</span>');

/**
 * The text with soft hyphens in its long words, each language by its own rules: the languages the
 * edition shows, or both where one is missing and the other stands in for it.
 */
function hyphenatedText(text: Text, edition: Edition, hyphenate: Hyphenate): Text {
  const out: Text = { ...text };
  const shown = edition.langs.every((lang) => typeof text[lang] === 'string') ? edition.langs : (['sv', 'fi'] as const);
  for (const lang of shown) if (typeof text[lang] === 'string') out[lang] = hyphenate(text[lang], lang);
  return out;
}

const statusName = (status: Status | 'none'): Text => (status === 'none' ? labels.notAssessed : statusLabels[status]);

/** A number in the page's locale; sv and fi write numbers alike, so the bilingual edition needs one form. */
function numberHtml(value: unknown, decimals: unknown, data: RenderData): string {
  if (value === null) return `<span class="no-value">–<span class="visually-hidden"> ${escapeHtml(editionText(labels.noValue, data.edition))}</span></span>`;
  if (typeof value !== 'number') throw needs('number', 'number', value);
  return escapeHtml(formatNumber(value, data.edition.lang, typeof decimals === 'number' ? decimals : undefined));
}

/**
 * The helpers of the default theme and of any project's templates, fixed in code: a project's
 * templates can arrange the documents but never run code of their own. Each takes what the
 * view gives (texts, numbers, statuses) and localizes it for the edition being rendered.
 */
export function createHelpers(styles: (name: string) => string, fonts: string, hyphenate: Hyphenate = noHyphenation): Record<string, Helper> {
  const markdownCache = new Map<string, string>();
  const markdown = (level: number) => (source: string) => {
    const key = `${level}\u0000${source}`;
    let html = markdownCache.get(key);
    if (html === undefined) markdownCache.set(key, (html = renderMarkdown(source, level)));
    return html;
  };
  // The same texts (actor names, goals, statuses) recur thousands of times in a large matrix:
  // each is escaped once per edition. Texts lacking a language are not kept, so every fallback
  // is recorded for the document it appears in.
  const escaped = new Map<string, WeakMap<Text, SafeString>>();
  const textOf = (value: unknown, data: RenderData, helper: string, hyphenated = false): SafeString => {
    const edition = data.edition;
    const key = hyphenated ? `${edition.id}-hyphenated` : edition.id;
    let cache = escaped.get(key);
    if (!cache) escaped.set(key, (cache = new WeakMap()));
    const known = cache.get(value as Text);
    if (known) return known;
    const given = text(value, helper);
    const shown = hyphenated ? hyphenatedText(given, edition, hyphenate) : given;
    const html = safe(textHtml(shown, edition, data.fallbacks, keepRangesTogether));
    if (edition.langs.every((lang) => given[lang] !== undefined)) cache.set(given, html);
    return html;
  };
  return {
    /**
     * `{{t action.text}}`: a text in the edition's language(s), with a visible fallback.
     * `{{t action.text hyphenate=true}}` lets long words break, with a hyphen, in a narrow column.
     */
    t: (value, options) => textOf(value, (options as HelperOptions).data, 't', (options as HelperOptions).hash.hyphenate === true),
    /** `{{plain title}}`: a text without markup, for <title>, alt texts and attributes. */
    plain: (value, options) => editionText(text(value, 'plain'), (options as HelperOptions).data.edition),
    /** `{{label "summary"}}`, `{{label "summary" plain=true}}`: a word of the documents (src/render/labels.ts). */
    label: (key, options) => {
      const o = options as HelperOptions;
      const words = labelOf(key);
      return o.hash.plain ? editionText(words, o.data.edition) : safe(textHtml(words, o.data.edition, o.data.fallbacks));
    },
    /** `{{md section.body level=2}}`: Markdown under a heading of that level; raw HTML stays text. */
    md: (value, options) => {
      const o = options as HelperOptions;
      const level = typeof o.hash.level === 'number' ? o.hash.level : 2;
      return safe(blockHtml(text(value, 'md'), o.data.edition, o.data.fallbacks, markdown(level)));
    },
    /** `{{number value decimals=1}}`: `1 234,5`; a missing value is a dash that screen readers explain. */
    number: (value, options) => safe(numberHtml(value, (options as HelperOptions).hash.decimals, (options as HelperOptions).data)),
    /** `{{signed change decimals=1}}`: a change with its sign, `+0,4` or `−1,2`. */
    signed: (value, options) => {
      const o = options as HelperOptions;
      if (value === null) return safe(numberHtml(null, undefined, o.data));
      if (typeof value !== 'number') throw needs('signed', 'number', value);
      const decimals = typeof o.hash.decimals === 'number' ? o.hash.decimals : undefined;
      const shown = formatNumber(value, o.data.edition.lang, decimals);
      return /^[−-]|^0([,.]0*)?$/.test(shown) ? shown : `+${shown}`;
    },
    /** `{{direction change higherIsBetter}}`: whether a change is good news, in words. */
    direction: (value, higherIsBetter, options) => {
      const o = options as HelperOptions;
      if (typeof value !== 'number' || typeof higherIsBetter !== 'boolean' || value === 0) return '';
      return safe(textHtml(value > 0 === higherIsBetter ? labels.improved : labels.weakened, o.data.edition, o.data.fallbacks));
    },
    /** `{{count goal.actionCount "actions"}}`: a number with its word, "1 åtgärd", "3 toimenpidettä". */
    count: (value, key, options) => {
      const o = options as HelperOptions;
      if (typeof value !== 'number') throw needs('count', 'number', value);
      if (typeof key !== 'string' || !Object.hasOwn(countedLabels, key)) throw new HelperUsageError(inEach(misuse.countKnows, { known: Object.keys(countedLabels), key: String(key) }));
      const words = countedLabels[key as keyof typeof countedLabels];
      const say = (lang: 'sv' | 'fi') => `${formatNumber(value, lang, 0)} ${words[lang][value === 1 ? 0 : 1]}`;
      return safe(textHtml({ sv: say('sv'), fi: say('fi') }, o.data.edition, o.data.fallbacks));
    },
    /** `{{date config.date}}`: `15.5.2025`. */
    date: (value, options) => {
      if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw needs('date', 'date', value);
      return formatDate(value, (options as HelperOptions).data.edition.lang);
    },
    /** `{{status assessment.status}}`: the status as a labelled badge; null is "not assessed". */
    status: (value, options) => {
      const o = options as HelperOptions;
      const status = statusOf(value);
      return safe(`<span class="status status-${status}">${textHtml(statusName(status), o.data.edition, o.data.fallbacks)}</span>`);
    },
    /** `{{statusName key}}`: a status (or `none`) in words, without the badge. */
    statusName: (value, options) => safe(textHtml(statusName(statusOf(value)), (options as HelperOptions).data.edition, (options as HelperOptions).data.fallbacks)),
    /** `{{trendChart indicator}}`: the indicator's values over the years as an SVG line chart. */
    trendChart: (value, options) => {
      const o = options as HelperOptions;
      const indicator = value as IndicatorView;
      if (!indicator || !Array.isArray(indicator.series)) throw needs('trendChart', 'indicator', value);
      const edition = o.data.edition;
      return safe(trendChart({
        id: `chart-${indicator.anchor}`,
        title: `${editionText(labels.trend, edition)}: ${editionText(indicator.name, edition)}`,
        description: [labels.trendDescription, ...(indicator.higherIsBetter === null ? [] : [indicator.higherIsBetter ? labels.higherIsBetter : labels.lowerIsBetter])].map((t) => editionText(t, edition)).join(' '),
        years: indicator.years,
        series: indicator.series.map((s) => ({ name: editionText(s.municipality, edition), values: s.values })),
        references: (indicator.references ?? []).map((s) => ({ name: editionText(s.name, edition), values: s.values })),
        format: (v, decimals) => formatNumber(v, edition.lang, decimals),
      }));
    },
    /** `{{statusChart table id="status-chart" label="statusByFocusArea"}}`: status counts as stacked bars, titled by a label. */
    statusChart: (value, options) => {
      const o = options as HelperOptions;
      const table = value as StatusTable;
      if (!table || !Array.isArray(table.rows)) throw needs('statusChart', 'statusTable', value);
      const id = o.hash.id;
      if (typeof id !== 'string' || !/^[a-z][a-z0-9-]*$/.test(id)) throw new HelperUsageError(inEach(misuse.chartId));
      const edition = o.data.edition;
      return safe(statusChart({
        id,
        title: editionText(labelOf(o.hash.label ?? 'statusSummary'), edition),
        description: editionText(labels.statusChartDescription, edition),
        categories: statusKeys.map((key) => ({ key, name: editionText(statusName(key), edition) })),
        rows: table.rows.map((r) => ({ name: [...new Set(edition.langs.map((lang) => plainText(r.name, lang)))], counts: r.counts })),
        format: (v) => formatNumber(v, edition.lang, 0),
      }));
    },
    /**
     * `{{> (lookup . "partial")}}`: the field of an object named by a string, as the documents
     * name each chapter's partial. In place of Handlebars' own: only an object's own fields (or a
     * list's items), never a property of a text such as `length`, and a missing one is an error.
     */
    lookup: (object, key) => {
      if (typeof key !== 'string' && typeof key !== 'number') throw needs('lookup', 'fieldName', key);
      const isItem = Array.isArray(object) && Number.isInteger(Number(key)) && Number(key) >= 0 && Number(key) < object.length;
      if (!object || typeof object !== 'object' || (Array.isArray(object) ? !isItem : !Object.hasOwn(object, key))) {
        throw new HelperUsageError(inEach(misuse.notAField, { key: String(key), object }));
      }
      return (object as Record<string, unknown>)[key];
    },
    /** `{{style "base"}}`: a stylesheet of the theme (styles/base.css), to inline in <style>. */
    style: (name) => safe(styles(String(name))),
    /** `{{fontFaces}}`: the embedded font's @font-face rules. */
    fontFaces: () => safe(fonts),
  };
}
