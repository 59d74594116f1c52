import { describe, expect, it } from 'vitest';
import { mergeMatrices, type MatrixInput } from '../src/core/merge.js';
import type { ActionMatrix } from '../src/generated/types.js';
import { parseSource } from '../src/core/source.js';

const input = (path: string, yaml: string, municipality?: string): MatrixInput => {
  const file = parseSource(new TextEncoder().encode(yaml), path);
  if (file.problems.length) throw new Error(`bad fixture ${path}: ${file.problems[0]!.rule}`);
  return { matrix: file.data as ActionMatrix, file, municipality };
};
const show = (r: ReturnType<typeof mergeMatrices>) => r.diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.severity} ${d.rule}: ${d.message}`);
const actionIds = (m: ActionMatrix) => m.focusAreas.flatMap((fa) => fa.goals.flatMap((g) => g.actions.map((a) => a.id)));
const actionById = (m: ActionMatrix, id: string) => m.focusAreas.flatMap((fa) => fa.goals.flatMap((g) => g.actions)).find((a) => a.id === id);

// Line numbers matter: the diagnostics below point into these texts.
const lovisa = `municipalities: [lovisa]
period: {start: 2023, end: 2025}
focusAreas:
  - id: involvement
    title: {sv: Delaktighet, fi: Osallisuus}
    goals:
      - id: influence
        text: {sv: Vi ökar inflytandet, fi: Lisäämme vaikuttamista}
        actions:
          - id: surveys
            text: {sv: Vi gör enkäter, fi: Teemme kyselyjä}
            indicators: [{text: {sv: Antal svar, fi: Vastausten määrä}}]
            actors: [welfare-group]
            assessments:
              - {year: 2023, status: achieved}
          - id: village-evenings
            text: {sv: Byakvällar, fi: Kyläillat}
            indicators: [{ref: participants}]
            actors: [welfare-group, associations]
            assessments:
              - {year: 2023, status: ongoing, comment: {sv: Två kvällar, fi: Kaksi iltaa}}
`;

const lapptrask = `municipalities: [lapptrask]
period: {start: 2023, end: 2025}
focusAreas:
  - id: involvement
    title: {sv: Delaktighet, fi: Osallisuus}
    goals:
      - id: influence
        text: {sv: Vi ökar inflytandet, fi: Lisäämme vaikuttamista}
        actions:
          - id: village-evenings
            text: {sv: "Byakvällar ", fi: Kyläillat}
            indicators: [{ref: participants}]
            actors: [associations, welfare-group]
            assessments:
              - {year: 2023, status: achieved}
          - id: council-visits
            text: {sv: Fullmäktige besöker byarna, fi: Valtuusto vierailee kylissä}
            indicators: [{text: {sv: Antal besök, fi: Vierailujen määrä}}]
            actors: [council]
