import { canonicalLanguageTag } from '../../language/language-tag';
import { readTextDirection } from '../../language/text-direction';

/** Stored `lang`/`dir` are a canonical tag and one of three directions; a block may leave either unset (null). */
export function isStoredLanguage(attrs: Record<string, unknown>, langMayBeUnset: boolean): boolean {
  const { lang, dir } = attrs;
  const langOk = (langMayBeUnset && lang === null) || (typeof lang === 'string' && canonicalLanguageTag(lang) === lang);
  return langOk && (dir === null || readTextDirection(dir) === dir);
}
