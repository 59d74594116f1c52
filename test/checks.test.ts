import { describe, expect, it } from 'vitest';
import { assessments } from '../src/core/checks/assessments.js';
import type { Check, CheckContext } from '../src/core/checks/context.js';
import { duplicateIds } from '../src/core/checks/duplicate-ids.js';
import { references } from '../src/core/checks/references.js';
import { translations } from '../src/core/checks/translations.js';
import { Findings } from '../src/core/findings.js';
import type { DocumentKind } from '../src/core/kinds.js';
import { checkSchema } from '../src/core/schema-check.js';
import { parseSource, positionOf } from '../src/core/source.js';

const source = (yaml: string, path = 'm.yaml') => parseSource(new TextEncoder().encode(yaml), path);

/** Runs one check over YAML texts and gives `line:col rule message` per finding. */
function run(check: Check, files: [DocumentKind, string][], extra: Partial<CheckContext> = {}) {
  const findings = new Findings('en', extra.findings?.strict ?? false);
  const ctx: CheckContext = { files: files.map(([kind, yaml]) => ({ kind, file: source(yaml) })), languages: ['sv', 'fi'], ...extra, findings };
  check(ctx);
  return findings.diagnostics.map((d) => `${d.line}:${d.col} ${d.severity} ${d.rule} ${d.message}`);
}

const matrix = (actions: string) => `municipalities: [lovisa]
focusAreas:
  - id: fa
    title: {sv: T, fi: T}
    goals:
      - id: g
        text: {sv: M, fi: T}
        actions:
${actions}`;
const action = (id: string, more = '') => `          - id: ${id}
            text: {sv: Å, fi: T}
            indicators: [{text: {sv: I, fi: M}}]
            actors: [a]
${more}`;

