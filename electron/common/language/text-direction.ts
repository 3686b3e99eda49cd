/** The writing direction of a block or span; `auto` follows its first strong character. */
export const textDirections = ['ltr', 'rtl', 'auto'] as const;

export type TextDirection = (typeof textDirections)[number];

/** Scripts written right to left (ISO 15924), as Intl names them. */
const rightToLeftScripts = new Set([
  'Adlm',
  'Arab',
  'Hebr',
  'Mand',
  'Mend',
  'Nkoo',
  'Rohg',
  'Samr',
  'Syrc',
  'Thaa',
  'Yezi',
]);

/** The direction a language is written in, from its likely script: ar, fa-AF, ur → rtl; uk, sr-Latn → ltr. */
export function directionOfLanguage(tag: string): 'ltr' | 'rtl' {
  try {
    const script = new Intl.Locale(tag).maximize().script;
    return script !== undefined && rightToLeftScripts.has(script) ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}

/** A stored `dir` value, or null for anything else (the block then follows its language or its parent). */
export function readTextDirection(value: unknown): TextDirection | null {
  return typeof value === 'string' && (textDirections as readonly string[]).includes(value.toLowerCase())
    ? (value.toLowerCase() as TextDirection)
    : null;
}
