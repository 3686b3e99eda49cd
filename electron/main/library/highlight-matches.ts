import type { HighlightedText } from '../../common/library/library-types';
import type { MatchedTerms } from './matched-terms';
import { searchTerm } from './search-term';

const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu;

/** Splits `text` into runs, marking every word that is one of `terms` (compared case-insensitively). */
export function highlightMatches(text: string, terms: MatchedTerms): HighlightedText[] {
  const { wanted } = terms;
  const runs: HighlightedText[] = [];
  let position = 0;
  const push = (run: string, match: boolean) => {
    if (run === '') return;
    const last = runs.at(-1);
    if (last && last.match === match && !match) last.text += run;
    else runs.push({ text: run, match });
  };
  for (const found of text.matchAll(wordPattern)) {
    const word = found[0];
    const index = found.index ?? 0;
    const match = wanted.has(searchTerm(word)) || wanted.has(searchTerm(word.replace(/['’-].*$/, '')));
    push(text.slice(position, index), false);
    push(word, match);
    position = index + word.length;
  }
  push(text.slice(position), false);
  return runs;
}

/** About `width` characters of `text` around the first matching word, highlighted; empty when nothing matches. */
export function snippetAround(text: string, terms: MatchedTerms, width = 180): HighlightedText[] {
  const { wanted } = terms;
  let first: number | undefined;
  for (const found of text.matchAll(wordPattern)) {
    if (wanted.has(searchTerm(found[0]))) {
      first = found.index;
      break;
    }
  }
  if (first === undefined) return [];
  let start = Math.max(0, first - Math.floor(width / 3));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < first ? space + 1 : start;
  }
  let end = Math.min(text.length, start + width);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > first ? space : end;
  }
  const excerpt = text.slice(start, end).replace(/\s+/g, ' ');
  const runs = highlightMatches(excerpt, terms);
  if (start > 0) runs.unshift({ text: '…', match: false });
  if (end < text.length) runs.push({ text: '…', match: false });
  return runs;
}
