import { join } from 'node:path';
import { ExitCode, WelfareError, type Said } from '../core/errors.js';
import { inEach, phrase } from '../core/messages.js';
import { referenceKindsOf, type Project } from '../core/model.js';
import { positionOf } from '../core/source.js';
import { writeFileAtomic } from '../core/write.js';
import type { Indicator, IndicatorsRegistry, ReferenceRegion } from '../generated/types.js';
import { slugify } from '../core/slug.js';
import { CACHE_DIR, ResponseCache } from './cache.js';
import type { HttpOptions } from './http.js';
import { referenceRegionsOf, regionIdsOf, type FoundRegion } from './regions.js';
import { SotkanetClient, type SotkanetRow } from './sotkanet.js';
import { checkAddress, checkPulled } from './check-pulled.js';
import { applyRegions, applyUpdates, type IndicatorUpdate, type RegionEntry } from './write-values.js';
import { stringifyLike } from './yaml-layout.js';
import { yearRange, type YearRange } from './years.js';

/** Where a project keeps Sotkanet's answers, relative to welfare.config.yaml. */
const SOTKANET_CACHE_DIR = join(CACHE_DIR, 'sotkanet');

export interface PullOptions extends HttpOptions {
  /** `--years`: "2019-2024" or "2024"; default the plan period and four years before. */
  years?: string;
  /** `--date`: the retrieval date written into the file (YYYY-MM-DD); default today. */
  date?: string;
  baseUrl: string;
  refresh: boolean;
}

/** What a pull did to one indicator. */
export interface IndicatorPull {
  id: string;
  sotkanet: number;
  /** Values written, withheld ones (null) included. */
  values: number;
  withheld: number;
  /** Set when the file had no decimals and Sotkanet gave them. */
  decimals?: number;
}

export interface PullReport {
  /** indicators.yaml as the user should see it; undefined when there was nothing to fetch. */
  file?: string;
  /** Whether the file's text changed (it is not rewritten when it would stay the same). */
  changed: boolean;
  years: YearRange;
  retrieved: string;
  indicators: IndicatorPull[];
  cached: number;
  fetched: number;
  cacheDir: string;
  /** The reference regions whose values were pulled, by their ids in the file. */
  regions: RegionEntry[];
  /** Things the planner should know that did not stop the pull, in each language. */
  notes: Said[];
}

/** What a pull says beside its counts (src/cli/words.ts), in each language. */
const says = {
  noRegistry: phrase<string>(
    (file) => `the project has no indicators registry (${file})`,
    (file) => `projektet har inget indikatorregister (${file})`,
    (file) => `projektissa ei ole mittarirekisteriä (${file})`,
  ),
  createRegistry: phrase(
    () => "create it, or name it under 'paths: indicators:' in welfare.config.yaml; 'welfare init' writes an example",
    () => "skapa det, eller ange det under 'paths: indicators:' i welfare.config.yaml; 'welfare init' skriver ett exempel",
    () => "luo se tai nimeä se kohdassa 'paths: indicators:' tiedostossa welfare.config.yaml; 'welfare init' kirjoittaa esimerkin",
  ),
  nothingToFetch: phrase<string>(
    (file) => `no indicator in ${file} has a Sotkanet id ('source: sotkanet:'); nothing to fetch`,
    (file) => `ingen indikator i ${file} har ett Sotkanet-id ('source: sotkanet:'); inget att hämta`,
    (file) => `tiedosto ${file}: yhdelläkään mittarilla ei ole Sotkanet-tunnistetta ('source: sotkanet:'); ei haettavaa`,
  ),
  noValues: phrase<{ sotkanet: number; id: string; at: string; start: number; end: number }>(
    (p) => `Sotkanet has no values of indicator ${p.sotkanet} ('${p.id}', ${p.at}) for these municipalities in ${p.start}–${p.end}`,
    (p) => `Sotkanet har inga värden för indikator ${p.sotkanet} ('${p.id}', ${p.at}) för dessa kommuner åren ${p.start}–${p.end}`,
    (p) => `Sotkanetissa ei ole mittarin ${p.sotkanet} ('${p.id}', ${p.at}) arvoja näille kunnille vuosilta ${p.start}–${p.end}`,
  ),
  noIndicator: phrase<{ sotkanet: number; id: string; at: string }>(
    (p) => `Sotkanet has no indicator ${p.sotkanet} ('${p.id}', ${p.at}); check the id on sotkanet.fi`,
    (p) => `Sotkanet har ingen indikator ${p.sotkanet} ('${p.id}', ${p.at}); kontrollera id:t på sotkanet.fi`,
    (p) => `Sotkanetissa ei ole mittaria ${p.sotkanet} ('${p.id}', ${p.at}); tarkista tunniste sotkanet.fi-palvelusta`,
  ),
  badAnswer: phrase<{ sotkanet: number; year: number; value?: number; years: YearRange }>(
    (p) => `Sotkanet's answer for indicator ${p.sotkanet} has ${p.value === undefined ? `a value for the year ${p.year}, which was not asked for (${p.years.start}–${p.years.end})` : `the value ${p.value} for ${p.year}, which is no number`}. Nothing was written.`,
    (p) => `Sotkanets svar för indikator ${p.sotkanet} har ${p.value === undefined ? `ett värde för år ${p.year}, som inte efterfrågades (${p.years.start}–${p.years.end})` : `värdet ${p.value} för ${p.year}, som inte är något tal`}. Inget skrevs.`,
    (p) => `Sotkanetin vastauksessa mittarille ${p.sotkanet} on ${p.value === undefined ? `arvo vuodelle ${p.year}, jota ei pyydetty (${p.years.start}–${p.years.end})` : `arvo ${p.value} vuodelle ${p.year}, eikä se ole luku`}. Mitään ei kirjoitettu.`,
  ),
  notADate: phrase<string>((flag) => `--date '${flag}' is not a date`, (flag) => `--date '${flag}' är inget datum`, (flag) => `--date '${flag}' ei ole päivämäärä`),
  dateForm: phrase(() => 'write it as YYYY-MM-DD, e.g. --date 2025-03-01', () => 'skriv det som ÅÅÅÅ-MM-DD, t.ex. --date 2025-03-01', () => 'kirjoita se muodossa VVVV-KK-PP, esim. --date 2025-03-01'),
};


