import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateProject } from '../src/core/validate.js';
import { formatJson } from '../src/diagnostics/json.js';
import { summarize } from '../src/diagnostics/summary.js';
import { exampleDir, runCli, tempDir } from './helpers/cli.js';

const files = ['welfare.config.yaml', 'matrices/lovisa.yaml', 'matrices/lapptrask.yaml', 'actors.yaml', 'indicators.yaml', 'content.yaml'];

/** `welfare validate --format json` of a project, read the fast way or (WELFARE_PARSER=eemeli) by eemeli/yaml only. */
async function jsonOf(dir: string, parser: 'fast' | 'eemeli'): Promise<string> {
  const before = process.env.WELFARE_PARSER;
  if (parser === 'eemeli') process.env.WELFARE_PARSER = 'eemeli';
  else delete process.env.WELFARE_PARSER;
  try {
    const result = await validateProject(join(dir, 'welfare.config.yaml'), { lang: 'en', cwd: dir });
    const shown = new Set(result.files.map((f) => f.file.path).concat(result.diagnostics.map((d) => d.file)));
    return formatJson(result.diagnostics, summarize(result.diagnostics, shown.size, 'en'));
  } catch (e) {
    // A config that names a folder as a matrix, say: an I/O error, the same either way.
    return `error: ${(e as Error).message}`;
  } finally {
    if (before === undefined) delete process.env.WELFARE_PARSER;
    else process.env.WELFARE_PARSER = before;
  }
}

let seed = 7;
const random = (n: number) => ((seed = (seed * 1103515245 + 12345) >>> 0) % n);
const pick = <T>(xs: readonly T[]) => xs[random(xs.length)]!;

/** Replacements for a value after `key: `, each a form the two readers place differently if any does. */
const values = ['', ' ', '"quoted"', "'single'", '42', '-7', '2.5', '1e3', '0x1f', 'null', '~', 'true', 'False', '[a, b]', '[]', '{}', '{sv: x}', '|\n{indent}  block\n', '>-\n{indent}  folded\n', '"multi\n{indent}  line"', 'Ab Cd', 'ongoing', '2023', '# only a comment', '"2023"'];

/** One change to one line of a YAML text: what a planner's slip or an editor's mangling might make. */
function mutateLine(text: string): string {
  const lines = text.split('\n');
  const at = random(lines.length);
  const line = lines[at]!;
  const indent = /^ */.exec(line)![0];
  switch (random(7)) {
    case 0:
      lines.splice(at, 1);
      break;
    case 1: {
      const m = /^(\s*(?:- )?[^:#]+:)( .*)?$/.exec(line);
      if (m) lines[at] = `${m[1]} ${pick(values).replaceAll('{indent}', indent)}`.replace(/ $/, '');
      break;
    }
    case 2:
      lines[at] = line.replace(/([A-Za-z]+):/, (_, k: string) => `${k}${pick(['x', 's', ''])}${pick(['', 'Extra'])}:`);
      break;
    case 3:
      lines.splice(at, 0, `${indent}${pick(['extra: 1', 'id: duplicate', 'status: done', '- stray', 'year: 1999', 'sv: only'])}`);
      break;
    case 4:
      lines[at] = line.replace(/^(\s*)- /, '$1-\n$1  ');
      break;
    case 5:
      if (at + 1 < lines.length) [lines[at], lines[at + 1]] = [lines[at + 1]!, line];
      break;
    default:
      lines[at] = line.replace(/: (\S.*)$/, (_, v: string) => `: ${pick(['"', "'"])}${v.replaceAll('"', '').replaceAll("'", '')}${pick(['"', "'"])}`);
  }
  return lines.join('\n');
}

describe('validate reads a project alike on the fast path and on eemeli/yaml alone', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('gives byte-identical --format json on mutated copies of the example', async () => {
    const base = mkdtempSync(join(tmpdir(), 'welfare-fast-'));
    dirs.push(base);
    cpSync(exampleDir, base, { recursive: true, filter: (p) => !/[\\/]dist$/.test(p) });
    const originals = Object.fromEntries(files.map((f) => [f, readFileSync(join(base, f), 'utf8')]));
    let withMessages = 0;
    for (let round = 0; round < 80; round++) {
      const file = pick(files);
      let text = originals[file]!;
      for (let k = 0; k <= random(3); k++) text = mutateLine(text);
      writeFileSync(join(base, file), text);
      const fast = await jsonOf(base, 'fast');
      const eemeli = await jsonOf(base, 'eemeli');
      expect(fast, `round ${round}, ${file}:\n${text}`).toBe(eemeli);
      if (!fast.startsWith('error:') && JSON.parse(fast).diagnostics.length > 0) withMessages++;
      writeFileSync(join(base, file), originals[file]!);
    }
    // Most rounds must have something to place, or the positions were not put to the test.
    expect(withMessages).toBeGreaterThan(40);
  }, 300_000);

  it('the binary prints the same json both ways, line and column included', () => {
    const dir = tempDir(exampleDir);
    dirs.push(dir);
    const matrix = join(dir, 'matrices', 'lovisa.yaml');
    writeFileSync(matrix, readFileSync(matrix, 'utf8').replace('status: ongoing', 'status: "finished"').replace(/(\n\s+)text:\n/, '$1text:\n$1  en: stray\n'));
    const fast = runCli(['validate', '--format', 'json'], { cwd: dir });
    const eemeli = runCli(['validate', '--format', 'json'], { cwd: dir, env: { WELFARE_PARSER: 'eemeli' } });
    expect(fast.code).toBe(1);
    expect(fast.stdout).toBe(eemeli.stdout);
    expect(fast.stdout).toContain('"rule": "unknown-status"');
  });
});
