import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ActionMatrix, ProjectConfig } from '../src/generated/types.js';
import { escapeHtml } from '../src/render/html.js';
import { exampleDir, runCli, tempDir } from './helpers/cli.js';
import { withoutStyles } from './helpers/without-styles.js';

const read = (path: string) => readFileSync(path, 'utf8');
const config = parse(read(join(exampleDir, 'welfare.config.yaml'))) as ProjectConfig;
const matrices = config.municipalities.map((m) => ({ id: m.id, matrix: parse(read(join(exampleDir, m.matrix))) as ActionMatrix }));
const actionsOf = (matrix: ActionMatrix) => matrix.focusAreas.flatMap((fa) => fa.goals.flatMap((g) => g.actions));

/** The bundled example, Lovisa's real matrix and Lappträsk's: what a new user builds first. */
describe('welfare build on the example project', () => {
  let out: string;
  let stderr: string;
  beforeAll(() => {
    const dir = tempDir(exampleDir);
    const run = runCli(['build', '--format', 'html'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    stderr = run.stderr;
    out = join(dir, 'dist');
  });

  it('builds without a warning: every text is in both languages', () => {
    expect(stderr).toBe('');
    expect(readdirSync(out).sort()).toEqual(['index.html', 'joint', 'lapptrask', 'lovisa']);
  });

  it("shows every action of each municipality's matrix in its own documents and the joint ones, in Swedish and in Finnish", () => {
    for (const { id, matrix } of matrices) {
      const actions = actionsOf(matrix);
      expect(actions.length).toBeGreaterThan(0);
      for (const scope of [id, 'joint']) {
        for (const document of ['report', 'overview']) {
          // A soft hyphen is an invisible place where a long word may break in a narrow column.
          const sv = read(join(out, scope, `${document}.sv.html`)).replaceAll('\u00ad', '');
          const fi = read(join(out, scope, `${document}.fi.html`)).replaceAll('\u00ad', '');
          const missing = actions.filter((a) => !sv.includes(escapeHtml(a.text.sv!)) || !fi.includes(escapeHtml(a.text.fi!)));
          expect(missing.map((a) => `${scope}/${document}: ${a.id}`)).toEqual([]);
        }
      }
    }
  });

  it('renders the joint documents and the index as before (snapshots)', async () => {
    for (const file of ['report.sv.html', 'report.fi.html', 'report.sv-fi.html', 'overview.sv.html', 'overview.fi.html', 'overview.sv-fi.html']) {
      await expect(withoutStyles(read(join(out, 'joint', file)))).toMatchFileSnapshot(`__snapshots__/build-example/joint-${file}`);
    }
    await expect(withoutStyles(read(join(out, 'index.html')))).toMatchFileSnapshot('__snapshots__/build-example/index.html');
  });
});
