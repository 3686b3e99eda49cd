import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { AppNotice } from '../../common/app-info';
import {
  type PersonalWordsFile,
  personalWordLimit,
  personalWordsFileSchema,
} from '../../common/spelling/personal-words';
import { UserFacingError } from '../../common/user-facing-error';
import { CorruptFileError } from '../storage/corrupt-file-error';
import { quarantineWithNotice } from '../storage/quarantine-file';
import { toStorageError } from '../storage/storage-error';
import { StoredJsonFile } from '../storage/stored-json-file';

export const personalWordsFileName = 'personal-words.json';

/**
 * The words the user added to the dictionary ("add to dictionary"), kept in `personal-words.json` in the
 * data folder for every language, read through `readStoredJson` and written durably.
 */
export class PersonalWordList {
  readonly #file: StoredJsonFile<PersonalWordsFile>;
  readonly #dataDir: string;
  #words: string[];

  private constructor(file: StoredJsonFile<PersonalWordsFile>, dataDir: string, words: string[]) {
    this.#file = file;
    this.#dataDir = dataDir;
    this.#words = words;
  }

  /** Reads the list; a damaged or planted file is set aside with a notice, and the list starts empty. */
  static async open(dataDir: string, notices: AppNotice[]): Promise<PersonalWordList> {
    await mkdir(dataDir, { recursive: true });
    const file = new StoredJsonFile(path.join(dataDir, personalWordsFileName), {
      what: 'your personal dictionary',
      schema: personalWordsFileSchema,
      maxBytes: 4 * 1024 * 1024,
    });
    let words: string[] = [];
    try {
      words = (await file.read())?.words ?? [];
    } catch (error) {
      if (!(error instanceof CorruptFileError)) throw error;
      await quarantineWithNotice(
        dataDir,
        file.filePath,
        notices,
        (movedTo) =>
          `Your personal dictionary was damaged, so Briefdesk set it aside (${movedTo}) and started with an empty one; words you add from now on are kept.`,
      );
    }
    return new PersonalWordList(file, dataDir, [...new Set(words)]);
  }

  words(): readonly string[] {
    return this.#words;
  }

  /** Adds a word (already checked by `personalWordSchema`) and saves the list durably; on failure nothing changes. */
  async add(word: string): Promise<{ word: string }> {
    if (this.#words.includes(word)) return { word };
    if (this.#words.length >= personalWordLimit) {
      throw new UserFacingError(
        'invalid-argument',
        `Your personal dictionary already holds ${personalWordLimit} words, the most it can keep.`,
      );
    }
    const words = [...this.#words, word];
    try {
      await this.#file.write({ version: 1, words });
    } catch (error) {
      throw toStorageError(error, 'your personal dictionary', this.#dataDir);
    }
    this.#words = words;
    return { word };
  }
}
