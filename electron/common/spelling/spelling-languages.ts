/** The languages Briefdesk ships a Hunspell dictionary for (docs/languages.md names each dictionary). */
export const spellingLanguages = ['en', 'fr', 'es', 'ar', 'uk', 'ru'] as const;

export type SpellingLanguage = (typeof spellingLanguages)[number];

/** The dictionary for a BCP 47 tag: its language subtag ("fr-CA" → fr), or undefined when none ships. */
export function spellingLanguageOf(tag: string): SpellingLanguage | undefined {
  const language = tag.split('-')[0]?.toLowerCase();
  return (spellingLanguages as readonly string[]).includes(language ?? '') ? (language as SpellingLanguage) : undefined;
}
