import type { Misspelling } from '../../common/spelling/find-misspellings';

/** One request to the spelling worker: texts in one language, and the user's own words. */
export interface SpellingWorkerRequest {
  id: number;
  language: string;
  texts: string[];
  personalWords: string[];
  /** For a suggestion request: the word to suggest replacements for. */
  suggestFor?: string;
}

export type SpellingWorkerReply =
  | { id: number; ok: true; misspellings: Misspelling[][]; suggestions: string[] }
  | { id: number; ok: false; message: string };
