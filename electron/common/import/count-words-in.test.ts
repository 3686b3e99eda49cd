import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charactersOfEveryKind } from '../../../tests/support/characters-of-every-kind';
import { countWordsIn } from './count-words-in';

/** The definition the count must keep: words start after a space or the start, past punctuation. */
const wordStart = /(?:^|\s)[^\s\p{L}\p{N}]*[\p{L}\p{N}]/gu;
const byPattern = (text: string) => text.match(wordStart)?.length ?? 0;

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
      fc.property(fc.array(fc.constantFrom(...charactersOfEveryKind), { maxLength: 40 }), (characters) => {
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
