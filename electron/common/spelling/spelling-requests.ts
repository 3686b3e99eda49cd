import { z } from 'zod';
import { languageTagSchema } from '../language/language-tag';
import type { Misspelling } from './find-misspellings';

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
