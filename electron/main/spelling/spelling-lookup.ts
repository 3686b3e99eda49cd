import type { JSONContent } from '@tiptap/core';
import type { SpellingLookup } from '../../common/check/spelling-findings';
import { findMisspellings } from '../../common/spelling/find-misspellings';
import { type SpellingLanguage, spellingLanguageOf } from '../../common/spelling/spelling-languages';
import { type LoadedDictionary, loadHunspellDictionary } from './hunspell-dictionaries';

export { findDictionaryFolder } from './hunspell-dictionaries';

/** Every language a body names (`lang` on blocks and spans) besides the briefing's own. */
export function languagesIn(content: JSONContent, briefingLanguage: string): Set<string> {
  const languages = new Set([briefingLanguage]);
  const visit = (node: JSONContent) => {
    if (typeof node.attrs?.lang === 'string') languages.add(node.attrs.lang);
    for (const mark of node.marks ?? []) if (typeof mark.attrs?.lang === 'string') languages.add(mark.attrs.lang);
    for (const child of node.content ?? []) visit(child);
  };
  visit(content);
  return languages;
}

/**
 * A synchronous spelling lookup for the pre-export check, with the dictionaries of `languages` loaded in
 * this thread beforehand (the CLI's; the app checks in its worker). Text in a language without a
 * dictionary has no findings.
 */
export async function loadSpellingLookup(
  languages: Iterable<string>,
  folderOf: (language: SpellingLanguage) => string,
): Promise<{ lookup: SpellingLookup; dispose: () => void }> {
  const dictionaries = new Map<SpellingLanguage, LoadedDictionary>();
  for (const tag of languages) {
    const language = spellingLanguageOf(tag);
    if (language && !dictionaries.has(language)) {
      dictionaries.set(language, await loadHunspellDictionary(language, folderOf(language)));
    }
  }
  return {
    lookup: (text, tag) => {
      const language = spellingLanguageOf(tag);
      const dictionary = language ? dictionaries.get(language) : undefined;
      return dictionary ? findMisspellings(text, tag, dictionary) : [];
    },
    dispose: () => {
      for (const dictionary of dictionaries.values()) dictionary.dispose();
    },
  };
}
