import { z } from 'zod';

/** The most words the personal word list keeps; a desk's place names and jargon fit many times over. */
export const personalWordLimit = 20_000;

/** One word as a user adds it to the dictionary: no spaces or control characters, at most 100 characters. */
export const personalWordSchema = z
  .string()
  .min(1, 'Choose a word to add to the dictionary.')
  .max(100, 'A word added to the dictionary can be at most 100 characters long.')
  .regex(/^[^\s\p{Cc}]+$/u, 'Only a single word, without spaces, can be added to the dictionary.')
  .transform((word) => word.normalize('NFC'));

/** `personal-words.json` in the data folder: the words the user added to the dictionary, for every language. */
export const personalWordsFileSchema = z.strictObject({
  version: z.literal(1),
  words: z.array(personalWordSchema).max(personalWordLimit),
});

export type PersonalWordsFile = z.infer<typeof personalWordsFileSchema>;
