import { canonicalLanguageTag } from './language-tag';

/** What a web page may say about its language, as found in its markup. */
export interface PageLanguageDeclarations {
  /** `<html lang>`. */
  htmlLang?: string | null | undefined;
  /** `<meta http-equiv="content-language" content>`: one tag or a list ("fr, en"). */
  contentLanguage?: string | null | undefined;
  /** `<meta property="og:locale" content>`: Open Graph writes a locale with an underscore ("fr_FR"). */
  ogLocale?: string | null | undefined;
}

/**
 * The language a page declares, canonical: `<html lang>` first (the author's own markup), then the
 * content-language header copied into a meta tag, then Open Graph's locale; '' when none names a language.
 */
export function declaredPageLanguage({ htmlLang, contentLanguage, ogLocale }: PageLanguageDeclarations): string {
  const candidates = [htmlLang, contentLanguage?.split(',')[0], ogLocale?.replace(/_/g, '-')];
  for (const candidate of candidates) {
    const tag = canonicalLanguageTag(candidate ?? '');
    if (tag) return tag;
  }
  return '';
}
