import { canonicalLanguageTag } from './language-tag';

/** How numbers are written in exports of Arabic briefings: 0–9 unless the user chooses ٠–٩ in Settings. */
export const exportDigitChoices = ['western', 'arabic-indic'] as const;

export type ExportDigits = (typeof exportDigitChoices)[number];

/** The locale an export writes dates and numbers in: the briefing's language, with the digits the user chose. */
export interface ExportLocale {
  /** A tag Intl formats with; plain `en` becomes `en-GB` ("1 December 2026"), the house style. */
  locale: string;
  numberingSystem: 'latn' | 'arab';
}

/**
 * The export locale of a briefing written in `language`: Arabic-Indic digits only for Arabic and only when
 * the user chose them, Western digits everywhere else (Intl would pick ٠–٩ by itself for ar-EG or ar-SA).
 */
export function exportLocaleOf(language: string, digits: ExportDigits): ExportLocale {
  const tag = canonicalLanguageTag(language) ?? 'en';
  let base = 'en';
  try {
    base = new Intl.Locale(tag).language;
  } catch {
    // A tag canonicalLanguageTag accepted always parses; 'en' stays the fallback.
  }
  const supported = Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0;
  const locale = !supported || tag === 'en' ? 'en-GB' : tag;
  return { locale, numberingSystem: base === 'ar' && digits === 'arabic-indic' ? 'arab' : 'latn' };
}
