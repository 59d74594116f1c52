import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedPortUrl, startSotkanet, type SotkanetStandIn } from './fixtures/sotkanet/server.js';
import { repoRoot, runCli, tempDir } from './helpers/cli.js';

const fixtureProject = join(repoRoot, 'test', 'fixtures', 'sotkanet', 'project');
const peakMemory = join(repoRoot, 'test', 'helpers', 'peak-memory.cjs');

interface IndicatorData {
  id: string;
  decimals?: number;
  source: { sotkanet?: number; retrieved?: string };
  values?: Record<string, Record<string, number | null>>;
}
const indicatorsOf = (dir: string) => (parse(readFileSync(join(dir, 'indicators.yaml'), 'utf8')) as { indicators: IndicatorData[] }).indicators;
const byId = (dir: string, id: string) => indicatorsOf(dir).find((i) => i.id === id)!;

let sotkanet: SotkanetStandIn;
beforeAll(async () => {
  sotkanet = await startSotkanet();
});
afterAll(async () => {
  await sotkanet?.close();
});

const pull = (dir: string, ...args: string[]) => runCli(['indicators', 'pull', '--date', '2025-05-15', ...args], { cwd: dir, env: { WELFARE_SOTKANET_URL: sotkanet.baseUrl, WELFARE_LANG: 'en' } });

