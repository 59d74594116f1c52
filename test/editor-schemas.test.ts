import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempDir } from './helpers/cli.js';
import { YamlLanguageServer } from './helpers/yaml-language-server.js';

const base = 'https://cdn.jsdelivr.net/npm/@welfare-fi/welfare/schemas/';

describe('the schemas in an editor', () => {
  it('have absolute $ids under one base, named after the file', () => {
    const files = readdirSync(join(repoRoot, 'schemas')).filter((f) => f.endsWith('.schema.json'));
    expect(files.length).toBe(6);
    for (const file of files) expect(JSON.parse(readFileSync(join(repoRoot, 'schemas', file), 'utf8')).$id).toBe(base + file);
  });

  describe('a project just made by init, before npm install, in the YAML language server', () => {
    let dir: string;
    const server = new YamlLanguageServer();
    beforeAll(async () => {
      dir = tempDir();
      expect(runCli(['init', dir]).code).toBe(0);
      await server.start(dir);
    });
    afterAll(() => server.stop());

    it('loads the schemas its files name: a valid file has no problem, a wrong one shows the schema\'s', async () => {
      const matrix = join(dir, 'matrices', 'lovisa.yaml');
      const text = readFileSync(matrix, 'utf8');
      expect(await server.open(matrix, text)).toEqual([]);

      const wrong = join(dir, 'matrices', 'wrong.yaml');
      const problems = await server.open(wrong, text.replace('municipalities: [lovisa]\n', 'municipalities: lovisa\nbogus: 1\n'));
      expect(problems.map((p) => [p.range.start.line, p.message])).toEqual([
        [3, 'Incorrect type. Expected "array".'],
        [4, 'Property bogus is not allowed.'],
      ]);
      // The type comes from common.schema.json, which matrix.schema.json refers to.
      expect(JSON.stringify(problems)).toContain('MunicipalityRefs');
    });

    it('shows on hover what a field is, in English, Swedish and Finnish', async () => {
      const config = join(dir, 'welfare.config.yaml');
      const text = readFileSync(config, 'utf8');
      await server.open(config, text);
      const line = text.split('\n').findIndex((l) => l.startsWith('bilingual:'));
      const hover = await server.hover(config, line, 2);
      expect(hover).toContain('Also build a bilingual edition, Swedish and Finnish side by side');
      expect(hover).toContain('sv: Bygg också en tvåspråkig utgåva, svenska och finska sida vid sida.');
      expect(hover).toContain('fi: Kokoa myös kaksikielinen versio, ruotsi ja suomi rinnakkain.');
    });
  });
});
