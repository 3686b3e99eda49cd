import { z } from 'zod';
import { containsControlCharacters } from './control-characters';

/** A trimmed one-line text field of at most `maximum` characters; `label` starts the error sentences. */
export function shortTextSchema(label: string, maximum: number) {
  return z
    .string({ error: `${label} must be text.` })
    .trim()
    .max(maximum, `${label} can be at most ${maximum} characters.`)
    .refine((value) => !containsControlCharacters(value), `${label} cannot contain control characters.`);
}
