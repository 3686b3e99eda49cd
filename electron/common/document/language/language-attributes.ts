import { canonicalLanguageTag } from '../../language/language-tag';
import { directionOfLanguage, readTextDirection, type TextDirection } from '../../language/text-direction';

/** `lang` and `dir` as they go into the DOM and the export: `dir` follows the language unless the user chose one. */
export function languageAttributes(attrs: Record<string, unknown>): { lang?: string; dir?: string } {
  const lang = typeof attrs.lang === 'string' ? canonicalLanguageTag(attrs.lang) : undefined;
  const dir = readTextDirection(attrs.dir) ?? (lang ? directionOfLanguage(lang) : undefined);
  return { ...(lang ? { lang } : {}), ...(dir ? { dir } : {}) };
}

type ElementWithAttributes = { getAttribute(name: string): string | null };

/** `dir` as read back from HTML: null where it only repeats what the element's language implies, so export → import is exact. */
export function parseDirectionAttribute(element: ElementWithAttributes): TextDirection | null {
  const dir = readTextDirection(element.getAttribute('dir'));
  const lang = canonicalLanguageTag(element.getAttribute('lang') ?? '');
  return lang !== undefined && dir === directionOfLanguage(lang) ? null : dir;
}

/** The same as ` lang="…" dir="…"` for an opening tag; '' when the node names neither. */
export function languageAttributeText(attrs: Record<string, unknown>): string {
  const { lang, dir } = languageAttributes(attrs);
  // Both values are a canonical tag or one of three words, so nothing needs escaping.
  return `${lang ? ` lang="${lang}"` : ''}${dir ? ` dir="${dir}"` : ''}`;
}