/** Requests in flight at once: enough to be quick, few enough to be polite to a public service. */
const CONCURRENCY = 4;

/**
 * Fetches the values of every Sotkanet indicator of indicators.yaml for the project's
 * municipalities and writes them into the file. All answers are fetched before anything is
 * written, so a failure leaves the file as it was.
 */
export async function pullIndicators(project: Project, options: PullOptions): Promise<PullReport> {
  const file = project.files.find((f) => f.kind === 'indicators')?.file;
  const configFile = project.files.find((f) => f.kind === 'config')!.file;
  if (!file) {
    throw new WelfareError(inEach(says.noRegistry, project.layout.indicators), ExitCode.environment, { hint: inEach(says.createRegistry) });
  }
  const years = yearRange(options.years, project.config.period);
  const retrieved = retrievalDate(options.date);
  const cacheDir = join(project.layout.root, SOTKANET_CACHE_DIR);
  const report: PullReport = { years, retrieved, indicators: [], changed: false, cached: 0, fetched: 0, cacheDir, regions: [], notes: [] };
  const listed = (file.data as IndicatorsRegistry).indicators;
  const wanted = listed.flatMap((indicator, index) => ('sotkanet' in indicator.source ? [{ indicator, index, sotkanet: indicator.source.sotkanet }] : []));
  if (wanted.length === 0) {
    report.notes.push(inEach(says.nothingToFetch, file.path));
    return report;
  }

  const client = new SotkanetClient({ ...options, cache: new ResponseCache(cacheDir) });
  const regions = await client.regions();
  const regionIds = regionIdsOf(project.config.municipalities, regions, configFile);
  // Sotkanet's answers hold every region: the reference regions' values come in the same requests.
  const references = referenceRegionsOf(referenceKindsOf(project.config), project.config.municipalities, regionIds, regions);
  report.notes.push(...references.notes);
  report.regions = regionEntries(references.found, (file.data as IndicatorsRegistry).regions ?? [], project.config.municipalities.map((m) => m.id));
  const municipalityOf = new Map<number, string>([
    ...[...regionIds].map(([municipality, region]) => [region, municipality] as const),
    ...references.found.map((r, i) => [r.region.id, report.regions[i]!.id] as const),
  ]);

  const pulled = await inParallel(wanted, async ({ indicator, index, sotkanet }) => {
    const notes: Said[] = [];
    const rows = await client.rows(sotkanet, years);
    const values = valuesOf(rows, municipalityOf, years, sotkanet);
    const cachedOn = client.rowsCachedOn(sotkanet, years);
    const where = () => {
      const { line, col } = positionOf(file, ['indicators', index, 'source', 'sotkanet']);
      return `${file.path}:${line}:${col}`;
    };
    if (values.size === 0) notes.push(inEach(says.noValues, { sotkanet, id: indicator.id, at: where(), ...years }));
    let decimals: number | undefined;
    if (indicator.decimals === undefined) {
      const meta = await client.indicator(sotkanet);
      if (!meta) notes.push(inEach(says.noIndicator, { sotkanet, id: indicator.id, at: where() }));
      decimals = meta?.decimals;
    }
    const update: IndicatorUpdate = { index, values, retrieved: cachedOn ?? retrieved, fetched: cachedOn === undefined, decimals };
    return { update, notes };
  });

  applyRegions(file.doc, report.regions);
  applyUpdates(file.doc, pulled.map((p) => p.update));
  // What the server said passes the schema the file must pass, or nothing is written.
  checkPulled(file, wanted.map((w) => w.sotkanet), options.baseUrl);
  for (const [i, { update, notes }] of pulled.entries()) {
    report.notes.push(...notes);
    report.indicators.push(summary(wanted[i]!.indicator, wanted[i]!.sotkanet, update));
  }
  const text = stringifyLike(file.doc, file.text);
  report.file = file.path;
  report.changed = text !== file.text;
  if (report.changed) await writeFileAtomic(file.absolutePath, text);
  report.cached = client.counts.cached;
  report.fetched = client.counts.fetched;
  return report;
}

