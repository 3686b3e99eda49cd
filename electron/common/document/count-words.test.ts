import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charactersOfEveryKind } from '../../../tests/support/characters-of-every-kind';
import { countWords } from './count-words';

/** The definition the count must keep, as it was first written: every match of the word pattern. */
const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.,-]*/gu;
const byPattern = (text: string) => text.match(wordPattern)?.length ?? 0;

/** A body of one paragraph whose text is split into text nodes at `pieces`, as marks split it. */
const paragraphOf = (pieces: string[]) => ({
  type: 'doc',
  content: [
    { type: 'paragraph', content: pieces.filter((piece) => piece !== '').map((text) => ({ type: 'text', text })) },
  ],
});

describe('countWords', () => {
  it.each([
    ['', 0],
    ['Strikes hit the plant.', 4],
    ["The mayor's office said 1,200.5 people left", 7],
    ['-a --b', 2],
    ['a—b c', 3],
    ['e\u0301t\u0301e', 1],
    ['\u0301a', 1],
    ['𝐀𝐁 x', 2],
    ['\ud835 x', 1],
  ])('counts %j as %i words', (text, words) => {
    expect(countWords(paragraphOf([text]))).toBe(words);
  });

  it('counts a word split across text nodes once', () => {
    expect(countWords(paragraphOf(['bo', 'ld', ' and ', '\ud835', '\udc00']))).toBe(3);
  });

  it('counts what the word pattern matches, for any text, however it is split', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...charactersOfEveryKind), { maxLength: 12 }), { maxLength: 6 }),
        (split) => {
          const pieces = split.map((piece) => piece.join(''));
          expect(countWords(paragraphOf(pieces))).toBe(byPattern(`${pieces.join('')} `));
        },
      ),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(countWords(paragraphOf([text]))).toBe(byPattern(`${text} `));
      }),
      { numRuns: 2000 },
    );
  });
});
