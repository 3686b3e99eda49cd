import { z } from 'zod';
import { rememberingAnswers } from '../text/remembered-answers';

/**
 * The canonical form of a BCP 47 tag ("EN-us" → "en-US"), or undefined for text that is no language tag. Remembered
 * per text: every save checks every block's language again.
 */
export function canonicalLanguageTag(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > 35) return undefined;
  return canonicalOfTrimmed(trimmed);
}

const canonicalOfTrimmed = rememberingAnswers((trimmed): string | undefined => {
  try {
    const tag = Intl.getCanonicalLocales(trimmed)[0];
    // Well-formed is not enough ("french" is): the language itself must be one the runtime knows by name.
    return tag !== undefined && knownLanguageNames.of(new Intl.Locale(tag).language) !== undefined ? tag : undefined;
  } catch {
    return undefined;
  }
});

const knownLanguageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** A BCP 47 language tag such as fr, ar or pt-BR, stored in its canonical form. */
export const languageTagSchema = z
  .string()
  .max(35, 'A language code is at most 35 characters, such as fr or pt-BR.')
  .refine(
    (text) => canonicalLanguageTag(text) !== undefined,
    'The language must be a language code such as en, fr, es, ar, uk or ru.',
  )
  .overwrite((text) => canonicalLanguageTag(text) ?? text);
