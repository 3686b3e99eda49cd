/** The languages Briefdesk checks spelling in and offers first in every language menu. */
export const briefingLanguages = ['en', 'fr', 'es', 'ar', 'uk', 'ru'] as const;

export type BriefingLanguage = (typeof briefingLanguages)[number];

/** A language's own name for itself ("français", "العربية"), for menus; the tag itself when Intl has no name. */
export function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
