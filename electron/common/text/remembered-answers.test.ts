import { describe, expect, it } from 'vitest';
import { canonicalLanguageTag } from '../language/language-tag';
import { rememberingAnswers } from './remembered-answers';

describe('rememberingAnswers', () => {
  it('asks once per text it still remembers, forgetting the oldest beyond its limit, undefined answers too', () => {
    const asked: string[] = [];
    const answer = rememberingAnswers((text) => {
      asked.push(text);
      return text.startsWith('x') ? undefined : text.length;
    }, 2);
    expect([answer('ab'), answer('xy'), answer('ab'), answer('xy')]).toEqual([2, undefined, 2, undefined]);
    expect(asked).toEqual(['ab', 'xy']);
    expect(answer('cde')).toBe(3);
    expect(answer('xy')).toBeUndefined();
    expect(answer('ab')).toBe(2);
    expect(asked).toEqual(['ab', 'xy', 'cde', 'ab']);
  });

  it("keeps each language tag's own answer when asked again", () => {
    for (let round = 0; round < 2; round += 1) {
      expect(['EN-us', 'french', ' uk ', 'pt-br', 'x'.repeat(36)].map(canonicalLanguageTag)).toEqual([
        'en-US',
        undefined,
        'uk',
        'pt-BR',
        undefined,
      ]);
    }
  });
});
