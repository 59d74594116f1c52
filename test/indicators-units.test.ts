import { parseDocument } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, HttpFailure } from '../src/indicators/http.js';
import { applyUpdates } from '../src/indicators/write-values.js';
import { layoutOf, stringifyLike } from '../src/indicators/yaml-layout.js';
import { yearRange, yearsOf } from '../src/indicators/years.js';
import { startSotkanet, type SotkanetStandIn } from './fixtures/sotkanet/server.js';

describe('yearRange', () => {
  it('reads a range or one year, and defaults to the plan period and four years before', () => {
    expect(yearRange('2019-2024', { start: 2023, end: 2025 })).toEqual({ start: 2019, end: 2024 });
    expect(yearRange('2019–2024', { start: 2023, end: 2025 })).toEqual({ start: 2019, end: 2024 });
    expect(yearRange('2024', { start: 2023, end: 2025 })).toEqual({ start: 2024, end: 2024 });
    expect(yearRange(undefined, { start: 2023, end: 2025 })).toEqual({ start: 2019, end: 2025 });
    expect(yearsOf({ start: 2022, end: 2024 })).toEqual([2022, 2023, 2024]);
  });
  it.each(['2024-2019', '19-24', '2019-', 'last five', '1999-2001'])('refuses %s', (flag) => {
    expect(() => yearRange(flag, { start: 2023, end: 2025 })).toThrow(/is not a range of years/);
  });
});

describe('stringifyLike', () => {
  it('writes an unchanged file back byte for byte, whatever its indentation and flow spacing', () => {
    for (const text of [
      'indicators:\n  - id: a # note\n    name: { sv: A, fi: A }\n    values:\n      lovisa:\n        "2019": 1.0\n',
      'indicators:\n- id: a\n  name: {sv: A, fi: A}\n  municipalities: [lovisa, lapptrask]\n',
      '# top\nindicators:\n    - id: a\n      name:\n          sv: A lång text som är längre än åttio tecken, för att se att den inte bryts av skrivaren alls\n',
    ]) {
      expect(stringifyLike(parseDocument(text), text), text).toBe(text);
    }
  });
  it('reads the layout off the text', () => {
    expect(layoutOf('a:\n    b: [1, 2]\n')).toEqual({ indent: 4, indentSeq: true, flowCollectionPadding: false });
    expect(layoutOf('a:\n- b: { c: 1 }\n')).toEqual({ indent: 2, indentSeq: false, flowCollectionPadding: true });
  });
});

describe('applyUpdates', () => {
  const update = (values: Record<string, Record<number, number | null>>, decimals?: number) => ({
    index: 0,
    retrieved: '2025-05-15',
    fetched: true,
    decimals,
    values: new Map(Object.entries(values).map(([m, years]) => [m, new Map(Object.entries(years).map(([y, v]) => [Number(y), v]))])),
  });

  it('adds values, retrieval date and decimals where they belong, keeping comments and order', () => {
    const text = [
      'indicators:',
      '  - id: a',
      '    name: { sv: A, fi: A } # name',
      '    source:',
      '      sotkanet: 1 # id',
      '    values: {}',
      '',
    ].join('\n');
    const doc = parseDocument(text);
    applyUpdates(doc, [update({ lovisa: { 2021: 2.5, 2020: null } }, 1)]);
    expect(stringifyLike(doc, text)).toBe(
      [
        'indicators:',
        '  - id: a',
        '    name: { sv: A, fi: A } # name',
        '    decimals: 1',
        '    source:',
        '      sotkanet: 1 # id',
        '      retrieved: 2025-05-15',
        '    values:',
        '      lovisa:',
        '        2020: null',
        '        2021: 2.5',
        '',
      ].join('\n'),
    );
  });

  it('replaces a value in place, keeps its comment, and never touches decimals the file gives', () => {
    const text = 'indicators:\n  - id: a\n    decimals: 0\n    source: { sotkanet: 1, retrieved: 2020-01-01 }\n    values:\n      lovisa:\n        "2019": 7 # counted by hand\n';
    const doc = parseDocument(text);
    applyUpdates(doc, [update({ lovisa: { 2019: 8, 2018: 6 } }, 2)]);
    expect(stringifyLike(doc, text)).toBe(
      'indicators:\n  - id: a\n    decimals: 0\n    source: { sotkanet: 1, retrieved: 2025-05-15 }\n    values:\n      lovisa:\n        "2018": 6\n        "2019": 8 # counted by hand\n',
    );
  });
});

describe('getJson', () => {
  let sotkanet: SotkanetStandIn;
  beforeAll(async () => {
    sotkanet = await startSotkanet();
  });
  afterAll(async () => {
    await sotkanet?.close();
  });
  const options = { timeoutMs: 300, retries: 2, retryDelayMs: 10 };

  it('retries a server error that passes', async () => {
    await sotkanet.takeRequests();
    expect(await getJson(`${sotkanet.baseUrl}/1.1/json?indicator=777&years=2024&genders=total`, options)).toEqual([]);
    expect(await sotkanet.takeRequests()).toHaveLength(2);
  });

  it('stops after the retries it was given', async () => {
    await sotkanet.takeRequests();
    const failure = await getJson(`${sotkanet.baseUrl}/1.1/indicators/999`, options).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(HttpFailure);
    expect(failure).toMatchObject({ status: 500, passing: true });
    expect(await sotkanet.takeRequests()).toHaveLength(3);
  });

  it('gives up on a request that gets no answer within the timeout', async () => {
    const started = Date.now();
    const failure = await getJson(`${sotkanet.baseUrl}/1.1/indicators/888`, { ...options, retries: 1 }).catch((e: unknown) => e);
    expect(failure).toMatchObject({ reason: { en: 'no answer within 0.3 s' }, status: undefined });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('does not retry what will not change (404)', async () => {
    await sotkanet.takeRequests();
    await expect(getJson(`${sotkanet.baseUrl}/1.1/indicators/12345`, options)).rejects.toMatchObject({ status: 404, passing: false });
    expect(await sotkanet.takeRequests()).toHaveLength(1);
  });
});
