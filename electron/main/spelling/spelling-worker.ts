import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parentPort } from 'node:worker_threads';
import { findMisspellings } from '../../common/spelling/find-misspellings';
import { type SpellingLanguage, spellingLanguageOf } from '../../common/spelling/spelling-languages';
import { findDictionaryFolder, type LoadedDictionary, loadHunspellDictionary } from './hunspell-dictionaries';
import type { SpellingWorkerReply, SpellingWorkerRequest } from './spelling-messages';

const here = path.dirname(fileURLToPath(import.meta.url));

const folderFor = (language: SpellingLanguage) => findDictionaryFolder(language, here);

const loaded = new Map<SpellingLanguage, Promise<LoadedDictionary>>();

async function dictionaryFor(language: SpellingLanguage, personalWords: readonly string[]): Promise<LoadedDictionary> {
  let dictionary = loaded.get(language);
  if (!dictionary) {
    dictionary = loadHunspellDictionary(language, folderFor(language));
    loaded.set(language, dictionary);
  }
  const ready = await dictionary;
  for (const word of personalWords) ready.addWord(word);
  return ready;
}

parentPort?.on('message', async (request: SpellingWorkerRequest) => {
  let reply: SpellingWorkerReply;
  try {
    const language = spellingLanguageOf(request.language);
    if (!language) {
      reply = { id: request.id, ok: true, misspellings: request.texts.map(() => []), suggestions: [] };
    } else {
      const dictionary = await dictionaryFor(language, request.personalWords);
      reply = {
        id: request.id,
        ok: true,
        misspellings: request.texts.map((text) => findMisspellings(text, request.language, dictionary)),
        suggestions: request.suggestFor ? dictionary.suggest(request.suggestFor) : [],
      };
    }
  } catch (error) {
    reply = { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
