import { describe, expect, it } from 'vitest';
import { mergeRegistries } from '../src/core/merge.js';
import { parseSource } from '../src/core/source.js';
import type { ActorsRegistry, IndicatorsRegistry } from '../src/generated/types.js';

const file = (path: string, yaml: string) => parseSource(new TextEncoder().encode(yaml), path);
const actors = (path: string, yaml: string) => ({ registry: file(path, yaml).data as ActorsRegistry, file: file(path, yaml) });
const indicators = (path: string, yaml: string) => ({ registry: file(path, yaml).data as IndicatorsRegistry, file: file(path, yaml) });
const show = (ds: { file: string; line: number; col: number; severity: string; rule: string; message: string }[]) => ds.map((d) => `${d.file}:${d.line}:${d.col} ${d.severity} ${d.rule}: ${d.message}`);

describe('mergeRegistries', () => {
  it('keeps the reference regions of every registry and marks values illustrative when either file says so', () => {
    const a = indicators('lovisa.yaml', `regions:
  - {id: koko-maa, kind: country, name: {sv: Hela landet, fi: Koko maa}}
  - {id: county, kind: wellbeing-services-county, name: {sv: Välfärdsområdet, fi: Hyvinvointialue}, municipalities: [lovisa]}
indicators:
  - {id: unemployment, name: {sv: A, fi: T}, illustrative: true, source: {sotkanet: 181}, values: {lovisa: {"2024": 10.2}, koko-maa: {"2024": 11.3}}}
`);
    const b = indicators('lapptrask.yaml', `regions:
  - {id: county, kind: wellbeing-services-county, name: {sv: Välfärdsområdet, fi: Hyvinvointialue}, municipalities: [lapptrask]}
indicators:
  - {id: unemployment, name: {sv: A, fi: T}, source: {sotkanet: 181, retrieved: 2025-03-01}, values: {lapptrask: {"2024": 9.5}}}
`);
    const result = mergeRegistries('indicators', [b, a], { order: ['lovisa', 'lapptrask'] });
    expect(result.diagnostics).toEqual([]);
    expect(result.registry).toEqual({
      regions: [
        { id: 'koko-maa', kind: 'country', name: { sv: 'Hela landet', fi: 'Koko maa' } },
        { id: 'county', kind: 'wellbeing-services-county', name: { sv: 'Välfärdsområdet', fi: 'Hyvinvointialue' }, municipalities: ['lovisa', 'lapptrask'] },
      ],
      indicators: [
        { id: 'unemployment', name: { sv: 'A', fi: 'T' }, illustrative: true, source: { sotkanet: 181, retrieved: '2025-03-01' }, values: { lovisa: { '2024': 10.2 }, lapptrask: { '2024': 9.5 }, 'koko-maa': { '2024': 11.3 } } },
      ],
    });
  });

  it('makes agreeing actors one, adding up their municipalities in the order asked for', () => {
    const a = actors('a.yaml', `actors:
  - id: youth-services
    name: {sv: Ungdomstjänster}
    municipalities: [lovisa]
  - id: county
    name: {sv: Välfärdsområdet, fi: Hyvinvointialue}
`);
    const b = actors('b.yaml', `actors:
  - id: county
    name: {sv: Välfärdsområdet, fi: Hyvinvointialue}
  - id: youth-services
    name: {sv: Ungdomstjänster, fi: Nuorisopalvelut}
    municipalities: [lapptrask]
  - id: village-association
    name: {sv: Byaföreningen, fi: Kyläyhdistys}
    parent: county
`);
    const result = mergeRegistries('actors', [b, a], { order: ['lovisa', 'lapptrask'] });
    expect(result.diagnostics).toEqual([]);
    expect(result.registry.actors).toEqual([
      { id: 'youth-services', name: { sv: 'Ungdomstjänster', fi: 'Nuorisopalvelut' }, municipalities: ['lovisa', 'lapptrask'] },
      { id: 'county', name: { sv: 'Välfärdsområdet', fi: 'Hyvinvointialue' } },
      { id: 'village-association', name: { sv: 'Byaföreningen', fi: 'Kyläyhdistys' }, parent: 'county' },
    ]);
  });

  it('reports an actor id with another name, or regional on one side only, as a conflict at both; the same name under two ids as a warning', () => {
    const a = actors('a.yaml', `actors:
  - id: culture
    name: {sv: Kulturtjänster}
    municipalities: [lovisa]
  - id: library
    name: {sv: Biblioteket}
`);
    const b = actors('b.yaml', `actors:
  - id: culture
    name: {sv: Kultur och fritid}
  - id: libraries
    name: {sv: Biblioteket}
`);
    expect(show(mergeRegistries('actors', [a, b], { order: ['lovisa'] }).diagnostics)).toEqual([
      "a.yaml:2:5 error merge-conflict: actor 'culture' is not the same in b.yaml:2 (name, municipalities); make them the same",
      "a.yaml:6:11 warning same-text: actor 'library' has the same name as actor 'libraries' in b.yaml:5; if they are one and the same, give them one id",
      "b.yaml:2:5 error merge-conflict: actor 'culture' is not the same in a.yaml:2 (name, municipalities); make them the same",
      "b.yaml:5:11 warning same-text: actor 'libraries' has the same name as actor 'library' in a.yaml:6; if they are one and the same, give them one id",
    ]);
  });

  it('merges indicator values per municipality and year, keeping the later retrieval date; a different value is a conflict', () => {
    const a = indicators('a.yaml', `indicators:
  - id: loneliness
    name: {sv: Ensamhet, fi: Yksinäisyys}
    unit: {sv: '%'}
    source: {sotkanet: 5, retrieved: 2025-01-10}
    values:
      lovisa: {2023: 10.5, 2024: null}
`);
    const b = indicators('b.yaml', `indicators:
  - id: loneliness
    name: {sv: Ensamhet, fi: Yksinäisyys}
    unit: {sv: '%', fi: '%'}
    source: {sotkanet: 5, retrieved: 2025-03-01}
    values:
      lapptrask: {2024: 12.1, 2023: 11}
      lovisa: {2023: 10.5}
`);
    const result = mergeRegistries('indicators', [b, a], { order: ['lovisa', 'lapptrask'] });
    expect(result.diagnostics).toEqual([]);
    expect(result.registry.indicators).toEqual([
      {
        id: 'loneliness',
        name: { sv: 'Ensamhet', fi: 'Yksinäisyys' },
        unit: { sv: '%', fi: '%' },
        source: { sotkanet: 5, retrieved: '2025-03-01' },
        values: { lovisa: { 2023: 10.5, 2024: null }, lapptrask: { 2023: 11, 2024: 12.1 } },
      },
    ]);
    expect(Object.keys(result.registry.indicators[0]!.values!)).toEqual(['lovisa', 'lapptrask']);

    const c = indicators('c.yaml', `indicators:
  - id: loneliness
    name: {sv: Ensamhet, fi: Yksinäisyys}
    source: {sotkanet: 6}
    values:
      lovisa: {2023: 9.5}
`);
    expect(show(mergeRegistries('indicators', [a, c]).diagnostics)).toEqual([
      "a.yaml:2:5 error merge-conflict: indicator 'loneliness' is not the same in c.yaml:2 (source); make them the same",
      "a.yaml:7:22 error value-conflict: indicator 'loneliness' has a different value for lovisa 2023 in c.yaml:6 (10.5 and 9.5); keep one of them",
      "c.yaml:2:5 error merge-conflict: indicator 'loneliness' is not the same in a.yaml:2 (source); make them the same",
      "c.yaml:6:22 error value-conflict: indicator 'loneliness' has a different value for lovisa 2023 in a.yaml:7 (9.5 and 10.5); keep one of them",
    ]);
  });
});
