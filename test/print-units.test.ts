import { describe, expect, it } from 'vitest';
import { cssString } from '../src/print/page-style.js';
import { mapConcurrent } from '../src/print/pool.js';

describe('cssString', () => {
  it('keeps letters and escapes what could end the string, the rule or the style element', () => {
    expect(cssString('Välfärdsöversikt · Lovisa stad')).toBe('"Välfärdsöversikt · Lovisa stad"');
    expect(cssString('a "quoted" \\ back')).toBe('"a \\22 quoted\\22  \\5c  back"');
    expect(cssString('two\nlines </style><script>')).toBe('"two\\a lines \\3c /style\\3e \\3c script\\3e "');
  });
});

describe('mapConcurrent', () => {
  it('runs at most `limit` at once and keeps the order of the items', async () => {
    let running = 0;
    let most = 0;
    const results = await mapConcurrent([30, 10, 20, 5, 15], 2, async (ms) => {
      most = Math.max(most, ++running);
      await new Promise((done) => setTimeout(done, ms));
      running--;
      return ms * 2;
    });
    expect(results).toEqual([60, 20, 40, 10, 30]);
    expect(most).toBe(2);
  });

  it('starts nothing after a failure, lets the running ones finish, then throws the first error', async () => {
    const started: number[] = [];
    const finished: number[] = [];
    const run = mapConcurrent([1, 2, 3, 4], 2, async (n) => {
      started.push(n);
      await new Promise((done) => setTimeout(done, n === 1 ? 5 : 20));
      if (n === 1) throw new Error('first');
      finished.push(n);
      return n;
    });
    await expect(run).rejects.toThrow('first');
    expect(started).toEqual([1, 2]);
    expect(finished).toEqual([2]);
  });
});
