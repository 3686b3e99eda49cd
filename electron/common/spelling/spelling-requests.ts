import { z } from 'zod';
import { languageTagSchema } from '../language/language-tag';
import type { Misspelling } from './find-misspellings';
import { personalWordSchema } from './personal-words';

/** `spelling.check`: the text of some blocks in one language; optionally, replacements for one word. */
export const spellingCheckRequestSchema = z.strictObject({
  language: languageTagSchema,
  texts: z.array(z.string().max(20_000)).max(500, 'Check at most 500 blocks at a time.'),
  suggestFor: z.string().max(100).optional(),
});

export type SpellingCheckRequest = z.infer<typeof spellingCheckRequestSchema>;

export interface SpellingCheckResult {
  /** For each text, its misspelled words. */
  misspellings: Misspelling[][];
  /** Replacements for `suggestFor`, best first; empty without it. */
  suggestions: string[];
}

/** `spelling.suggest`: replacements for one word, from the dictionary of its language. */
export const spellingSuggestRequestSchema = z.strictObject({
  language: languageTagSchema,
  word: z.string().min(1).max(100, 'Suggestions are offered for words of at most 100 characters.'),
});

export type SpellingSuggestRequest = z.infer<typeof spellingSuggestRequestSchema>;

/** `spelling.addWord`: a word the user adds to the personal word list (every language). */
export const spellingAddWordRequestSchema = z.strictObject({ word: personalWordSchema });

export type SpellingAddWordRequest = z.infer<typeof spellingAddWordRequestSchema>;
