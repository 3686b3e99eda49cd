import { describe, expect, it } from 'vitest';
import { declaredPageLanguage } from './declared-page-language';

describe('the language a page declares', () => {
  it('is <html lang>, else content-language, else og:locale, canonical', () => {
    expect(declaredPageLanguage({ htmlLang: 'FR-fr', contentLanguage: 'de', ogLocale: 'es_ES' })).toBe('fr-FR');
    expect(declaredPageLanguage({ htmlLang: '', contentLanguage: 'uk, en', ogLocale: 'es_ES' })).toBe('uk');
    expect(declaredPageLanguage({ htmlLang: null, ogLocale: 'ar_AR' })).toBe('ar-AR');
  });

  it('passes over a declaration that names no language', () => {
    expect(declaredPageLanguage({ htmlLang: 'french', contentLanguage: 'x', ogLocale: 'ru_RU' })).toBe('ru-RU');
    expect(declaredPageLanguage({ htmlLang: 'zz', contentLanguage: '', ogLocale: undefined })).toBe('');
    expect(declaredPageLanguage({})).toBe('');
  });
});
