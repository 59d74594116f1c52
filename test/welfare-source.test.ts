import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { welfareDependency } from '../src/init/welfare-source.js';
import { tempDir } from './helpers/cli.js';

/** A folder with welfare installed in node_modules, as npm records it in the hidden lock file. */
function installed(entry: Record<string, unknown>): { folder: string; welfare: string } {
  const folder = tempDir();
  const welfare = join(folder, 'node_modules', '@welfare-fi', 'welfare');
  mkdirSync(welfare, { recursive: true });
  writeFileSync(join(folder, 'node_modules', '.package-lock.json'), JSON.stringify({ lockfileVersion: 3, packages: { 'node_modules/@welfare-fi/welfare': entry } }));
  return { folder, welfare };
}

describe("the dependency on welfare that init writes", () => {
  it('is the version range when welfare came from a registry', () => {
    const { folder, welfare } = installed({ version: '0.3.1', resolved: 'https://registry.npmjs.org/@welfare-fi/welfare/-/welfare-0.3.1.tgz' });
    expect(welfareDependency(welfare, '0.3.1', join(folder, 'report'))).toBe('^0.3.1');
  });

  it('is the tarball it was installed from, relative to the project', () => {
    const { folder, welfare } = installed({ version: '0.1.0', resolved: 'file:../downloads/welfare-fi-welfare-0.1.0.tgz' });
    expect(welfareDependency(welfare, '0.1.0', join(folder, 'report'))).toBe('file:../../downloads/welfare-fi-welfare-0.1.0.tgz');
  });

  it('is the git URL and commit it was installed from', () => {
    const { folder, welfare } = installed({ version: '0.1.0', resolved: 'git+ssh://git@example.org/kommun/welfare.git#0123456789abcdef0123456789abcdef01234567' });
    expect(welfareDependency(welfare, '0.1.0', join(folder, 'report'))).toBe('git+ssh://git@example.org/kommun/welfare.git#0123456789abcdef0123456789abcdef01234567');
  });

  it('is the folder a linked welfare leads to', () => {
    const { folder, welfare } = installed({ resolved: '../src/welfare', link: true });
    expect(welfareDependency(welfare, '0.1.0', join(folder, 'report'))).toBe('file:../../src/welfare');
  });

  it('is the checkout it runs from, when it is not installed in a node_modules folder', () => {
    const parent = tempDir();
    expect(welfareDependency(join(parent, 'welfare'), '0.1.0', join(parent, 'report'))).toBe('file:../welfare');
  });
});
