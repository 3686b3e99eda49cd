import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { type HunspellFactory, loadModule } from 'hunspell-asm';
import type { SpellingDictionary } from '../../common/spelling/find-misspellings';
import { type SpellingLanguage, spellingLanguages } from '../../common/spelling/spelling-languages';

/** Dictionaries kept in the source tree under `resources/dictionaries/<lang>/`, having no npm package (Arabic: Debian's hunspell-ar). */
const vendoredLanguages: ReadonlySet<SpellingLanguage> = new Set(['ar']);

/**
 * Where one language's Hunspell files are: `<resources>/dictionaries/<lang>/` in the installed app (copied
 * there by electron-builder), else in the source tree: the `dictionary-<lang>` package under `node_modules`,
 * or `resources/dictionaries/<lang>/` for a vendored dictionary.
 */
export function dictionaryFolder(
  language: SpellingLanguage,
  place: { resourcesPath: string } | { projectRoot: string },
): string {
  if ('resourcesPath' in place) return path.join(place.resourcesPath, 'dictionaries', language);
  return vendoredLanguages.has(language)
    ? path.join(place.projectRoot, 'resources', 'dictionaries', language)
    : path.join(place.projectRoot, 'node_modules', `dictionary-${language}`);
}

/**
 * The folder that holds `language`'s files, seen from a module in `moduleFolder`: the installed app's
 * resources first, then the source tree (built modules sit two levels below it, sources three).
 */
export function findDictionaryFolder(language: SpellingLanguage, moduleFolder: string): string {
  const candidates = [
    ...(process.resourcesPath ? [dictionaryFolder(language, { resourcesPath: process.resourcesPath })] : []),
    dictionaryFolder(language, { projectRoot: path.resolve(moduleFolder, '..', '..') }),
    dictionaryFolder(language, { projectRoot: path.resolve(moduleFolder, '..', '..', '..') }),
  ];
  return candidates.find((folder) => existsSync(path.join(folder, 'index.aff'))) ?? (candidates[0] as string);
}

let factory: Promise<HunspellFactory> | undefined;

/** Hunspell compiled to WebAssembly (hunspell-asm), loaded once per thread. */
function hunspellFactory(): Promise<HunspellFactory> {
  factory ??= loadModule();
  return factory;
}

/** A personal word list on top of one language's Hunspell dictionary. */
export interface LoadedDictionary extends SpellingDictionary {
  addWord(word: string): void;
  dispose(): void;
}

/** Loads one language's `.aff`/`.dic` pair into Hunspell; the personal words are accepted as spelled right. */
export async function loadHunspellDictionary(
  language: SpellingLanguage,
  folder: string,
  personalWords: readonly string[] = [],
): Promise<LoadedDictionary> {
  if (!spellingLanguages.includes(language)) throw new Error(`Briefdesk has no dictionary for “${language}”.`);
  const [aff, dic, hunspellModule] = await Promise.all([
    readFile(path.join(folder, 'index.aff')),
    readFile(path.join(folder, 'index.dic')),
    hunspellFactory(),
  ]);
  const affPath = hunspellModule.mountBuffer(aff, `${language}.aff`);
  const dicPath = hunspellModule.mountBuffer(dic, `${language}.dic`);
  const hunspell = hunspellModule.create(affPath, dicPath);
  // Hunspell has read both files: the mounted copies would only hold memory.
  hunspellModule.unmount(affPath);
  hunspellModule.unmount(dicPath);
  const personal = new Set(personalWords.map((word) => word.normalize('NFC')));
  return {
    correct: (word) => personal.has(word.normalize('NFC')) || hunspell.spell(word),
    suggest: (word) => hunspell.suggest(word).slice(0, 6),
    addWord: (word) => {
      personal.add(word.normalize('NFC'));
    },
    dispose: () => hunspell.dispose(),
  };
}
