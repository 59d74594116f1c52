import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { errorCount } from '../src/diagnostics/diagnostic.js';
import { mergedYaml, mergeMatrices, type MatrixInput, type Resolutions } from '../src/core/merge.js';
import { parseSource } from '../src/core/source.js';
import type { Action, ActionMatrix, AnnualAssessment, Text } from '../src/generated/types.js';

// Small pools of ids and words, so that independently drawn matrices share ids, with the same
// content or not, and goals stand under different focus areas: the cases merge is about.
const text: fc.Arbitrary<Text> = fc.record(
  { sv: fc.constantFrom('Vi ökar', 'Vi stöder', 'Vi följer upp', 'Vi ordnar'), fi: fc.constantFrom('Lisäämme', 'Tuemme', 'Seuraamme', 'Järjestämme') },
  { requiredKeys: ['sv'] },
);
const assessment = (municipality: string): fc.Arbitrary<AnnualAssessment> =>
  fc
    .record({ year: fc.integer({ min: 2023, max: 2025 }), status: fc.constantFrom('achieved', 'partly', 'ongoing'), comment: fc.option(text, { nil: undefined }), explicit: fc.boolean() })
    .map(({ year, status, comment, explicit }) => ({ year, ...(explicit ? { municipality } : {}), status, ...(comment ? { comment } : {}) }) as AnnualAssessment);
const action = (municipality: string) =>
  fc.record({
    id: fc.constantFrom('a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8'),
    goal: fc.nat(),
    text,
    indicators: fc.array(fc.oneof(fc.record({ text }), fc.record({ ref: fc.constantFrom('i1', 'i2') })), { minLength: 1, maxLength: 2 }),
    actors: fc.uniqueArray(fc.constantFrom('x', 'y', 'z'), { minLength: 1, maxLength: 3 }),
    assessments: fc.option(fc.uniqueArray(assessment(municipality), { selector: (a) => a.year, minLength: 1, maxLength: 3 }), { nil: undefined }),
  });

/** A valid matrix of one municipality: unique ids, every focus area and goal with something in it. */
const matrix = (municipality: string): fc.Arbitrary<ActionMatrix> =>
  fc
    .record({
      titles: fc.record({ f1: text, f2: text, f3: text }),
      goals: fc.uniqueArray(fc.record({ id: fc.constantFrom('g1', 'g2', 'g3', 'g4'), focusArea: fc.constantFrom('f1', 'f2', 'f3'), text }), { selector: (g) => g.id, minLength: 1, maxLength: 4 }),
      actions: fc.uniqueArray(action(municipality), { selector: (a) => a.id, minLength: 1, maxLength: 8 }),
    })
    .map(({ titles, goals, actions }) => {
      const focusAreas = (['f1', 'f2', 'f3'] as const).map((id) => ({
        id,
        title: titles[id],
        goals: goals
          .filter((g) => g.focusArea === id)
          .map((g) => ({
            id: g.id,
            text: g.text,
            actions: actions.filter((a) => goals[a.goal % goals.length]!.id === g.id).map(({ goal: _, assessments, ...a }): Action => ({ ...a, ...(assessments ? { assessments } : {}) })),
          }))
          .filter((g) => g.actions.length > 0),
      }));
      return { municipalities: [municipality], focusAreas: focusAreas.filter((fa) => fa.goals.length > 0) };
    });

/** The matrix as the YAML file a municipality would have, parsed back with positions. */
const asInput = (m: ActionMatrix, path: string, municipality?: string): MatrixInput => {
  const file = parseSource(new TextEncoder().encode(stringify(m)), path);
  return { matrix: file.data as ActionMatrix, file, municipality };
};
const everyAction = (m: ActionMatrix) => m.focusAreas.flatMap((fa) => fa.goals.flatMap((g) => g.actions));
const output = (r: ReturnType<typeof mergeMatrices>) => ({ yaml: mergedYaml(r.matrix, 'matrix.schema.json', []), diagnostics: r.diagnostics });
/** Every language the input text has, the output has too, word for word. */
const holds = (out: Text | undefined, inp: Text | undefined) => !inp || (out !== undefined && (['sv', 'fi'] as const).every((l) => inp[l] === undefined || out[l] === inp[l]));

