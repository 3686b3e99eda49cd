import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreAtPlace } from './score-at-place';

describe('scoreAtPlace', () => {
  it('is the score a descending sort puts at that place, ties and repeats included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 5 }), fc.double({ min: 0, max: 100, noNaN: true })), {
          minLength: 1,
          maxLength: 300,
        }),
        fc.nat(),
        (scores, seed) => {
          const place = 1 + (seed % scores.length);
          const sorted = [...scores].sort((a, b) => b - a);
          expect(scoreAtPlace(scores, place)).toBe(sorted[place - 1]);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('leaves the scores it is given as they were', () => {
    const scores = [3, 1, 2];
    expect(scoreAtPlace(scores, 1)).toBe(3);
    expect(scores).toEqual([3, 1, 2]);
  });
});
