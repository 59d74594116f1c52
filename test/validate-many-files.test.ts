import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { binPath, tempDir } from './helpers/cli.js';

describe('validate on a folder of many files', () => {
  const dir = tempDir();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('checks 1,500 files with at most 256 files open (ulimit -n): it keeps only a few open at once', () => {
    const folder = join(dir, 'registries');
    mkdirSync(folder);
    for (let i = 0; i < 1500; i++) {
      writeFileSync(join(folder, `actors-${String(i).padStart(4, '0')}.yaml`), `actors:\n  - id: actor-${i}\n    name:\n      sv: Aktör ${i}\n      fi: Toimija ${i}\n`);
    }
    // One of them broken, so the run must also place a message among the many.
    writeFileSync(join(folder, 'actors-0700.yaml'), 'actors:\n  - id: Actor 700\n    name:\n      sv: Aktör\n      fi: Toimija\n');
    const result = spawnSync('bash', ['-c', `ulimit -n 256 && exec "$0" "$1" validate --format json --no-cache registries`, process.execPath, binPath], {
      cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', WELFARE_LANG: 'en' }, timeout: 300_000,
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    const out = JSON.parse(result.stdout);
    expect(out.files).toBe(1500);
    expect(out.diagnostics).toEqual([expect.objectContaining({ file: join('registries', 'actors-0700.yaml'), line: 2, col: 9, rule: 'invalid-id' })]);
  }, 300_000);
});