describe('mergeMatrices, for any matrices', () => {
  it('gives a matrix merged with itself back, every action and assessment naming its municipality', () => {
    fc.assert(
      fc.property(matrix('lovisa'), (m) => {
        const a = asInput(m, 'lovisa.yaml', 'lovisa');
        const result = mergeMatrices([a, a]);
        expect(result.diagnostics).toEqual([]);
        const explicit = structuredClone(m);
        for (const action of everyAction(explicit)) {
          action.municipalities = ['lovisa'];
          for (const assessment of action.assessments ?? []) assessment.municipality = 'lovisa';
        }
        expect(result.matrix).toEqual(explicit);
      }),
    );
  });

  it('holds every action of a and of b exactly once, losing no field, when conflicts are split', () => {
    fc.assert(
      fc.property(matrix('lovisa'), matrix('lapptrask'), (a, b) => {
        const splitAll = Object.fromEntries(['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8'].map((id) => [id, 'split' as const]));
        const result = mergeMatrices([asInput(a, 'lovisa.yaml', 'lovisa'), asInput(b, 'lapptrask.yaml', 'lapptrask')], { order: ['lovisa', 'lapptrask'], resolutions: splitAll });
        expect(errorCount(result.diagnostics)).toBe(0);
        const merged = everyAction(result.matrix);
        const sources = [...everyAction(a).map((x) => ({ x, m: 'lovisa' })), ...everyAction(b).map((x) => ({ x, m: 'lapptrask' }))];
        for (const { x, m } of sources) {
          const found = merged.filter((y) => (y.id === x.id || y.id === `${x.id}-${m}`) && y.municipalities?.includes(m));
          expect(found).toHaveLength(1);
          const y = found[0]!;
          expect(holds(y.text, x.text)).toBe(true);
          expect(y.indicators.map((i) => i.ref)).toEqual(x.indicators.map((i) => i.ref));
          expect(y.indicators.every((i, n) => holds(i.text, x.indicators[n]!.text))).toBe(true);
          expect([...y.actors].sort()).toEqual([...x.actors].sort());
          for (const s of x.assessments ?? []) {
            const kept = y.assessments?.find((t) => t.year === s.year && t.municipality === m);
            expect(kept?.status).toBe(s.status);
            expect(holds(kept?.comment, s.comment)).toBe(true);
          }
        }
        // Nothing is invented: every action of the result comes from a or b.
        for (const y of merged) expect(sources.some(({ x, m }) => y.id === x.id || y.id === `${x.id}-${m}`)).toBe(true);
      }),
    );
  });

  it('is deterministic, and the order of the inputs changes nothing: only the order asked for does', () => {
    const municipalities = ['lovisa', 'lapptrask', 'pernaja'];
    fc.assert(
      fc.property(
        matrix('lovisa'),
        matrix('lapptrask'),
        matrix('pernaja'),
        fc.shuffledSubarray(municipalities),
        fc.array(fc.nat(), { minLength: 3, maxLength: 3 }),
        fc.boolean(),
        (a, b, c, order, shuffle, split) => {
          const inputs = [asInput(a, 'lovisa.yaml', 'lovisa'), asInput(b, 'lapptrask.yaml', 'lapptrask'), asInput(c, 'pernaja.yaml', 'pernaja')];
          const shuffled = [...inputs].sort((x, y) => shuffle[inputs.indexOf(x)]! - shuffle[inputs.indexOf(y)]! || inputs.indexOf(y) - inputs.indexOf(x));
          const resolutions: Resolutions = split ? { a1: 'split', a2: { prefer: 'lapptrask' } } : {};
          const options = { order, resolutions };
          const first = mergeMatrices(inputs, options);
          expect(output(mergeMatrices(inputs, options))).toEqual(output(first));
          expect(output(mergeMatrices(shuffled, options))).toEqual(output(first));
          expect(first.matrix.municipalities).toEqual([...order, ...municipalities.filter((m) => !order.includes(m)).sort()]);
        },
      ),
    );
  });
});
