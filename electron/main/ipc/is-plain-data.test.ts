import { describe, expect, it } from 'vitest';
import { isPlainData } from './is-plain-data';

describe('isPlainData', () => {
  it('accepts JSON-shaped values', () => {
    for (const value of [
      null,
      true,
      0,
      -1.5,
      '',
      'text',
      [],
      [1, ['a']],
      {},
      { a: { b: [null] } },
      Object.create(null),
    ]) {
      expect(isPlainData(value)).toBe(true);
    }
  });

  it('refuses what structured clone carries but JSON does not', () => {
    class Custom {}
    for (const value of [
      new Date(),
      new Map(),
      new Set(),
      new Uint8Array(2),
      /x/,
      new Error('x'),
      new Custom(),
      Number.NaN,
      Number.POSITIVE_INFINITY,
      1n,
      () => 1,
      { nested: new Date() },
      [new Map()],
    ]) {
      expect(isPlainData(value)).toBe(false);
    }
  });

  it('refuses absurdly deep nesting instead of overflowing the stack', () => {
    let deep: unknown = 'bottom';
    for (let level = 0; level < 10_000; level += 1) deep = [deep];
    expect(isPlainData(deep)).toBe(false);
  });
});