/**
 * The file's entries of the regions found. An entry of the same kind and code keeps its id and
 * names, and so does one written by hand without a code (the country, or a region of the same
 * municipalities); a new one gets an id from Sotkanet's Finnish name and its names in both languages.
 */
function regionEntries(found: FoundRegion[], listed: ReferenceRegion[], municipalityIds: string[]): RegionEntry[] {
  const taken = new Set([...municipalityIds, ...listed.map((r) => r.id)]);
  const used = new Set<string>();
  return found.map(({ kind, region, municipalities }) => {
    const code = String(region.code);
    const free = (r: ReferenceRegion) => r.kind === kind && !used.has(r.id);
    const uncoded = (r: ReferenceRegion) => r.code === undefined && (kind === 'country' || r.municipalities?.some((m) => municipalities?.includes(m)));
    const existing = listed.find((r) => free(r) && r.code === code) ?? listed.find((r) => free(r) && uncoded(r));
    if (existing) {
      used.add(existing.id);
      return { id: existing.id, kind, code, name: existing.name, municipalities };
    }
    let id = slugify(region.title?.fi ?? region.title?.sv ?? `${kind}-${code}`) || `${kind}-${code}`;
    if (taken.has(id)) id = `${id}-${slugify(code) || region.id}`;
    taken.add(id);
    const name = { sv: region.title?.sv ?? region.title?.fi ?? code, fi: region.title?.fi ?? region.title?.sv ?? code };
    return { id, kind, code, name, municipalities };
  });
}

/**
 * Values per municipality (or reference region) per year, from rows for every region of Finland.
 * A row of the project's regions for a year not asked for, or with a value no number can hold (`1e400`), means the
 * answer is not Sotkanet's, and the pull stops before anything is written.
 */
function valuesOf(rows: SotkanetRow[], municipalityOf: Map<number, string>, years: YearRange, sotkanet: number): Map<string, Map<number, number | null>> {
  const values = new Map<string, Map<number, number | null>>();
  for (const row of rows) {
    const municipality = municipalityOf.get(row.region);
    if (!municipality || (row.gender !== undefined && row.gender !== 'total')) continue;
    if (!Number.isInteger(row.year) || row.year < years.start || row.year > years.end) {
      throw badAnswer({ sotkanet, year: row.year, years });
    }
    if (typeof row.value === 'number' && !Number.isFinite(row.value)) throw badAnswer({ sotkanet, year: row.year, value: row.value, years });
    const perYear = values.get(municipality) ?? values.set(municipality, new Map()).get(municipality)!;
    // THL leaves `value` out where a figure is too small to publish; the report shows it as withheld.
    perYear.set(row.year, typeof row.value === 'number' ? row.value : null);
  }
  return values;
}

const badAnswer = (p: Parameters<typeof says.badAnswer.en>[0]) => new WelfareError(inEach(says.badAnswer, p), ExitCode.environment, { hint: inEach(checkAddress) });

function summary(indicator: Indicator, sotkanet: number, update: IndicatorUpdate): IndicatorPull {
  const all = [...update.values.values()].flatMap((perYear) => [...perYear.values()]);
  return { id: indicator.id, sotkanet, values: all.length, withheld: all.filter((v) => v === null).length, decimals: update.decimals };
}

function retrievalDate(flag: string | undefined): string {
  if (flag === undefined) {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  }
  const date = new Date(`${flag}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(flag) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== flag) {
    throw new WelfareError(inEach(says.notADate, flag), ExitCode.environment, { hint: inEach(says.dateForm) });
  }
  return flag;
}

/** Maps items with at most CONCURRENCY at a time, results in the items' order; the first failure stops new work. */
async function inParallel<T, R>(items: T[], fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (next < items.length && !failed) {
      const i = next++;
      try {
        results[i] = await fn(items[i]!);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
  return results;
}
