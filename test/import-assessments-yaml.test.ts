import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { openProject } from '../src/core/model.js';
import type { ActionMatrix } from '../src/generated/types.js';
import { importAssessments } from '../src/import/assessments/index.js';
import { tempDir } from './helpers/cli.js';

const header = 'Id;Kommun;År;Åtgärd;Ansvariga aktörer;Status;Kommentar';

/**
 * The text of Lovisa's matrix after reading a form into it: the project is made of this matrix,
 * and the form of these rows (`id;status;comment[;year]`, 2024 by default, `|` a line break).
 */
async function afterImport(matrix: string, rows: string[]): Promise<string> {
  const dir = tempDir();
  mkdirSync(join(dir, 'matrices'));
  writeFileSync(
    join(dir, 'welfare.config.yaml'),
    'title: { sv: V, fi: H }\nperiod: { start: 2023, end: 2025 }\nlanguages: [sv, fi]\nmunicipalities:\n  - { id: lovisa, code: "434", name: { sv: Lovisa stad, fi: Loviisan kaupunki }, matrix: matrices/lovisa.yaml }\n',
  );
  writeFileSync(join(dir, 'actors.yaml'), 'actors:\n  - { id: group, name: { sv: Gruppen, fi: Ryhmä } }\n');
  writeFileSync(join(dir, 'matrices', 'lovisa.yaml'), matrix);
  const form = rows.map((row) => {
    const [id, status, comment, year = '2024'] = row.split(';');
    return `${id};lovisa;${year};;;${status};"${(comment ?? '').replace(/\|/g, '\n')}"`;
  });
  writeFileSync(join(dir, 'form.csv'), [header, ...form, ''].join('\n'));
  const { project, validation } = await openProject(join(dir, 'welfare.config.yaml'), { lang: 'en', cwd: dir });
  expect(validation.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const result = await importAssessments(project!, { form: 'form.csv', cwd: dir });
  expect(result.answers.errors).toBe(0);
  expect(result.matrices).toHaveLength(1);
  return result.matrices[0]!.text;
}

/** A matrix of one focus area and goal with these actions, in the example's layout. */
const matrixWith = (actions: string) => `# yaml-language-server: $schema=../schemas/matrix.schema.json
municipalities: [lovisa]
focusAreas:
  - id: involvement
    title: { sv: Involvering, fi: Osallistaminen }
    goals:
      - id: influence
        text: { sv: Invånarna påverkar, fi: Asukkaat vaikuttavat }
        actions:
${actions}`;

const action = (id: string, rest = '') => `          - id: ${id}
            text: { sv: Åtgärd ${id}, fi: Toimenpide ${id} }
            indicators: [{ text: { sv: Antalet, fi: Määrä } }]
            actors: [group]
${rest}`;

describe('what import --assessments writes into a matrix', () => {
  it('adds an assessment after the last one, before the comment lines that follow it, and a first one at the end of its action', async () => {
    const before = matrixWith(
      action(
        'surveys',
        `            assessments:
              - year: 2023
                status: ongoing # as of spring
              # 2024 follows when the report is done

          # The next action is new in 2024.
`,
      ) + action('evenings'),
    );
    const after = await afterImport(before, ['surveys;Uppnått;Klart', 'evenings;Pågår;']);
    expect(after).toBe(
      before
        .replace('status: ongoing # as of spring\n', 'status: ongoing # as of spring\n              - year: 2024\n                status: achieved\n                comment:\n                  sv: Klart\n')
        .concat('            assessments:\n              - year: 2024\n                status: ongoing\n'),
    );
  });

  it('puts a new assessment in year order and writes a comment of several lines as a block, keeping a comment after the status', async () => {
    const before = matrixWith(
      action(
        'surveys',
        `            assessments:
              - year: 2024
                status: ongoing # as of spring
                comment:
                  sv: Två enkäter
                  fi: Kaksi kyselyä
`,
      ),
    );
    const after = await afterImport(before, ['surveys;Delvis uppnått;En enkät;2023', 'surveys;Uppnått;Tre enkäter:|one in May']);
    expect(after).toBe(
      before.replace(
        '              - year: 2024\n                status: ongoing # as of spring\n                comment:\n                  sv: Två enkäter\n',
        '              - year: 2023\n                status: partly\n                comment:\n                  sv: En enkät\n' +
          '              - year: 2024\n                status: achieved # as of spring\n                comment:\n                  sv: |-\n                    Tre enkäter:\n                    one in May\n',
      ),
    );
  });

  it('adds to a flow list of assessments beside its items, its brackets as written; a row that changes nothing leaves its assessment alone', async () => {
    const before = matrixWith(
      action('surveys', '            assessments: [{ year: 2023, status: ongoing }]\n') +
        action('evenings', '            assessments:\n              - year: 2024\n                status: ongoing\n                comment: { sv: En kväll }\n'),
    );
    const after = await afterImport(before, ['surveys;Uppnått;', 'evenings;Pågår;En kväll']);
    expect(after).toBe(before.replace('[{ year: 2023, status: ongoing }]', '[{ year: 2023, status: ongoing }, { year: 2024, status: achieved }]'));
  });

  it('changes a comment in a flow comment map, and writes a comment of several lines in a flow item quoted on one line', async () => {
    const before = matrixWith(
      action('surveys', '            assessments:\n              - { year: 2024, status: ongoing, comment: { sv: Två enkäter } }\n') +
        action('evenings', '            assessments:\n              - year: 2024\n                status: ongoing\n                comment: { sv: En kväll } # from the spring report\n                # checked in June\n'),
    );
    const after = await afterImport(before, ['surveys;Pågår;Två enkäter:|en i maj', 'evenings;Pågår;En kväll, i Liljendal']);
    expect(after).toBe(
      before
        .replace('{ year: 2024, status: ongoing, comment: { sv: Två enkäter } }', '{ year: 2024, status: ongoing, comment: { sv: "Två enkäter:\\nen i maj" } }')
        .replace('comment: { sv: En kväll }', 'comment: { sv: "En kväll, i Liljendal" }'),
    );
  });

  it('follows a layout whose lists are flush with their key, and keeps CRLF line ends and a missing last line end', async () => {
    const flush = `municipalities: [lovisa]
focusAreas:
- id: involvement
  title: { sv: Involvering, fi: Osallistaminen }
  goals:
  - id: influence
    text: { sv: Invånarna påverkar, fi: Asukkaat vaikuttavat }
    actions:
    - id: surveys
      text: { sv: Vi frågar, fi: Kysymme }
      indicators: [{ text: { sv: Antalet, fi: Määrä } }]
      actors: [group]
      assessments:
      - year: 2023
        status: ongoing
    - id: evenings
      text: { sv: Vi ordnar kvällar, fi: Järjestämme iltoja }
      indicators: [{ text: { sv: Antalet, fi: Määrä } }]
      actors: [group]`;
    const expected = flush
      .replace('        status: ongoing\n', '        status: ongoing\n      - year: 2024\n        status: achieved\n')
      .concat('\n      assessments:\n      - year: 2024\n        status: dropped\n');
    expect(await afterImport(flush, ['surveys;Uppnått;', 'evenings;stryks;'])).toBe(expected);
    const crlf = await afterImport(flush.replace(/\n/g, '\r\n'), ['surveys;Uppnått;', 'evenings;stryks;']);
    expect(crlf).toBe(expected.replace(/\n/g, '\r\n'));
  });

  it('writes a matrix whose actions are flow maps out whole, with the same data as the splice would give', async () => {
    const before = matrixWith('          - { id: surveys, text: { sv: Vi frågar, fi: Kysymme }, indicators: [{ text: { sv: Antalet, fi: Määrä } }], actors: [group] }\n');
    const after = await afterImport(before, ['surveys;Uppnått;Klart']);
    expect(after.startsWith('# yaml-language-server: $schema=../schemas/matrix.schema.json\n')).toBe(true);
    const action = (parse(after) as ActionMatrix).focusAreas[0]!.goals[0]!.actions[0]!;
    expect(action.assessments).toEqual([{ year: 2024, status: 'achieved', comment: { sv: 'Klart' } }]);
  });
});
