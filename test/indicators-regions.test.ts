import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSotkanet, type SotkanetStandIn } from './fixtures/sotkanet/server.js';
import { repoRoot, runCli, tempDir } from './helpers/cli.js';

// The stand-in's regions (test/fixtures/sotkanet/regions.json) have ids that differ from their
// codes: the whole country is region 658 (code SSS), Itä-Uusimaa's county 1010 (code 32), Uusimaa
// 1901 (code 01), and region 407 is a sub-region, not Lapinjärvi (code 407, region 231).
const fixtureProject = join(repoRoot, 'test', 'fixtures', 'sotkanet', 'project');

interface Registry {
  regions?: { id: string; kind: string; code?: string; name: { sv?: string; fi?: string }; municipalities?: string[] }[];
  indicators: { id: string; illustrative?: boolean; values?: Record<string, Record<string, number | null>> }[];
}
const registryOf = (dir: string) => parse(readFileSync(join(dir, 'indicators.yaml'), 'utf8')) as Registry;
const valuesOf = (dir: string, id: string) => registryOf(dir).indicators.find((i) => i.id === id)!.values!;
const edit = (path: string, change: (text: string) => string) => writeFileSync(path, change(readFileSync(path, 'utf8')));

let sotkanet: SotkanetStandIn;
beforeAll(async () => {
  sotkanet = await startSotkanet();
});
afterAll(async () => {
  await sotkanet?.close();
});

const pull = (dir: string, ...args: string[]) => runCli(['indicators', 'pull', '--date', '2025-05-15', '--years', '2023-2024', ...args], { cwd: dir, env: { WELFARE_SOTKANET_URL: sotkanet.baseUrl, WELFARE_LANG: 'en' } });

