import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaRef } from '../src/core/schema-ref.js';
import { parseSource } from '../src/core/source.js';
import { repoRoot, tempDir } from './helpers/cli.js';

describe('the schema line of a written file', () => {
  it("keeps where its inputs' line points, seen from the new file", async () => {
    const dir = tempDir();
    const input = { ...parseSource(new TextEncoder().encode('# yaml-language-server: $schema=../schemas/matrix.schema.json\na: 1\n'), 'm.yaml'), absolutePath: join(dir, 'matrices', 'a.yaml') };
    expect(await schemaRef(join(dir, 'out', 'deep', 'joint.yaml'), 'matrix', [input])).toBe('../../schemas/matrix.schema.json');
  });

  it('names the nearest schemas folder above the file, relative to it', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'schemas'));
    cpSync(join(repoRoot, 'schemas', 'matrix.schema.json'), join(dir, 'schemas', 'matrix.schema.json'));
    expect(await schemaRef(join(dir, 'project', 'matrices', 'lovisa.yaml'), 'matrix')).toBe('../../schemas/matrix.schema.json');
  });

  it('points into node_modules/@welfare-fi/welfare in a project that depends on welfare', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ devDependencies: { '@welfare-fi/welfare': '^0.1.0' } }));
    expect(await schemaRef(join(dir, 'matrices', 'lovisa.yaml'), 'matrix')).toBe('../node_modules/@welfare-fi/welfare/schemas/matrix.schema.json');
  });

  it("else names the running welfare's own schema by absolute path", async () => {
    expect(await schemaRef(join(tempDir(), 'lovisa.yaml'), 'actors')).toBe(join(repoRoot, 'schemas', 'actors.schema.json'));
  });
});
