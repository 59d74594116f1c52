import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { afterAll, describe, expect, it } from 'vitest';
import { exampleDir, runCli, tempDir } from './helpers/cli.js';

/** The entries of a parse cache folder, by path. */
function entries(cacheDir: string): string[] {
  return readdirSync(cacheDir, { recursive: true, encoding: 'utf8' }).map((p) => join(cacheDir, p)).filter((p) => statSync(p).isFile());
}

describe('the parse cache', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const fresh = () => {
    const project = tempDir(exampleDir);
    const cache = tempDir();
    dirs.push(project, cache);
    return { project, env: { WELFARE_CACHE_DIR: cache }, cache };
  };
  const clean = '"files": 6,\n  "errors": 0,\n  "warnings": 0';

  it('keeps one entry per clean file, and a second run reads the same verdict from it', () => {
    const { project, env, cache } = fresh();
    const first = runCli(['validate', '--format', 'json'], { cwd: project, env });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(clean);
    expect(entries(cache)).toHaveLength(6);
    const second = runCli(['validate', '--format', 'json'], { cwd: project, env });
    expect(second.stdout).toBe(first.stdout);
  });

  it('is trusted only for the very bytes it was made from: an edited file is read anew, with its message placed', () => {
    const { project, env } = fresh();
    runCli(['validate'], { cwd: project, env });
    const matrix = join(project, 'matrices', 'lovisa.yaml');
    writeFileSync(matrix, readFileSync(matrix, 'utf8').replace('- id: targeted-resident-surveys', '- id: Targeted Surveys'));
    const result = runCli(['validate', '--format', 'json'], { cwd: project, env });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('"file": "matrices/lovisa.yaml",\n      "line": 36,\n      "col": 17,');
    // The same error again, now from the cache: the message still has its line and column.
    expect(runCli(['validate', '--format', 'json'], { cwd: project, env }).stdout).toBe(result.stdout);
  });

  it('uses a well-formed entry for its key, ignores corrupt and foreign ones, and --no-cache ignores them all', () => {
    const { project, env, cache } = fresh();
    runCli(['validate'], { cwd: project, env });
    const byTopKey = (key: string) => entries(cache).find((p) => key in (deserialize(readFileSync(p)) as { data: object }).data)!;
    const [actors, config, matrixEntry] = [byTopKey('actors'), byTopKey('languages'), byTopKey('focusAreas')];
    expect(new Set([actors, config, matrixEntry]).size).toBe(3);
    // Well-formed and for its own key: trusted, which shows that the cache is read at all.
    const key = actors.split('/').pop()!;
    writeFileSync(actors, serialize({ magic: 'welfare-parse-cache', key, fast: true, data: { actors: [] }, schema: {} }));
    const trusted = runCli(['validate', '--format', 'json'], { cwd: project, env });
    expect(trusted.code).toBe(1);
    expect(trusted.stdout).toContain('"rule": "unknown-actor"');
    expect(runCli(['validate', '--format', 'json', '--no-cache'], { cwd: project, env }).stdout).toContain(clean);
    // Another key's entry, another program's bytes, a cut file: none of them is believed.
    writeFileSync(actors, serialize({ magic: 'welfare-parse-cache', key: 'f'.repeat(64), fast: true, data: { actors: [] }, schema: {} }));
    writeFileSync(config, serialize({ magic: 'something-else', data: {} }));
    writeFileSync(matrixEntry, readFileSync(matrixEntry).subarray(0, 200));
    const ignored = runCli(['validate', '--format', 'json'], { cwd: project, env });
    expect(ignored.code).toBe(0);
    expect(ignored.stdout).toContain(clean);
  });
});