describe('welfare indicators pull', () => {
  it('writes values per municipality and year, mapping codes to Sotkanet region ids, and keeps the comments', async () => {
    const dir = tempDir(fixtureProject);
    await sotkanet.takeRequests();
    const result = pull(dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('indicators.yaml: 2 indicators from THL/Sotkanet (CC BY 4.0), 2019–2025, retrieved 2025-05-15');

    const morbidity = byId(dir, 'morbidity-index');
    // Loviisa is region 226 (code 434); region 434 is Helsinki and must not be taken.
    expect(morbidity.values!.lovisa).toEqual({ '2018': 2, '2019': 102.8, '2020': 103.5, '2021': 104.2, '2022': 104.9, '2023': 105.6, '2024': 106.3 });
    // Lapinjärvi is region 231; THL withholds 2021 (a row without value); 2025 is not published yet.
    expect(morbidity.values!.lapptrask).toEqual({ '2019': 112.8, '2020': 113.5, '2021': null, '2022': 114.9, '2023': 115.6, '2024': 116.3 });
    expect(morbidity.source).toEqual({ sotkanet: 243, retrieved: '2025-05-15' });

    const unemployment = byId(dir, 'unemployment');
    expect(unemployment.decimals).toBe(1); // from GET /indicators/181
    expect(unemployment.values!.lovisa!['2024']).toBe(16.2);
    expect(byId(dir, 'village-evenings')).toEqual(parse(readFileSync(join(fixtureProject, 'indicators.yaml'), 'utf8')).indicators[2]);

    const text = readFileSync(join(dir, 'indicators.yaml'), 'utf8');
    for (const comment of ['# Indicators of the fixture project; keep this comment.', '# Sjuklighetsindex: the values below are old and get replaced.', 'sotkanet: 243 # THL', '"2019": 102.8 # an old value']) {
      expect(text).toContain(comment);
    }
    // The file's own style: quoted years, also for the municipality that had none yet.
    expect(text).toContain('    values:\n      lovisa:\n        "2018": 2.0\n');
    expect(text).toContain('      lapptrask:\n        "2019": 112.8\n');
    expect(text).toContain('    source: { sotkanet: 181, retrieved: 2025-05-15 }\n');

    const requests = await sotkanet.takeRequests();
    expect(requests.filter((r) => r === '/rest/1.1/regions')).toHaveLength(1);
    expect(requests).toContain('/rest/1.1/json?indicator=243&years=2019&years=2020&years=2021&years=2022&years=2023&years=2024&years=2025&genders=total');
    expect(requests).toContain('/rest/1.1/indicators/181');
    expect(requests).not.toContain('/rest/1.1/indicators/243'); // its decimals are in the file already

    expect(runCli(['validate'], { cwd: dir }).code).toBe(0);
  });

  it('answers a second run from the cache, and asks again with --refresh', async () => {
    const dir = tempDir(fixtureProject);
    expect(pull(dir, '--years', '2023-2024').code).toBe(0);
    await sotkanet.takeRequests();

    const again = pull(dir, '--years', '2023-2024');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('indicators.yaml (no changes): 2 indicators');
    expect(again.stdout).toContain('0 answers from Sotkanet, 3 from the cache (.welfare-cache/sotkanet; --refresh asks again)');
    expect(await sotkanet.takeRequests()).toEqual([]);

    const refreshed = pull(dir, '--years', '2023-2024', '--refresh');
    expect(refreshed.code).toBe(0);
    expect(refreshed.stdout).toContain('3 answers from Sotkanet, 0 from the cache');
    expect(await sotkanet.takeRequests()).toHaveLength(3);
    expect(byId(dir, 'morbidity-index').values!.lapptrask).toEqual({ '2023': 115.6, '2024': 116.3 });
  });

  it('works offline from a full cache, and leaves the retrieval dates as they were', async () => {
    const dir = tempDir(fixtureProject);
    expect(pull(dir).code).toBe(0);
    const before = readFileSync(join(dir, 'indicators.yaml'), 'utf8');
    const offline = runCli(['indicators', 'pull', '--date', '2025-06-01', '--base-url', await closedPortUrl()], { cwd: dir });
    expect(offline.stderr).toBe('');
    expect(offline.code).toBe(0);
    expect(offline.stdout).toContain('indicators.yaml (no changes)');
    // Nothing was fetched on 2025-06-01: the dates still say when the data was fetched.
    expect(byId(dir, 'morbidity-index').source.retrieved).toBe('2025-05-15');
    expect(readFileSync(join(dir, 'indicators.yaml'), 'utf8')).toBe(before);
  });

  it('changes a retrieval date from the cache only where the values change, to the day of the cached answer', async () => {
    const dir = tempDir(fixtureProject);
    expect(pull(dir).code).toBe(0);
    const path = join(dir, 'indicators.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('"2024": 16.2', '"2024": 99.9'));
    const cached = runCli(['indicators', 'pull', '--date', '2025-06-01', '--base-url', await closedPortUrl()], { cwd: dir });
    expect(cached.code).toBe(0);
    expect(byId(dir, 'unemployment').values!.lovisa!['2024']).toBe(16.2);
    const today = new Date().toISOString().slice(0, 10); // the cache keeps the day it fetched (UTC)
    expect(byId(dir, 'unemployment').source.retrieved).toBe(today);
    expect(byId(dir, 'morbidity-index').source.retrieved).toBe('2025-05-15');
    // Fetched again, the date is the day of the pull.
    expect(pull(dir, '--refresh').code).toBe(0);
    expect(byId(dir, 'morbidity-index').source.retrieved).toBe('2025-05-15');
    expect(runCli(['indicators', 'pull', '--date', '2025-07-01', '--refresh'], { cwd: dir, env: { WELFARE_SOTKANET_URL: sotkanet.baseUrl } }).code).toBe(0);
    expect(byId(dir, 'morbidity-index').source.retrieved).toBe('2025-07-01');
  });

  it('fails offline with exit 2, naming the URL and what the cache held, and leaves the file alone', async () => {
    const dir = tempDir(fixtureProject);
    const before = readFileSync(join(dir, 'indicators.yaml'), 'utf8');
    const base = await closedPortUrl();
    const result = runCli(['indicators', 'pull', '--base-url', base], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`could not reach ${base}/1.1/regions: ECONNREFUSED (tried 3 times)`);
    expect(result.stderr).toContain('no cached values were used');
    expect(result.stderr).toContain('Nothing was written.');
    expect(result.stderr).not.toContain('internal error');
    expect(readFileSync(join(dir, 'indicators.yaml'), 'utf8')).toBe(before);

    // With part of the answers cached (2024 only), the message says those were used but were not enough.
    expect(pull(dir, '--years', '2024').code).toBe(0);
    const partial = runCli(['indicators', 'pull', '--base-url', base], { cwd: dir });
    expect(partial.code).toBe(2);
    expect(partial.stderr).toMatch(/could not reach .*\/1\.1\/json\?indicator=(243|181)&years=2019/);
    expect(partial.stderr).toContain('1 other answer was taken from the cache');

    // --refresh never falls back to the cache silently.
    const refresh = runCli(['indicators', 'pull', '--years', '2024', '--refresh', '--base-url', base], { cwd: dir });
    expect(refresh.code).toBe(2);
    expect(refresh.stderr).toMatch(/a cached answer from \d{4}-\d{2}-\d{2} exists but was not used because of --refresh/);
  });

  it('gives up on a server error after bounded retries, with exit 2', async () => {
    const dir = tempDir(fixtureProject);
    const path = join(dir, 'indicators.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('sotkanet: 181', 'sotkanet: 999'));
    const before = readFileSync(path, 'utf8');
    await sotkanet.takeRequests();
    const result = pull(dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`Sotkanet could not answer ${sotkanet.baseUrl}/1.1/json?indicator=999&years=2019`);
    expect(result.stderr).toContain('the server answered 500 Internal Server Error (tried 3 times)');
    expect(readFileSync(path, 'utf8')).toBe(before);
    expect((await sotkanet.takeRequests()).filter((r) => r.includes('indicator=999'))).toHaveLength(3);
  });

  it('says so when no indicator has a Sotkanet id, and asks nothing', async () => {
    const dir = tempDir(fixtureProject);
    const path = join(dir, 'indicators.yaml');
    const own = parse(readFileSync(path, 'utf8')).indicators[2];
    writeFileSync(path, `indicators:\n  - ${JSON.stringify(own)}\n`);
    writeFileSync(join(dir, 'matrices', 'lovisa.yaml'), readFileSync(join(dir, 'matrices', 'lovisa.yaml'), 'utf8').replace('ref: morbidity-index', 'ref: village-evenings'));
    writeFileSync(join(dir, 'matrices', 'lapptrask.yaml'), readFileSync(join(dir, 'matrices', 'lapptrask.yaml'), 'utf8').replace('ref: morbidity-index', 'ref: village-evenings'));
    await sotkanet.takeRequests();
    const result = pull(dir);
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(result.stderr).toBe("welfare: note: no indicator in indicators.yaml has a Sotkanet id ('source: sotkanet:'); nothing to fetch\n");
    expect(await sotkanet.takeRequests()).toEqual([]);
  });

  it('points at the municipality code that Sotkanet does not know', () => {
    const dir = tempDir(fixtureProject);
    const config = join(dir, 'welfare.config.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace('code: "407"', 'code: "998"'));
    const result = pull(dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("welfare.config.yaml:13:11: the municipality code 998 of 'lapptrask' is not a municipality (KUNTA) in Sotkanet's region list");
  });

  it('refuses a project with errors and a bad --years', () => {
    const dir = tempDir(fixtureProject);
    expect(pull(dir, '--years', '2024-2019')).toMatchObject({ code: 2, stderr: expect.stringContaining("--years '2024-2019' is not a range of years") });
    rmSync(join(dir, 'actors.yaml'));
    writeFileSync(join(dir, 'actors.yaml'), 'actors:\n  - id: other\n    name: { sv: Annan, fi: Muu }\n');
    const invalid = pull(dir);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain("names the actor 'welfare-group', which is not in the actors registry");
    expect(invalid.stderr).toContain("run 'welfare validate' to see every problem");
  });

  it('pulls at once into a project made by welfare init', () => {
    const dir = join(tempDir(), 'new');
    expect(runCli(['init', dir]).code).toBe(0);
    const result = pull(dir, '--years', '2023-2024');
    expect(result.code).toBe(0);
    const morbidity = byId(dir, 'morbidity-index');
    // With the default reference regions: the whole country and Lovisa's county.
    expect(morbidity.values).toEqual({ lovisa: { '2023': 105.6, '2024': 106.3 }, 'koko-maa': { '2023': 95.6, '2024': 96.3 }, 'ita-uudenmaan-hyvinvointialue': { '2023': 105, '2024': 105.5 } });
    expect(morbidity.decimals).toBe(1);
    expect(readFileSync(join(dir, 'indicators.yaml'), 'utf8')).toContain("# Sotkanet's values are fetched with 'welfare indicators pull'");
    expect(runCli(['validate'], { cwd: dir }).code).toBe(0);
  });
});

describe('welfare indicators pull against a hostile or broken server', () => {
  /** Pulls with indicator 181 replaced by `id`; says what came of it, the peak memory in MB, and whether the file changed. */
  const pullWith = (id: number, { base = sotkanet.baseUrl, args = [] as string[] } = {}) => {
    const dir = tempDir(fixtureProject);
    const path = join(dir, 'indicators.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('sotkanet: 181', `sotkanet: ${id}`));
    const before = readFileSync(path, 'utf8');
    const memory = join(dir, 'peak-memory');
    const result = runCli(['indicators', 'pull', '--date', '2025-05-15', '--base-url', base, ...args], { cwd: dir, env: { WELFARE_TEST_PEAK_MEMORY: memory }, nodeArgs: ['--require', peakMemory] });
    const peakMB = Number(readFileSync(memory, 'utf8')) / 1024;
    expect(result.stderr).not.toMatch(/internal error|^\s+at /m);
    return { ...result, peakMB, unchanged: readFileSync(path, 'utf8') === before, dir };
  };

  it('stops reading an answer that never ends at 32 MB, and says so', () => {
    const r = pullWith(881);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${sotkanet.baseUrl}/1.1/json?indicator=881&years=2019`);
    expect(r.stderr).toContain('the answer is larger than 32 MB (after decompression); welfare stopped reading it there');
    expect(r.stderr).toContain('Nothing was written.');
    expect(r.unchanged).toBe(true);
    expect(r.peakMB).toBeLessThan(300);
  });

  it('stops inflating a gzip bomb at 32 MB, and says so', () => {
    const r = pullWith(882);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('indicator=882');
    expect(r.stderr).toContain('the answer is larger than 32 MB (after decompression)');
    expect(r.unchanged).toBe(true);
    expect(r.peakMB).toBeLessThan(300);
  });

  it('the limit follows WELFARE_MAX_FILE_MB, and an answer that stalls is named as such', () => {
    const dir = tempDir(fixtureProject);
    const path = join(dir, 'indicators.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('sotkanet: 181', 'sotkanet: 881'));
    const small = runCli(['indicators', 'pull'], { cwd: dir, env: { WELFARE_SOTKANET_URL: sotkanet.baseUrl, WELFARE_MAX_FILE_MB: '1' } });
    expect(small.code).toBe(2);
    expect(small.stderr).toContain('the answer is larger than 1 MB');
    const stalled = pullWith(886, { args: ['--timeout', '1'] });
    expect(stalled.code).toBe(2);
    expect(stalled.stderr).toContain('the answer did not end within 1 s (tried 3 times)');
  });

  it.each([
    [883, 'has the value Infinity for 2024, which is no number'],
    [884, 'has a value for the year 2023.5, which was not asked for (2019–2025)'],
  ])('refuses indicator %i: %s, and writes nothing', (id, message) => {
    const r = pullWith(id);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Sotkanet's answer for indicator ${id} ${message}. Nothing was written.`);
    expect(r.unchanged).toBe(true);
  });

  it('refuses decimals the schema does not allow (1000000000), and writes nothing', () => {
    const r = pullWith(885);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`the answers of ${sotkanet.baseUrl} would make indicators.yaml invalid: decimals of 'unemployment' (Sotkanet indicator 885) would be 1000000000, but it must be <= 4. Nothing was written.`);
    expect(r.unchanged).toBe(true);
  });

  it('matches municipality codes as exact strings: "0434" is not Lovisa\'s 434', () => {
    const r = pullWith(181, { base: sotkanet.baseUrl.replace(/\/rest$/, '/padded') });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("the municipality code 434 of 'lovisa' is not a municipality (KUNTA) in Sotkanet's region list");
    expect(r.unchanged).toBe(true);
  });
});
