import { describe, expect, it } from 'vitest';
import { scoreText, shingleCounts, suiteF1, wordTokens } from './shingle-f1';

describe('scoreText', () => {
  it('reads word tokens as lower-cased runs of letters and digits', () => {
    expect(wordTokens('Kyiv’s 42 drones — hit, “overnight”.')).toEqual([
      'kyiv',
      's',
      '42',
      'drones',
      'hit',
      'overnight',
    ]);
  });

  it('counts 4-word shingles as a multiset', () => {
    expect([...shingleCounts(wordTokens('a b c d a b c d'))]).toEqual([
      ['a b c d', 2],
      ['b c d a', 1],
      ['c d a b', 1],
      ['d a b c', 1],
    ]);
  });

  it('scores identical text 1 and disjoint text 0', () => {
    expect(scoreText('one two three four five', 'One two three four five.').f1).toBe(1);
    expect(scoreText('one two three four', 'five six seven eight').f1).toBe(0);
    expect(scoreText('', 'five six seven eight').f1).toBe(0);
  });

  it('loses precision for extra text and recall for missing text', () => {
    const expected = 'the strikes hit the power plant overnight';
    const withClutter = scoreText(`${expected} share on facebook subscribe now`, expected);
    expect(withClutter.recall).toBe(1);
    expect(withClutter.precision).toBeCloseTo(4 / 9);
    const half = scoreText('the strikes hit the power', expected);
    expect(half.precision).toBe(1);
    expect(half.recall).toBeCloseTo(2 / 4);
  });

  it('averages precision over the pages with text and recall over the pages that expect text', () => {
    const pages = [
      scoreText('a b c d e', 'a b c d e'),
      scoreText('', 'a b c d e'),
      scoreText('a b c d x y z w', 'a b c d'),
    ];
    const suite = suiteF1(pages);
    expect(suite.precision).toBeCloseTo((1 + 1 / 5) / 2);
    expect(suite.recall).toBeCloseTo((1 + 0 + 1) / 3);
    expect(suite.f1).toBeCloseTo((2 * suite.precision * suite.recall) / (suite.precision + suite.recall));
  });
});
