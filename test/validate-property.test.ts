import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { validateProject } from '../src/core/validate.js';

const statuses = ['achieved', 'partly', 'ongoing', 'not-started', 'not-achieved', 'dropped'] as const;
const text = fc.record({ sv: fc.string({ minLength: 1, maxLength: 40 }), fi: fc.string({ minLength: 1, maxLength: 40 }) });
const actorIds = ['lovisa-youth-services', 'lovisa-library', 'welfare-county'];

/** A random valid project: ids unique by construction, references to what the registries hold. */
const project = fc
  .array(fc.array(fc.array(fc.record({
    text,
    indicators: fc.array(fc.oneof(fc.record({ text }), fc.constant({ ref: 'survey-count' })), { minLength: 1, maxLength: 3 }),
    actors: fc.subarray(actorIds, { minLength: 1 }),
    years: fc.subarray([2023, 2024, 2025]),
    status: fc.constantFrom(...statuses),
    comment: fc.option(text, { nil: undefined }),
  }), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 })
  .map((areas) => ({
    municipalities: ['lovisa'],
    focusAreas: areas.map((goals, a) => ({
      id: `area-${a}`,
      title: { sv: `Tyngdpunkt ${a}`, fi: `Painopiste ${a}` },
      goals: goals.map((actions, g) => ({
        id: `goal-${a}-${g}`,
        text: { sv: `Mål ${g}`, fi: `Tavoite ${g}` },
        actions: actions.map((x, i) => ({
          id: `action-${a}-${g}-${i}`,
          text: x.text,
          indicators: x.indicators,
          actors: x.actors,
          assessments: x.years.map((year) => ({ year, status: x.status, ...(x.comment ? { comment: x.comment } : {}) })),
        })),
      })),
    })),
  }));

function writeProject(matrixYaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'welfare-prop-'));
  writeFileSync(join(dir, 'welfare.config.yaml'), stringify({
    title: { sv: 'Välfärdsberättelse', fi: 'Hyvinvointikertomus' },
    period: { start: 2023, end: 2025 },
    languages: ['sv', 'fi'],
    municipalities: [{ id: 'lovisa', code: '434', name: { sv: 'Lovisa stad', fi: 'Loviisan kaupunki' }, matrix: 'matrix.yaml' }],
  }));
  writeFileSync(join(dir, 'actors.yaml'), stringify({ actors: actorIds.map((id) => ({ id, name: { sv: id, fi: id } })) }));
  writeFileSync(join(dir, 'indicators.yaml'), stringify({ indicators: [{ id: 'survey-count', name: { sv: 'Enkäter', fi: 'Kyselyt' }, source: { own: { sv: 'Egen', fi: 'Oma' } } }] }));
  writeFileSync(join(dir, 'matrix.yaml'), matrixYaml);
  return dir;
}

describe('validate, on random projects', () => {
  it('accepts every valid project', async () => {
    await fc.assert(
      fc.asyncProperty(project, async (matrix) => {
        const dir = writeProject(stringify(matrix));
        const { diagnostics } = await validateProject(join(dir, 'welfare.config.yaml'), { lang: 'en' });
        expect(diagnostics).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('answers any mutation of a valid file with positioned diagnostics, never an exception', async () => {
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant('delete-line' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom('\t', ':', '- ', '&a ', '*a', '{', ']', '"', "'", '\u0000', '\ufeff', '---\n', '? ', '!!binary ', '%YAML 1.1\n', 'id: x\n') }),
      fc.record({ kind: fc.constant('replace-value' as const), at: fc.nat(), text: fc.constantFrom('null', '[]', '{}', '12', 'true', '"x"', '~', '2099', 'Ü') }),
    );
    await fc.assert(
      fc.asyncProperty(project, fc.array(mutation, { minLength: 1, maxLength: 3 }), async (matrix, mutations) => {
        let yaml = stringify(matrix);
        for (const m of mutations) {
          const lines = yaml.split('\n');
          const i = m.at % lines.length;
          if (m.kind === 'delete-line') lines.splice(i, 1);
          else if (m.kind === 'duplicate-line') lines.splice(i, 0, lines[i]!);
          else if (m.kind === 'insert') { const line = lines[i]!; const c = m.at % (line.length + 1); lines[i] = line.slice(0, c) + m.text + line.slice(c); }
          else lines[i] = lines[i]!.replace(/:\s.*$/, `: ${m.text}`);
          yaml = lines.join('\n');
        }
        const dir = writeProject(yaml);
        const { diagnostics } = await validateProject(join(dir, 'welfare.config.yaml'), { lang: 'sv' });
        const lineCount = yaml.split('\n').length;
        for (const d of diagnostics) {
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.line).toBeLessThanOrEqual(Math.max(lineCount, 1));
          expect(d.col).toBeGreaterThanOrEqual(1);
          expect(d.message.length).toBeGreaterThan(0);
          expect(d.message).not.toMatch(/undefined|\[object Object\]|NaN/);
        }
      }),
      { numRuns: 150 },
    );
  });
});
