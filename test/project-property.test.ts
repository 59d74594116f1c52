// Properties of whole projects of two municipalities, through validate, merge and render at once
// (buildProject, HTML): random valid projects build, every text shown escaped; random mutations
// of any of their files end in positioned diagnostics or a WelfareError, never a crash.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { WelfareError } from '../src/core/errors.js';
import { buildProject } from '../src/render/build.js';
import { escapeHtml } from '../src/render/html.js';

const statuses = ['achieved', 'partly', 'ongoing', 'not-started', 'not-achieved', 'dropped'] as const;
const municipalities = ['lovisa', 'lapptrask'] as const;

// Words and what a hostile or careless text holds: markup, entities, template code, quotes.
const piece = fc.constantFrom('Vi', 'ökar', 'Lisäämme', 'å', 'Š', ' ', '<', '>', '&', '&amp;', '"', "'", '{{', '}}', '{{title}}', '</td>', '<script>', '</script>', 'javascript:', '\\', '😀', '\u00a0');
const phrase = fc.string({ unit: piece, minLength: 1, maxLength: 8 }).filter((s) => s.trim() !== '');
const text = fc.record({ sv: phrase, fi: phrase });
const markdownPiece = fc.constantFrom('Text ', 'å', '**fet**', '\n\n', '# ', '- ', '`kod`', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '[länk](javascript:alert(1))', '![bild](https://example.com/x.png)', '<iframe src="file:///etc/passwd">', '{{title}}', '&', '<b onmouseover=x>');
const markdown = fc.string({ unit: markdownPiece, minLength: 1, maxLength: 10 }).filter((s) => s.trim() !== '');