describe('source positions', () => {
  it('points at the key for missing or unknown fields and at the value otherwise', () => {
    const file = source('a:\n  b: 1\n  list:\n    - x\n    - y\n');
    expect(positionOf(file, ['a', 'b'], 'key')).toEqual({ line: 2, col: 3 });
    expect(positionOf(file, ['a', 'b'])).toEqual({ line: 2, col: 6 });
    expect(positionOf(file, ['a', 'list', 1])).toEqual({ line: 5, col: 7 });
    // A path that goes further than the document stops at the deepest node found: the map without the key.
    expect(positionOf(file, ['a', 'nope', 3])).toEqual({ line: 2, col: 3 });
  });

  it('turns bytes that are not UTF-8, binary files and alias bombs into problems, not exceptions', () => {
    expect(parseSource(new Uint8Array([0x61, 0x3a, 0x20, 0xe4, 0x0a]), 'x').problems[0]).toMatchObject({ rule: 'not-utf8', line: 1 });
    expect(parseSource(new Uint8Array([0x61, 0x0a, 0x00]), 'x').problems[0]).toMatchObject({ rule: 'not-text', line: 2 });
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill('*' + String.fromCharCode(97 + i)).join(', ')}]`)].join('\n');
    expect(source(bomb).problems[0]).toMatchObject({ rule: 'alias-limit' });
  });

  it('reads a BOM and CRLF line ends like any other file', () => {
    const file = parseSource(new TextEncoder().encode('\ufeffa: 1\r\nb: 2\r\n'), 'x');
    expect(file.problems).toEqual([]);
    expect(file.data).toEqual({ a: 1, b: 2 });
    expect(positionOf(file, ['b'])).toEqual({ line: 2, col: 4 });
  });
});

describe('schema check', () => {
  const check = (kind: DocumentKind, yaml: string) => {
    const findings = new Findings('en');
    checkSchema(source(yaml), kind, findings);
    return findings.diagnostics.map((d) => `${d.line}:${d.col} ${d.rule} ${d.message}`);
  };

  it('names the nearest branch of a oneOf, not all of them', () => {
    expect(check('indicators', 'indicators:\n  - id: x\n    name: {sv: a, fi: b}\n    source: {sotkanet: "12"}\n')).toEqual([
      "4:24 wrong-type sotkanet of indicator 'x' should be a whole number",
    ]);
  });

  it('suggests sv or fi for a misspelt language', () => {
    expect(check('actors', 'actors:\n  - id: x\n    name: {sv: a, fl: b}\n')).toEqual(["3:19 unknown-field 'fl' is not a field of actor 'x'; did you mean 'fi'?"]);
  });

  it('reports an invalid year key of indicator values at the key', () => {
    expect(check('indicators', 'indicators:\n  - id: x\n    name: {sv: a, fi: b}\n    source: {own: {sv: a, fi: b}}\n    values:\n      lovisa:\n        "23": 1\n')).toEqual([
      "7:9 invalid-format values of indicator 'x' has the wrong form ('23'): YYYY",
    ]);
  });
});

describe('duplicate ids', () => {
  it('finds an action id used twice, pointing at the second and naming the first line', () => {
    expect(run(duplicateIds, [['matrix', matrix(action('a1') + action('a1'))]])).toEqual([
      "13:17 error duplicate-id the id 'a1' is already used by another action (line 9); ids must be unique",
    ]);
  });
  it('keeps focus areas, goals and actions apart, and checks registries', () => {
    expect(run(duplicateIds, [['matrix', matrix(action('g'))]])).toEqual([]);
    expect(run(duplicateIds, [['actors', 'actors:\n  - {id: a, name: {sv: x}}\n  - {id: a, name: {sv: y}}\n']])).toHaveLength(1);
  });
  it('lets a content section be given once shared and once per scope, but not twice for the same documents', () => {
    const sections = (...scopes: string[]) => `sections:\n${scopes.map((s) => `  - {id: plan, ${s}body: {sv: x, fi: y}}\n`).join('')}`;
    expect(run(duplicateIds, [['content', sections('', 'scopes: [lovisa], ', 'scopes: [joint], ')]])).toEqual([]);
    expect(run(duplicateIds, [['content', sections('scopes: [lovisa, joint], ', 'scopes: [joint], ')]])).toEqual([
      "3:10 error duplicate-id the id 'plan' is already used by another section (line 2); ids must be unique",
    ]);
    expect(run(duplicateIds, [['content', sections('', '')]])).toHaveLength(1);
  });
  it('finds a reference region id used twice', () => {
    const regions = 'regions:\n  - {id: koko-maa, kind: country, name: {sv: Hela landet, fi: Koko maa}}\n  - {id: koko-maa, kind: region, name: {sv: Nyland, fi: Uusimaa}}\nindicators: []\n';
    expect(run(duplicateIds, [['indicators', regions]])).toEqual([
      "3:10 error duplicate-id the id 'koko-maa' is already used by another reference region (line 2); ids must be unique",
    ]);
  });
});

describe('references', () => {
  const ctx = { actorIds: new Set(['a']), actorsFile: 'actors.yaml', indicatorIds: new Set(['ind-1']), indicatorsFile: 'indicators.yaml', municipalityIds: ['lovisa'] };
  it('finds unknown actors with a suggestion', () => {
    const yaml = matrix(action('x').replace('actors: [a]', 'actors: [a, bbb]'));
    expect(run(references, [['matrix', yaml]], { ...ctx, actorIds: new Set(['a', 'bb']) })).toEqual([
      "12:25 error unknown-actor action 'x' names the actor 'bbb', which is not in the actors registry (actors.yaml); did you mean 'bb'?",
    ]);
  });
  it('finds unknown indicators and municipalities', () => {
    const yaml = matrix(action('x', '            municipalities: [lapptrask]\n').replace('[{text: {sv: I, fi: M}}]', '[{ref: ind-2}]'));
    expect(run(references, [['matrix', yaml]], ctx).map((d) => d.split(' ').slice(0, 3).join(' '))).toEqual(['11:32 error unknown-indicator', '13:30 error unknown-municipality']);
  });
  it('checks nothing against a registry it does not have', () => {
    expect(run(references, [['matrix', matrix(action('x'))]])).toEqual([]);
  });
  it("takes indicator values by municipality or by the file's reference regions, and their municipalities", () => {
    const yaml = `regions:
  - {id: koko-maa, kind: country, name: {sv: Hela landet, fi: Koko maa}}
  - {id: county, kind: wellbeing-services-county, name: {sv: V, fi: H}, municipalities: [lovisa, porvoo]}
indicators:
  - id: ind-1
    name: {sv: I, fi: M}
    source: {own: {sv: E, fi: O}}
    values: {lovisa: {"2024": 1}, koko-maa: {"2024": 2}, county: {"2024": 3}, maa: {"2024": 4}}
`;
    expect(run(references, [['indicators', yaml]], { municipalityIds: ['lovisa', 'lapptrask'] })).toEqual([
      "3:98 error unknown-municipality 'porvoo' is not a municipality of this project (lovisa, lapptrask)",
      "8:79 error unknown-municipality 'maa' is not a municipality of this project (lovisa, lapptrask, koko-maa, county)",
    ]);
  });
  it("takes a content section's scopes as municipalities or joint, the latter only with several municipalities", () => {
    const yaml = 'sections:\n  - {id: plan, scopes: [lovisa, joint, lovissa], body: {sv: x, fi: y}}\n';
    expect(run(references, [['content', yaml]], { municipalityIds: ['lovisa', 'lapptrask'] })).toEqual([
      "2:40 error unknown-municipality 'lovissa' is not a municipality of this project (lovisa, lapptrask, joint)",
    ]);
    expect(run(references, [['content', yaml]], { municipalityIds: ['lovisa'] }).map((d) => d.split(' ').slice(0, 4).join(' '))).toEqual([
      "2:33 error unknown-municipality 'joint'",
      "2:40 error unknown-municipality 'lovissa'",
    ]);
  });
});

describe('assessments', () => {
  const assessed = (lines: string) => matrix(action('x', `            assessments:\n${lines}`));
  it('finds years outside the plan period and twice-assessed years', () => {
    expect(run(assessments, [['matrix', assessed('              - {year: 2022, status: ongoing}\n              - {year: 2023, status: ongoing}\n              - {year: 2023, status: achieved}\n')]], { period: { start: 2023, end: 2025 } })).toEqual([
      '14:24 error year-outside-period the assessment year 2022 is outside the plan period 2023–2025',
      "16:24 error duplicate-assessment action 'x' is assessed twice for 2023; the first is on line 15",
    ]);
  });
  it('asks whose assessment it is when several municipalities carry the action', () => {
    const yaml = assessed('              - {year: 2023, status: ongoing}\n              - {year: 2023, municipality: lovisa, status: ongoing}\n              - {year: 2023, municipality: lapptrask, status: ongoing}\n').replace('municipalities: [lovisa]', 'municipalities: [lovisa, lapptrask]');
    expect(run(assessments, [['matrix', yaml]])).toEqual([
      "14:17 error assessment-municipality the assessment must say which municipality it is for ('municipality:'), since action 'x' is carried by lovisa, lapptrask",
    ]);
  });
});

describe('translations', () => {
  it('warns about a text in one language only, as an error when strict', () => {
    const yaml = matrix(action('x').replace('text: {sv: Å, fi: T}', 'text: {sv: Å}'));
    expect(run(translations, [['matrix', yaml]])).toEqual(["10:13 warning missing-translation action 'x' has no Finnish text"]);
    expect(run(translations, [['matrix', yaml]], { findings: new Findings('en', true) })[0]).toMatch(/^10:13 error/);
  });
  it('asks only for the languages the project builds', () => {
    const yaml = matrix(action('x').replace('text: {sv: Å, fi: T}', 'text: {sv: Å}'));
    expect(run(translations, [['matrix', yaml]], { languages: ['sv'] })).toEqual([]);
  });
});
