import type { MatchedTerms } from './matched-terms';

const textKey = '"text":"';

/**
 * The first `"text"` value of a stored briefing's JSON that contains one of
 * `terms` as a word (plural "s" allowed), found by scanning the raw file
 * instead of parsing it: a search snippet needs one paragraph, not the document.
 */
export function findTextValue(json: string, terms: MatchedTerms): string | undefined {
  if (!terms.asWords) return undefined;
  for (const found of json.matchAll(terms.asWords)) {
    const index = found.index ?? 0;
    const start = json.lastIndexOf(textKey, index);
    if (start < 0) continue;
    const valueStart = start + textKey.length;
    let end = valueStart;
    while (end < json.length && json[end] !== '"') end += json[end] === '\\' ? 2 : 1;
    if (index >= end) continue;
    try {
      return JSON.parse(json.slice(valueStart - 1, end + 1)) as string;
    } catch {
      return undefined;
    }
  }
  return undefined;
}
