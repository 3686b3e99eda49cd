import { describe, expect, it } from 'vitest';
import { canonicalLanguageTag, languageTagSchema } from './language-tag';
import { directionOfLanguage, readTextDirection } from './text-direction';

describe('language tags', () => {
  it('are stored in their canonical BCP 47 form', () => {
    expect(canonicalLanguageTag('EN-us')).toBe('en-US');
    expect(languageTagSchema.parse('ar')).toBe('ar');
    expect(languageTagSchema.parse('zh-hant-tw')).toBe('zh-Hant-TW');
  });

  it('refuse text that is no language tag', () => {
    for (const text of ['', 'en us', 'french', 'zz', 'fr_FR', 'x', 'fr"><b>', 'a'.repeat(40)]) {
      expect(languageTagSchema.safeParse(text).success, text).toBe(false);
    }
  });
});

describe('the direction of a language', () => {
  it('is right to left for languages written in Arabic or Hebrew script', () => {
    for (const tag of ['ar', 'ar-EG', 'fa', 'ur', 'he', 'ps']) expect(directionOfLanguage(tag), tag).toBe('rtl');
  });

  it('is left to right for the others, and when a script subtag says so', () => {
    for (const tag of ['en', 'fr', 'es', 'uk', 'ru', 'az-Latn', 'sr-Cyrl'])
      expect(directionOfLanguage(tag), tag).toBe('ltr');
  });

  it('reads only ltr, rtl and auto from stored or pasted HTML', () => {
    expect(readTextDirection('RTL')).toBe('rtl');
    expect(readTextDirection('auto')).toBe('auto');
    expect(readTextDirection('up')).toBeNull();
    expect(readTextDirection(3)).toBeNull();
  });
});
