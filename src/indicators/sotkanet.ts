import { ExitCode, WelfareError } from '../core/errors.js';
import { inEach, inEachBy, phrase, type MessageLanguage } from '../core/messages.js';
import type { ResponseCache } from './cache.js';
import { getJson, HttpFailure, type HttpOptions } from './http.js';
import { yearsOf, type YearRange } from './years.js';

/** Where THL's Sotkanet REST API is when neither --base-url nor WELFARE_SOTKANET_URL says otherwise. */
export const DEFAULT_SOTKANET_URL = 'https://sotkanet.fi/rest';

/** A region of `GET /rest/1.1/regions`: `id` is Sotkanet's own, `code` the official one (kuntanumero for KUNTA). */
export interface SotkanetRegion {
  id: number;
  code: string;
  category: string;
  title?: { fi?: string; sv?: string; en?: string };
  /** The ids of the larger regions it belongs to (its wellbeing services county, region, …). */
  memberOf?: number[];
}

/** A row of `GET /rest/1.1/json`; `value` is absent (or null) where THL withholds a small number. */
export interface SotkanetRow {
  indicator: number;
  region: number;
  year: number;
  gender: string;
  value?: number | null;
  absValue?: number | null;
}

/** The part of `GET /rest/1.1/indicators/<id>` welfare uses. */
export interface SotkanetIndicator {
  id: number;
  decimals?: number;
}

export interface SotkanetOptions extends HttpOptions {
  baseUrl: string;
  cache: ResponseCache;
  /** Ask the server even when the cache has the answer. */
  refresh: boolean;
}

/** What a pull says when Sotkanet cannot be read, in each language. */
const says = {
  unreachable: phrase<{ url: string; reason: string; tries?: number; answered: boolean; cache: string }>(
    (p) => `${p.answered ? `Sotkanet could not answer ${p.url}` : `could not reach ${p.url}`}: ${p.reason}${p.tries ? ` (tried ${p.tries} times)` : ''}; ${p.cache}. Nothing was written.`,
    (p) => `${p.answered ? `Sotkanet kunde inte besvara ${p.url}` : `kunde inte nå ${p.url}`}: ${p.reason}${p.tries ? ` (försökte ${p.tries} gånger)` : ''}; ${p.cache}. Inget skrevs.`,
    (p) => `${p.answered ? `Sotkanet ei pystynyt vastaamaan pyyntöön ${p.url}` : `osoitteeseen ${p.url} ei saatu yhteyttä`}: ${p.reason}${p.tries ? ` (yritettiin ${p.tries} kertaa)` : ''}; ${p.cache}. Mitään ei kirjoitettu.`,
  ),
  refreshed: phrase<string>(
    (date) => `a cached answer from ${date} exists but was not used because of --refresh; run without --refresh to use it`,
    (date) => `ett cachat svar från ${date} finns men användes inte på grund av --refresh; kör utan --refresh för att använda det`,
    (date) => `välimuistissa on vastaus päivältä ${date}, mutta sitä ei käytetty valitsimen --refresh vuoksi; suorita ilman valitsinta --refresh, niin sitä käytetään`,
  ),
  othersCached: phrase<{ count: number; dir: string }>(
    (p) => `${p.count} other ${p.count === 1 ? 'answer was' : 'answers were'} taken from the cache (${p.dir}), but this one is not there`,
    (p) => `${p.count} ${p.count === 1 ? 'annat svar' : 'andra svar'} togs från cachen (${p.dir}), men det här finns inte där`,
    (p) => `${p.count} ${p.count === 1 ? 'muu vastaus' : 'muuta vastausta'} otettiin välimuistista (${p.dir}), mutta tätä siellä ei ole`,
  ),
  noneCached: phrase<string>(
    (dir) => `no cached values were used (the cache, ${dir}, has no answer for it)`,
    (dir) => `inga cachade värden användes (cachen, ${dir}, har inget svar på den)`,
    (dir) => `välimuistin arvoja ei käytetty (välimuistissa ${dir} ei ole siihen vastausta)`,
  ),
  checkNetwork: phrase(
    () => 'check the network connection, or the address in --base-url or WELFARE_SOTKANET_URL',
    () => 'kontrollera nätverksanslutningen, eller adressen i --base-url eller WELFARE_SOTKANET_URL',
    () => 'tarkista verkkoyhteys tai osoite valitsimessa --base-url tai muuttujassa WELFARE_SOTKANET_URL',
  ),
  tryLater: phrase(() => 'try again later; THL announces service breaks on sotkanet.fi', () => 'försök igen senare; THL meddelar driftavbrott på sotkanet.fi', () => 'yritä myöhemmin uudelleen; THL tiedottaa käyttökatkoista sotkanet.fi-sivustolla'),
  notSotkanet: phrase<{ url: string; expected: Expected }>(
    (p) => `the answer of ${p.url} is not ${expectedNames[p.expected].en} in Sotkanet's format`,
    (p) => `svaret från ${p.url} är inte ${expectedNames[p.expected].sv} i Sotkanets format`,
    (p) => `osoitteen ${p.url} vastaus ei ole Sotkanetin muotoinen ${expectedNames[p.expected].fi}`,
  ),
  endInRest: phrase(
    () => 'check the address in --base-url or WELFARE_SOTKANET_URL: it should end in /rest',
    () => 'kontrollera adressen i --base-url eller WELFARE_SOTKANET_URL: den ska sluta på /rest',
    () => 'tarkista osoite valitsimessa --base-url tai muuttujassa WELFARE_SOTKANET_URL: sen pitää päättyä /rest',
  ),
};
type Expected = 'regions' | 'values' | 'indicator';
const expectedNames: Record<Expected, Record<MessageLanguage, string>> = {
  regions: { en: 'a list of regions', sv: 'en lista över områden', fi: 'aluelista' },
  values: { en: 'a list of indicator values', sv: 'en lista över indikatorvärden', fi: 'mittariarvojen lista' },
  indicator: { en: "an indicator's description", sv: 'en beskrivning av en indikator', fi: 'mittarin kuvaus' },
};