const action = fc.record({
  text,
  indicators: fc.array(fc.oneof(fc.record({ text }), fc.constant({ ref: 'survey-count' })), { minLength: 1, maxLength: 2 }),
  years: fc.subarray([2023, 2024, 2025]),
  status: fc.constantFrom(...statuses),
  comment: fc.option(text, { nil: undefined }),
});
const matrixShape = fc.array(fc.array(fc.array(action, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 2 });

/** A random valid project: ids unique by construction (each municipality its own), every reference known. */
const project = fc.record({ lovisa: matrixShape, lapptrask: matrixShape, summary: fc.record({ sv: markdown, fi: markdown }), title: text });

type Generated = typeof project extends fc.Arbitrary<infer T> ? T : never;

function matrixOf(municipality: string, areas: Generated['lovisa']) {
  return {
    municipalities: [municipality],
    focusAreas: areas.map((goals, a) => ({
      id: `${municipality}-area-${a}`,
      title: { sv: `Tyngdpunkt ${a}`, fi: `Painopiste ${a}` },
      goals: goals.map((actions, g) => ({
        id: `${municipality}-goal-${a}-${g}`,
        text: { sv: `Mål ${g}`, fi: `Tavoite ${g}` },
        actions: actions.map((x, i) => ({
          id: `${municipality}-action-${a}-${g}-${i}`,
          text: x.text,
          indicators: x.indicators,
          actors: [`${municipality}-office`],
          assessments: x.years.map((year) => ({ year, status: x.status, ...(x.comment ? { comment: x.comment } : {}) })),
        })),
      })),
    })),
  };
}

/** The files of a project, by path. */
function filesOf(p: Generated): Record<string, string> {
  return {
    'welfare.config.yaml': stringify({
      title: p.title,
      date: '2025-05-15',
      period: { start: 2023, end: 2025 },
      languages: ['sv', 'fi'],
      bilingual: true,
      municipalities: [
        { id: 'lovisa', code: '434', name: { sv: 'Lovisa stad', fi: 'Loviisan kaupunki' }, matrix: 'matrices/lovisa.yaml' },
        { id: 'lapptrask', code: '407', name: { sv: 'Lappträsk kommun', fi: 'Lapinjärven kunta' }, matrix: 'matrices/lapptrask.yaml' },
      ],
    }),
    'actors.yaml': stringify({ actors: municipalities.map((m) => ({ id: `${m}-office`, name: { sv: `Kansliet ${m}`, fi: `Kanslia ${m}` }, municipalities: [m] })) }),
    'indicators.yaml': stringify({ indicators: [{ id: 'survey-count', name: { sv: 'Enkäter', fi: 'Kyselyt' }, source: { own: { sv: 'Egen räkning', fi: 'Oma laskenta' } }, values: { lovisa: { '2023': 2, '2024': 3 } } }] }),
    'content.yaml': stringify({ sections: [{ id: 'summary', body: p.summary }] }),
    'matrices/lovisa.yaml': stringify(matrixOf('lovisa', p.lovisa)),
    'matrices/lapptrask.yaml': stringify(matrixOf('lapptrask', p.lapptrask)),
  };
}

const root = mkdtempSync(join(tmpdir(), 'welfare-project-prop-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let runs = 0;

function write(files: Record<string, string>): string {
  const dir = join(root, String(runs++));
  mkdirSync(join(dir, 'matrices'), { recursive: true });
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
  return dir;
}

const build = (dir: string) => buildProject(join(dir, 'welfare.config.yaml'), { lang: 'en', formats: ['html'], cwd: dir });
const hostileMarkup = [/<script/i, /<iframe/i, /<img/i, /<[a-z][^>]*\son[a-z]+\s*=/i, /href="(javascript|data|file):/i];

describe('whole projects, at random', () => {
  it('a valid project validates, merges and renders, every text escaped and no markup of the data live', async () => {
    await fc.assert(
      fc.asyncProperty(project, async (p) => {
        const dir = write(filesOf(p));
        const result = await build(dir);
        expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        // Three scopes (two municipalities, joint) × three editions × the report, and the annual
        // overview when any action has been assessed.
        const assessed = municipalities.some((m) => p[m].flat(2).some((a) => a.years.length > 0));
        expect(result.documents).toHaveLength(assessed ? 18 : 9);
        // The matrix offers line breaks in long words as soft hyphens, which a reader never sees.
        const html = (path: string) => readFileSync(join(dir, 'dist', path), 'utf8').replaceAll('\u00ad', '');
        for (const lang of ['sv', 'fi'] as const) {
          const joint = html(`joint/report.${lang}.html`);
          for (const m of municipalities) {
            for (const goals of p[m]) for (const actions of goals) for (const a of actions) expect(joint).toContain(escapeHtml(a.text[lang]));
          }
          for (const path of [`joint/report.${lang}.html`, `lapptrask/report.sv-fi.html`, 'index.html', ...(assessed ? [`lovisa/overview.${lang}.html`, 'joint/overview.sv-fi.html'] : [])]) {
            for (const pattern of hostileMarkup) expect(html(path)).not.toMatch(pattern);
          }
        }
      }),
      { numRuns: 50 },
    );
  }, 180_000);

  it('a mutation of any file of a valid project ends in positioned diagnostics or a WelfareError, never a crash', async () => {
    const mutation = fc.record({
      file: fc.constantFrom('welfare.config.yaml', 'actors.yaml', 'indicators.yaml', 'content.yaml', 'matrices/lovisa.yaml', 'matrices/lapptrask.yaml'),
      edits: fc.array(
        fc.oneof(
          fc.record({ kind: fc.constant('delete-line' as const), at: fc.nat() }),
          fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
          fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom('\t', ':', '- ', '&a ', '*a', '{', ']', '"', '\u0000', '\ufeff', '---\n', '!include ', '<<: ', '../', '{{', 'lovisa-action-0-0-0') }),
          fc.record({ kind: fc.constant('replace-value' as const), at: fc.nat(), text: fc.constantFrom('null', '[]', '{}', '12', 'true', '~', '2099', '../../etc/passwd', '/dev/zero', 'lovisa', 'lapptrask-office', '"<script>"', 'dist') }),
        ),
        { minLength: 1, maxLength: 3 },
      ),
    });
    await fc.assert(
      fc.asyncProperty(project, mutation, async (p, { file, edits }) => {
        const files = filesOf(p);
        let yaml = files[file]!;
        for (const m of edits) {
          const lines = yaml.split('\n');
          const i = m.at % lines.length;
          if (m.kind === 'delete-line') lines.splice(i, 1);
          else if (m.kind === 'duplicate-line') lines.splice(i, 0, lines[i]!);
          else if (m.kind === 'insert') {
            const line = lines[i]!;
            const c = m.at % (line.length + 1);
            lines[i] = line.slice(0, c) + m.text + line.slice(c);
          } else lines[i] = lines[i]!.replace(/:\s.*$/, `: ${m.text}`);
          yaml = lines.join('\n');
        }
        const dir = write({ ...files, [file]: yaml });
        const result = await build(dir).catch((error: unknown) => {
          // A user's mistake may stop the build with its message; anything else is a bug.
          if (error instanceof WelfareError) return undefined;
          throw error;
        });
        for (const d of result?.diagnostics ?? []) {
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.col).toBeGreaterThanOrEqual(1);
          expect(d.message).not.toMatch(/undefined|\[object Object\]|NaN/);
        }
      }),
      { numRuns: 200 },
    );
  }, 180_000);
});
