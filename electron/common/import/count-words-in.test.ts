import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWordsIn } from './count-words-in';

/** The definition the count must keep: words start after a space or the start, past punctuation. */
const wordStart = /(?:^|\s)[^\s\p{L}\p{N}]*[\p{L}\p{N}]/gu;
const byPattern = (text: string) => text.match(wordStart)?.length ?? 0;

/** Characters of every kind the count tells apart, astral letters and lone surrogates among them. */
const pieces = [
  ' ',
  '\t',
  '\n',
  '\u00a0',
  '\u2003',
  '\u3000',
  'a',
  'Z',
  '7',
  'é',
  'ж',
  'ب',
  '中',
  '٣',
  '—',
  '“',
  '.',
  '-',
  '😀',
  '𝐀',
  '\ud800',
  '\udc00',
  '\u0301',
];

describe('countWordsIn', () => {
  it.each([
    ['', 0],
    ['Strikes hit the plant.', 4],
    ['“Quote” — 42 km/h', 3],
    ['a—b c', 2],
    ['  leading and trailing  ', 3],
    ['Київ,\u00a0Одеса', 2],
    ['𝐀𝐁 x', 2],
    ['\ud800 x', 1],
  ])('counts %j as %i words', (text, words) => {
    expect(countWordsIn(text)).toBe(words);
  });

  it('counts what the word pattern matches, for any text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (characters) => {
        const text = characters.join('');
        expect(countWordsIn(text)).toBe(byPattern(text));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(countWordsIn(text)).toBe(byPattern(text));
      }),
      { numRuns: 2000 },
    );
  });
});