/** Reads Sotkanet (version 1.1, JSON), through the disk cache. */
export class SotkanetClient {
  /** How many answers came from the cache and how many from the server, for the report. */
  readonly counts = { cached: 0, fetched: 0 };
  /** When each answer taken from the cache was fetched (ISO time), by its request name. */
  private readonly cachedOn = new Map<string, string>();
  constructor(private readonly options: SotkanetOptions) {}

  async regions(): Promise<SotkanetRegion[]> {
    const { url, body } = await this.get('regions', '/1.1/regions');
    if (!Array.isArray(body) || !body.every(isRegion)) throw notSotkanet(url, 'regions');
    return body;
  }

  /** Every region's values of one indicator for the years, totals only (not by gender). */
  async rows(indicator: number, years: YearRange): Promise<SotkanetRow[]> {
    const query = new URLSearchParams({ indicator: String(indicator) });
    for (const year of yearsOf(years)) query.append('years', String(year));
    query.append('genders', 'total');
    const { url, body } = await this.get(rowsName(indicator, years), `/1.1/json?${query}`);
    if (!Array.isArray(body) || !body.every(isRow)) throw notSotkanet(url, 'values');
    return body;
  }

  /** When the rows of `rows(indicator, years)` were fetched (YYYY-MM-DD) if they came from the cache; undefined if fetched now. */
  rowsCachedOn(indicator: number, years: YearRange): string | undefined {
    return this.cachedOn.get(rowsName(indicator, years))?.slice(0, 10);
  }

  /** The indicator's metadata, or undefined when Sotkanet has no indicator of that id. */
  async indicator(id: number): Promise<SotkanetIndicator | undefined> {
    const { url, body } = await this.get(`indicator-${id}`, `/1.1/indicators/${id}`, { missingOk: true });
    if (body === undefined) return undefined;
    if (!isRecord(body)) throw notSotkanet(url, 'indicator');
    const decimals = body.decimals;
    return { id, decimals: Number.isInteger(decimals) ? (decimals as number) : undefined };
  }

  /** GETs a request (path and query below the base URL), from the cache unless --refresh. */
  private async get(name: string, request: string, { missingOk = false } = {}): Promise<{ url: string; body: unknown }> {
    const { cache, refresh } = this.options;
    const url = this.options.baseUrl.replace(/\/+$/, '') + request;
    const cached = await cache.read(name, request);
    if (cached && !refresh) {
      this.counts.cached++;
      this.cachedOn.set(name, cached.retrieved);
      return { url, body: cached.body };
    }
    let body: unknown;
    try {
      body = await getJson(url, this.options);
    } catch (error) {
      if (!(error instanceof HttpFailure)) throw error;
      if (missingOk && error.status === 404) return { url, body: undefined };
      throw this.unreachable(error, cached?.retrieved);
    }
    await cache.write(name, request, url, body);
    this.counts.fetched++;
    return { url, body };
  }

  /** Says which URL failed and what became of the cache, so the planner knows what the files now hold. */
  private unreachable(failure: HttpFailure, cachedOn: string | undefined): WelfareError {
    const { dir } = this.options.cache;
    const cache = cachedOn ? inEach(says.refreshed, cachedOn.slice(0, 10)) : this.counts.cached > 0 ? inEach(says.othersCached, { count: this.counts.cached, dir }) : inEach(says.noneCached, dir);
    const said = inEachBy(says.unreachable, (lang) => ({
      url: failure.url,
      reason: failure.reason[lang],
      ...(failure.passing && { tries: this.options.retries + 1 }),
      answered: failure.status !== undefined,
      cache: cache[lang],
    }));
    return new WelfareError(said, ExitCode.environment, { hint: inEach(failure.status === undefined ? says.checkNetwork : says.tryLater), cause: failure });
  }
}

const rowsName = (indicator: number, years: YearRange) => `data-${indicator}-${years.start}-${years.end}`;

const isRecord = (r: unknown): r is Record<string, unknown> => !!r && typeof r === 'object' && !Array.isArray(r);

const isRegion = (r: unknown): r is SotkanetRegion =>
  isRecord(r) && typeof r.id === 'number' && typeof r.category === 'string' && (typeof r.code === 'string' || typeof r.code === 'number');

const isRow = (r: unknown): r is SotkanetRow =>
  isRecord(r) && typeof r.region === 'number' && typeof r.year === 'number' && (r.value === undefined || r.value === null || typeof r.value === 'number');

const notSotkanet = (url: string, expected: Expected) => new WelfareError(inEach(says.notSotkanet, { url, expected }), ExitCode.environment, { hint: inEach(says.endInRest) });
