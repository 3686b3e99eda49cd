import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plantedMisspellings } from '../../../tests/fixtures/spelling/planted-misspellings';
import { findMisspellings } from '../../common/spelling/find-misspellings';
import { type SpellingLanguage, spellingLanguages } from '../../common/spelling/spelling-languages';
import { dictionaryFolder, type LoadedDictionary, loadHunspellDictionary } from './hunspell-dictionaries';

const projectRoot = path.resolve(import.meta.dirname, '../../..');
const dictionaries = new Map<SpellingLanguage, LoadedDictionary>();

beforeAll(async () => {
  for (const language of spellingLanguages) {
    dictionaries.set(language, await loadHunspellDictionary(language, dictionaryFolder(language, { projectRoot })));
  }
}, 60_000);

afterAll(() => {
  for (const dictionary of dictionaries.values()) dictionary.dispose();
});

describe.each(spellingLanguages)('spelling in %s', (language) => {
  it('flags the planted misspellings and no correct word beyond the false positives we know of', () => {
    const { text, planted, knownFalsePositives } = plantedMisspellings[language];
    const found = findMisspellings(text, language, dictionaries.get(language) as LoadedDictionary);
    const flagged = found.map((misspelling) => misspelling.word);
    expect(flagged.filter((word) => !knownFalsePositives.includes(word))).toEqual(planted);
    expect([...new Set(flagged.filter((word) => knownFalsePositives.includes(word)))].sort()).toEqual(
      [...knownFalsePositives].sort(),
    );
    for (const { from, to, word } of found) expect(text.slice(from, to)).toBe(word);
  });

  it('suggests the right spelling of a planted word first or among the first', () => {
    const dictionary = dictionaries.get(language) as LoadedDictionary;
    expect(dictionary.suggest(plantedMisspellings[language].planted[0] as string).length).toBeGreaterThan(0);
  });
});

describe('the personal word list', () => {
  it('accepts a word once it is added', () => {
    const english = dictionaries.get('en') as LoadedDictionary;
    expect(english.correct('Briefdesk')).toBe(false);
    english.addWord('Briefdesk');
    expect(findMisspellings('Briefdesk exports briefings.', 'en', english)).toEqual([]);
  });
});