`;

describe('mergeMatrices', () => {
  it('makes an action both matrices have alike one action carried by both, with each assessment naming its municipality', () => {
    const result = mergeMatrices([input('lovisa.yaml', lovisa, 'lovisa'), input('lapptrask.yaml', lapptrask, 'lapptrask')], { order: ['lovisa', 'lapptrask'] });
    expect(result.diagnostics).toEqual([]);
    expect(result.matrix).toEqual({
      municipalities: ['lovisa', 'lapptrask'],
      period: { start: 2023, end: 2025 },
      focusAreas: [
        {
          id: 'involvement',
          title: { sv: 'Delaktighet', fi: 'Osallisuus' },
          goals: [
            {
              id: 'influence',
              text: { sv: 'Vi ökar inflytandet', fi: 'Lisäämme vaikuttamista' },
              actions: [
                {
                  id: 'surveys',
                  text: { sv: 'Vi gör enkäter', fi: 'Teemme kyselyjä' },
                  municipalities: ['lovisa'],
                  indicators: [{ text: { sv: 'Antal svar', fi: 'Vastausten määrä' } }],
                  actors: ['welfare-group'],
                  assessments: [{ year: 2023, municipality: 'lovisa', status: 'achieved' }],
                },
                {
                  id: 'village-evenings',
                  text: { sv: 'Byakvällar', fi: 'Kyläillat' },
                  municipalities: ['lovisa', 'lapptrask'],
                  indicators: [{ ref: 'participants' }],
                  actors: ['welfare-group', 'associations'],
                  assessments: [
                    { year: 2023, municipality: 'lovisa', status: 'ongoing', comment: { sv: 'Två kvällar', fi: 'Kaksi iltaa' } },
                    { year: 2023, municipality: 'lapptrask', status: 'achieved' },
                  ],
                },
                {
                  id: 'council-visits',
                  text: { sv: 'Fullmäktige besöker byarna', fi: 'Valtuusto vierailee kylissä' },
                  municipalities: ['lapptrask'],
                  indicators: [{ text: { sv: 'Antal besök', fi: 'Vierailujen määrä' } }],
                  actors: ['council'],
                },
              ],
            },
          ],
        },
      ],
    });
  });

  it('lists the municipalities in the order asked for, whatever order the inputs come in', () => {
    const a = input('lovisa.yaml', lovisa, 'lovisa');
    const b = input('lapptrask.yaml', lapptrask, 'lapptrask');
    const first = mergeMatrices([b, a], { order: ['lovisa', 'lapptrask'] }).matrix;
    expect(first).toEqual(mergeMatrices([a, b], { order: ['lovisa', 'lapptrask'] }).matrix);
    expect(actionIds(first)).toEqual(['surveys', 'village-evenings', 'council-visits']);
    const reversed = mergeMatrices([a, b], { order: ['lapptrask', 'lovisa'] }).matrix;
    expect(reversed.municipalities).toEqual(['lapptrask', 'lovisa']);
    expect(actionIds(reversed)).toEqual(['village-evenings', 'council-visits', 'surveys']);
    // Without an order, alphabetically by id.
    expect(mergeMatrices([a, b]).matrix.municipalities).toEqual(['lapptrask', 'lovisa']);
  });

  it("takes the municipality from the matrix when the input does not name one, and keeps an action's own municipalities", () => {
    const joint = lovisa.replace('municipalities: [lovisa]', 'municipalities: [lovisa, lapptrask]').replace("actors: [welfare-group]\n", "actors: [welfare-group]\n            municipalities: [lovisa]\n").replace('{year: 2023, status: ongoing,', '{year: 2023, municipality: lapptrask, status: ongoing,');
    const result = mergeMatrices([input('joint.yaml', joint)], { order: ['lovisa', 'lapptrask'] });
    expect(result.diagnostics).toEqual([]);
    expect(actionById(result.matrix, 'surveys')?.municipalities).toEqual(['lovisa']);
    expect(actionById(result.matrix, 'village-evenings')).toMatchObject({ municipalities: ['lovisa', 'lapptrask'], assessments: [{ municipality: 'lapptrask' }] });
  });

  it('reports an action id with different content at both sides as an error naming the other side', () => {
    const changed = lapptrask.replace('text: {sv: "Byakvällar ", fi: Kyläillat}', 'text: {sv: Byakvällar med korv, fi: Kyläillat}').replace('[{ref: participants}]', '[{ref: visitors}]');
    const result = mergeMatrices([input('lovisa.yaml', lovisa, 'lovisa'), input('lapptrask.yaml', changed, 'lapptrask')], { order: ['lovisa', 'lapptrask'] });
    expect(show(result)).toEqual([
      "lapptrask.yaml:10:13 error merge-conflict: action 'village-evenings' is not the same in lovisa.yaml:16 (text, indicators); make them the same, or resolve the conflict with --prefer village-evenings=<municipality> or --split village-evenings (merge.resolutions in welfare.config.yaml)",
      "lovisa.yaml:16:13 error merge-conflict: action 'village-evenings' is not the same in lapptrask.yaml:10 (text, indicators); make them the same, or resolve the conflict with --prefer village-evenings=<municipality> or --split village-evenings (merge.resolutions in welfare.config.yaml)",
    ]);
  });

  it('says so in Swedish and Finnish too', () => {
    const changed = lapptrask.replace('actors: [associations, welfare-group]', 'actors: [associations]');
    const inputs = [input('lovisa.yaml', lovisa, 'lovisa'), input('lapptrask.yaml', changed, 'lapptrask')];
    expect(mergeMatrices(inputs, { lang: 'sv' }).diagnostics[0]!.message).toBe(
      "åtgärden 'village-evenings' är inte densamma i lovisa.yaml:16 (ansvariga aktörer); gör dem lika, eller avgör konflikten med --prefer village-evenings=<kommun> eller --split village-evenings (merge.resolutions i welfare.config.yaml)",
    );
    expect(mergeMatrices(inputs, { lang: 'fi' }).diagnostics[0]!.message).toBe(
      "toimenpide 'village-evenings' ei ole sama kuin kohdassa lovisa.yaml:16 (vastuutahot); yhtenäistä ne tai ratkaise ristiriita valinnalla --prefer village-evenings=<kunta> tai --split village-evenings (merge.resolutions tiedostossa welfare.config.yaml)",
    );
  });

  describe('resolutions', () => {
    const changed = lapptrask.replace('text: {sv: "Byakvällar ", fi: Kyläillat}', 'text: {sv: Byakvällar med korv, fi: Kyläillat ja makkaraa}');
    const inputs = () => [input('lovisa.yaml', lovisa, 'lovisa'), input('lapptrask.yaml', changed, 'lapptrask')];

    it("'prefer' makes one action carried by both, in the preferred version, with everyone's assessments", () => {
      const result = mergeMatrices(inputs(), { order: ['lovisa', 'lapptrask'], resolutions: { 'village-evenings': { prefer: 'lapptrask' } } });
      expect(result.diagnostics).toEqual([]);
      expect(actionById(result.matrix, 'village-evenings')).toMatchObject({
        text: { sv: 'Byakvällar med korv', fi: 'Kyläillat ja makkaraa' },
        municipalities: ['lovisa', 'lapptrask'],
        assessments: [{ municipality: 'lovisa', status: 'ongoing' }, { municipality: 'lapptrask', status: 'achieved' }],
      });
    });

    it("'split' keeps both versions under ids suffixed with their municipality", () => {
      const result = mergeMatrices(inputs(), { order: ['lovisa', 'lapptrask'], resolutions: { 'village-evenings': 'split' } });
      expect(result.diagnostics).toEqual([]);
      expect(actionIds(result.matrix)).toEqual(['surveys', 'village-evenings-lovisa', 'village-evenings-lapptrask', 'council-visits']);
      expect(actionById(result.matrix, 'village-evenings-lapptrask')).toMatchObject({ municipalities: ['lapptrask'], text: { sv: 'Byakvällar med korv' }, assessments: [{ year: 2023, municipality: 'lapptrask' }] });
      expect(actionById(result.matrix, 'village-evenings-lovisa')).toMatchObject({ municipalities: ['lovisa'], text: { sv: 'Byakvällar' }, assessments: [{ year: 2023, municipality: 'lovisa' }] });
    });

    it('reports a preference for a municipality that carries no version, and a split id already in use', () => {
      const taken = changed.replace('id: council-visits', 'id: village-evenings-lovisa');
      const prefer = mergeMatrices(inputs(), { order: ['lovisa', 'lapptrask'], resolutions: { 'village-evenings': { prefer: 'pernaja' } } });
      expect(show(prefer)).toEqual([
        "lovisa.yaml:16:13 error bad-resolution: the resolution for action 'village-evenings' prefers 'pernaja', but exactly one of its versions must be carried by 'pernaja' (versions: lovisa | lapptrask)",
      ]);
      const split = mergeMatrices([input('lovisa.yaml', lovisa, 'lovisa'), input('lapptrask.yaml', taken, 'lapptrask')], { order: ['lovisa', 'lapptrask'], resolutions: { 'village-evenings': 'split' } });
      expect(show(split)).toEqual([
        "lovisa.yaml:16:17 error split-id-taken: splitting action 'village-evenings' needs the id 'village-evenings-lovisa', which lapptrask.yaml:16 already uses",
      ]);
    });
  });

  it('combines translations one side lacks and ignores whitespace, rather than calling them a conflict', () => {
    const svOnly = lapptrask.replace('text: {sv: "Byakvällar ", fi: Kyläillat}', 'text: {sv: "Byakvällar"}');
    const lovisaSvOnlyComment = lovisa.replace('comment: {sv: Två kvällar, fi: Kaksi iltaa}', 'comment: {sv: Två  kvällar}');
    const again = lovisa.replace('comment: {sv: Två kvällar, fi: Kaksi iltaa}', 'comment: {fi: Kaksi iltaa}');
    const result = mergeMatrices([input('lovisa.yaml', lovisaSvOnlyComment, 'lovisa'), input('again.yaml', again, 'lovisa'), input('lapptrask.yaml', svOnly, 'lapptrask')], { order: ['lovisa'] });
    expect(result.diagnostics).toEqual([]);
    expect(actionById(result.matrix, 'village-evenings')).toMatchObject({
      text: { sv: 'Byakvällar', fi: 'Kyläillat' },
      assessments: [{ municipality: 'lovisa', comment: { sv: 'Två  kvällar', fi: 'Kaksi iltaa' } }, { municipality: 'lapptrask' }],
    });
  });

  it('reports the same municipality and year assessed differently as an error at both', () => {
    const later = lovisa.replace('{year: 2023, status: achieved}', '{year: 2023, status: partly}');
    const result = mergeMatrices([input('lovisa.yaml', lovisa, 'lovisa'), input('lovisa-2.yaml', later, 'lovisa')]);
    expect(show(result)).toEqual([
      "lovisa-2.yaml:15:17 error assessment-conflict: action 'surveys' has a different assessment for 2023 (lovisa) in lovisa.yaml:15; keep one of them",
      "lovisa.yaml:15:17 error assessment-conflict: action 'surveys' has a different assessment for 2023 (lovisa) in lovisa-2.yaml:15; keep one of them",
    ]);
  });

  it('warns about different text under one id and the same text under different ids, keeping the first', () => {
    const renamed = lapptrask
      .replace('title: {sv: Delaktighet, fi: Osallisuus}', 'title: {sv: Delaktighet och inflytande, fi: Osallisuus}')
      .replace('- id: influence', '- id: more-influence');
    const result = mergeMatrices([input('lovisa.yaml', lovisa, 'lovisa'), input('lapptrask.yaml', renamed, 'lapptrask')], { order: ['lovisa', 'lapptrask'] });
    expect(show(result)).toEqual([
      "lapptrask.yaml:5:12 warning different-text: focus area 'involvement' has another title in lovisa.yaml:5; the merge keeps the one in lovisa.yaml:5",
      "lapptrask.yaml:8:15 warning same-text: goal 'more-influence' has the same text as goal 'influence' in lovisa.yaml:8; if they are one and the same, give them one id",
      "lapptrask.yaml:10:13 warning different-place: action 'village-evenings' stands under goal 'more-influence' here and under goal 'influence' in lovisa.yaml:16; the joint matrix puts it under goal 'influence'",
      "lovisa.yaml:5:12 warning different-text: focus area 'involvement' has another title in lapptrask.yaml:5; the merge keeps the one in lovisa.yaml:5",
      "lovisa.yaml:8:15 warning same-text: goal 'influence' has the same text as goal 'more-influence' in lapptrask.yaml:8; if they are one and the same, give them one id",
      "lovisa.yaml:16:13 warning different-place: action 'village-evenings' stands under goal 'influence' here and under goal 'more-influence' in lapptrask.yaml:10; the joint matrix puts it under goal 'influence'",
    ]);
    expect(result.matrix.focusAreas[0]!.title).toEqual({ sv: 'Delaktighet', fi: 'Osallisuus' });
    expect(result.matrix.focusAreas[0]!.goals.map((g) => [g.id, g.actions.map((a) => a.id)])).toEqual([
      ['influence', ['surveys', 'village-evenings']],
      ['more-influence', ['council-visits']],
    ]);
  });

  it('leaves out a goal whose every action stands elsewhere, and says so', () => {
    const moved = lapptrask.replace('- id: influence', '- id: evenings').replace(/          - id: council-visits[\s\S]*$/, '');
    const result = mergeMatrices([input('lovisa.yaml', lovisa, 'lovisa'), input('lapptrask.yaml', moved, 'lapptrask')], { order: ['lovisa', 'lapptrask'] });
    expect(show(result).filter((d) => d.includes('left-out'))).toEqual([
      "lapptrask.yaml:7:9 warning left-out: goal 'evenings' is left out of the joint matrix: all its actions stand elsewhere there",
    ]);
    expect(result.matrix.focusAreas[0]!.goals.map((g) => g.id)).toEqual(['influence']);
  });

  it('spans the plan periods and warns when they differ; joins differing titles and introductions', () => {
    const other = lapptrask.replace('period: {start: 2023, end: 2025}', 'period: {start: 2022, end: 2025}\ntitle: {sv: Lappträsk}\nintroduction: {sv: "Om Lappträsk.\\n"}');
    const first = lovisa.replace('period:', 'title: {sv: Lovisa, fi: Loviisa}\nintroduction: {sv: "Om Lovisa.\\n"}\nperiod:');
    const result = mergeMatrices([input('lapptrask.yaml', other, 'lapptrask'), input('lovisa.yaml', first, 'lovisa')], { order: ['lovisa', 'lapptrask'] });
    expect(show(result)).toEqual([
      'lapptrask.yaml:2:9 warning period-mismatch: the plan period 2022–2025 differs from 2023–2025 in lovisa.yaml:4; the joint matrix spans 2022–2025',
      'lovisa.yaml:4:9 warning period-mismatch: the plan period 2023–2025 differs from 2022–2025 in lapptrask.yaml:2; the joint matrix spans 2022–2025',
    ]);
    expect(result.matrix).toMatchObject({
      title: { sv: 'Lovisa / Lappträsk', fi: 'Loviisa' },
      period: { start: 2022, end: 2025 },
      introduction: { sv: 'Om Lovisa.\n\nOm Lappträsk.' },
    });
  });
});
