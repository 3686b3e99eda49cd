import { afterAll, describe, expect, it } from 'vitest';
import { plantedMisspellings } from '../../../tests/fixtures/spelling/planted-misspellings';
import { SpellingService } from './spelling-service';

const personal: string[] = [];
const service = new SpellingService(() => personal);
afterAll(() => service.close());

describe('SpellingService', () => {
  it('checks each text in its language in a worker thread, and suggests replacements', async () => {
    const { text, planted } = plantedMisspellings.fr;
    const result = await service.check({ language: 'fr-CA', texts: [text, 'Bonjour.'], suggestFor: 'gouvernment' });
    expect(result.misspellings[0]?.map((found) => found.word)).toEqual(expect.arrayContaining(planted));
    expect(result.misspellings[1]).toEqual([]);
    expect(result.suggestions).toContain('gouvernement');
  }, 60_000);

  it('suggests replacements for one word in its language, and none in a language without a dictionary', async () => {
    expect((await service.suggest({ language: 'ar', word: 'الحكومه' })).suggestions[0]).toBe('الحكومة');
    expect((await service.suggest({ language: 'de', word: 'Regirung' })).suggestions).toEqual([]);
  }, 60_000);

  it('leaves text in a language without a dictionary unchecked, and accepts the personal words', async () => {
    expect((await service.check({ language: 'de', texts: ['Drohnenangriffe in der Nacht'] })).misspellings).toEqual([
      [],
    ]);
    expect((await service.check({ language: 'en', texts: ['Briefdesk'] })).misspellings).toEqual([[expect.anything()]]);
    personal.push('Briefdesk');
    expect((await service.check({ language: 'en', texts: ['Briefdesk'] })).misspellings).toEqual([[]]);
  }, 60_000);
});