describe('welfare indicators pull: reference regions', () => {
  it('pulls the whole country (MAA) and the county found through memberOf, in the same requests', async () => {
    const dir = tempDir(fixtureProject);
    await sotkanet.takeRequests();
    const result = pull(dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('  reference regions: koko-maa (all), ita-uudenmaan-hyvinvointialue (lovisa, lapptrask)\n');

    expect(registryOf(dir).regions).toEqual([
      { id: 'koko-maa', kind: 'country', code: 'SSS', name: { sv: 'Hela landet', fi: 'Koko maa' } },
      { id: 'ita-uudenmaan-hyvinvointialue', kind: 'wellbeing-services-county', code: '32', name: { sv: 'Östra Nylands välfärdsområde', fi: 'Itä-Uudenmaan hyvinvointialue' }, municipalities: ['lovisa', 'lapptrask'] },
    ]);
    const morbidity = valuesOf(dir, 'morbidity-index');
    expect(morbidity['koko-maa']).toEqual({ '2023': 95.6, '2024': 96.3 }); // region 658
    expect(morbidity['ita-uudenmaan-hyvinvointialue']).toEqual({ '2023': 105, '2024': 105.5 }); // region 1010, not 32
    expect(valuesOf(dir, 'unemployment')['ita-uudenmaan-hyvinvointialue']).toEqual({ '2023': 15, '2024': 15.5 });
    expect(morbidity.lapptrask).toEqual({ '2023': 115.6, '2024': 116.3 }); // region 231, not the sub-region 407

    // One request per indicator, as without reference regions.
    const requests = (await sotkanet.takeRequests()).filter((r) => r.startsWith('/rest/1.1/json'));
    expect(requests.sort()).toEqual([
      '/rest/1.1/json?indicator=181&years=2023&years=2024&genders=total',
      '/rest/1.1/json?indicator=243&years=2023&years=2024&genders=total',
    ]);
    expect(runCli(['validate'], { cwd: dir }).code).toBe(0);

    // A second pull keeps the entries (and a planner's renaming) and writes nothing new.
    edit(join(dir, 'indicators.yaml'), (t) => t.replace('sv: Hela landet', 'sv: Hela Finland'));
    const again = pull(dir);
    expect(again.stdout).toContain('indicators.yaml (no changes)');
    expect(registryOf(dir).regions!.map((r) => r.id)).toEqual(['koko-maa', 'ita-uudenmaan-hyvinvointialue']);
    expect(registryOf(dir).regions![0]!.name).toEqual({ sv: 'Hela Finland', fi: 'Koko maa' });
  });

  it('says which municipality Sotkanet lists in no county, and pulls the rest', () => {
    const dir = tempDir(fixtureProject);
    // Helsinki (code 091, region 434) belongs to no wellbeing services county.
    cpSync(join(dir, 'matrices', 'lovisa.yaml'), join(dir, 'matrices', 'helsinki.yaml'));
    edit(join(dir, 'matrices', 'helsinki.yaml'), (t) => t.replace(/municipalities: \[lovisa\]/, 'municipalities: [helsinki]'));
    edit(join(dir, 'welfare.config.yaml'), (t) => `${t}  - id: helsinki\n    code: "091"\n    name: { sv: Helsingfors stad, fi: Helsingin kaupunki }\n    matrix: matrices/helsinki.yaml\n`);
    expect(runCli(['validate'], { cwd: dir }).stdout).toContain('0 errors');
    const result = pull(dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("welfare: note: Sotkanet lists no wellbeing services county (category HYVINVOINTIALUE) that 'helsinki' (code 091) belongs to; no such values were pulled for it\n");
    const morbidity = valuesOf(dir, 'morbidity-index');
    expect(morbidity.helsinki).toEqual({ '2023': 145.6, '2024': 146.3 });
    expect(morbidity['koko-maa']).toEqual({ '2023': 95.6, '2024': 96.3 });
    expect(registryOf(dir).regions!.find((r) => r.kind === 'wellbeing-services-county')!.municipalities).toEqual(['lovisa', 'lapptrask']);
  });

  it('pulls the regions the config chooses, or none', () => {
    const dir = tempDir(fixtureProject);
    edit(join(dir, 'welfare.config.yaml'), (t) => `${t}references: [region]\n`);
    expect(pull(dir).code).toBe(0);
    expect(registryOf(dir).regions).toEqual([{ id: 'uusimaa', kind: 'region', code: '01', name: { sv: 'Nyland', fi: 'Uusimaa' }, municipalities: ['lovisa', 'lapptrask'] }]);
    expect(valuesOf(dir, 'morbidity-index').uusimaa).toEqual({ '2023': 99, '2024': 99.5 }); // region 1901, not 01

    const off = tempDir(fixtureProject);
    edit(join(off, 'welfare.config.yaml'), (t) => `${t}references: []\n`);
    expect(pull(off).code).toBe(0);
    expect(registryOf(off).regions).toBeUndefined();
    expect(Object.keys(valuesOf(off, 'morbidity-index')).sort()).toEqual(['lapptrask', 'lovisa']);
  });

  it('keeps the ids of regions written by hand without a code, and adds the code', () => {
    const dir = tempDir(fixtureProject);
    edit(join(dir, 'indicators.yaml'), (t) => t.replace('indicators:\n', 'regions:\n  - id: whole-country\n    kind: country\n    name: { sv: Hela landet, fi: Koko maa }\n  - id: ostra-nyland\n    kind: wellbeing-services-county\n    name: { sv: Östra Nyland, fi: Itä-Uusimaa }\n    municipalities: [lovisa]\nindicators:\n'));
    expect(runCli(['validate'], { cwd: dir }).code).toBe(0);
    expect(pull(dir).code).toBe(0);
    expect(registryOf(dir).regions).toEqual([
      { id: 'whole-country', kind: 'country', name: { sv: 'Hela landet', fi: 'Koko maa' }, code: 'SSS' },
      { id: 'ostra-nyland', kind: 'wellbeing-services-county', name: { sv: 'Östra Nyland', fi: 'Itä-Uusimaa' }, municipalities: ['lovisa', 'lapptrask'], code: '32' },
    ]);
    expect(valuesOf(dir, 'morbidity-index')['ostra-nyland']).toEqual({ '2023': 105, '2024': 105.5 });
  });

  it('credits THL/Sotkanet in the documents once pulled, with reference lines, and no better or worse where that is not known', () => {
    const dir = tempDir(fixtureProject);
    expect(pull(dir).code).toBe(0);
    const build = runCli(['build', '--format', 'html', '--lang', 'sv', '--year', '2024'], { cwd: dir });
    expect(build.stderr).toBe('');
    expect(build.code).toBe(0);
    const report = readFileSync(join(dir, 'dist', 'lovisa', 'report.sv.html'), 'utf8');
    expect(report).toContain('<p class="source">Källa:\nTHL/Sotkanet, indikator 243, hämtad 15.5.2025\n</p>');
    expect(report).not.toContain('illustrativa');
    expect(report).toContain('<text class="legend" x="100" y="298">Hela landet</text>');
    expect(report).toContain('<text class="legend" x="100" y="320">Östra Nylands välfärdsområde</text>');
    // Lovisa's years are 2018, 2019 (older values in the file), 2023 and 2024; the country has only the pulled two.
    expect(report).toMatch(/<tr><th scope="row">Hela landet<\/th>(<td class="number"><span class="no-value">–<span class="visually-hidden"> uppgift saknas<\/span><\/span><\/td>){2}<td class="number">95,6<\/td><td class="number">96,3<\/td><\/tr>/);
    // The fixture says nothing of which way is good: the overview says higher or lower, never better or worse.
    const overview = readFileSync(join(dir, 'dist', 'lovisa', 'overview.sv.html'), 'utf8');
    expect(overview).toContain('<li>Lovisa stad 2024: 106,3, högre än Hela landet (96,3) och högre än Östra Nylands välfärdsområde (105,5).</li>');
    expect(overview).not.toMatch(/bättre|sämre/);

    // Reference regions turned off: no lines, no rows, nothing said.
    edit(join(dir, 'welfare.config.yaml'), (t) => `${t}references: []\n`);
    expect(runCli(['build', '--format', 'html', '--lang', 'sv', '--year', '2024'], { cwd: dir }).code).toBe(0);
    const off = readFileSync(join(dir, 'dist', 'lovisa', 'overview.sv.html'), 'utf8');
    expect(off).not.toContain('Hela landet');
    expect(off).not.toContain('class="standing"');
    expect(off).toContain('<tr><th scope="col">Kommun</th>');
  });

  it("takes THL's values in place of illustrative ones and drops the mark", () => {
    const dir = tempDir(fixtureProject);
    edit(join(dir, 'indicators.yaml'), (t) => t.replace('    decimals: 1\n    source:\n      sotkanet: 243', '    decimals: 1\n    illustrative: true\n    source:\n      sotkanet: 243'));
    expect(registryOf(dir).indicators[0]!.illustrative).toBe(true);
    expect(pull(dir).code).toBe(0);
    expect(registryOf(dir).indicators[0]!.illustrative).toBeUndefined();
  });
});
