import { describe, expect, it } from 'vitest';
import { quotedBody } from '../../../tests/support/quoted-body';
import { checkBriefingContent } from '../document/briefing-content';
import { inputLimits, limitMessages, requestDepth } from './input-limits';
import { describePlainDataProblem, isPlainData } from './plain-data';

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

describe('describePlainDataProblem (the input limits at the IPC boundary)', () => {
  it('refuses a sparse array of length 1e9 at once, naming the limit', () => {
    const sparse: unknown[] = [];
    sparse.length = 1e9;
    const started = performance.now();
    expect(describePlainDataProblem({ items: sparse })).toBe(limitMessages.requestItems);
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('refuses more text than the largest briefing, counted over all strings', () => {
    const half = 'a'.repeat(inputLimits.requestCharacters / 2 + 1);
    expect(describePlainDataProblem({ one: half })).toBeUndefined();
    expect(describePlainDataProblem({ one: half, two: half })).toBe(limitMessages.requestCharacters);
  });

  it('accepts the deepest body the document check accepts, inside a save request', () => {
    const content = quotedBody(inputLimits.nodeDepth);
    expect(checkBriefingContent(content).ok).toBe(true);
    expect(describePlainDataProblem({ id: 'b', revision: 1, metadata: {}, content })).toBeUndefined();
  });

  it('names the depth limit for deeper data', () => {
    let deep: unknown = 'bottom';
    for (let level = 0; level < requestDepth + 1; level += 1) deep = { deeper: deep };
    expect(describePlainDataProblem(deep)).toBe(limitMessages.requestDepth);
  });
});
