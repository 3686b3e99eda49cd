import { searchTerm } from './search-term';

function escapeForPattern(term: string): string {
  return term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The indexed terms a search matched, prepared once per search: a prefix can match hundreds
 * of terms, and every row of the page is highlighted and up to a dozen files scanned with them.
 */
export class MatchedTerms {
  /** The terms as a word is compared with them: reduced as the index reduces words. */
  readonly wanted: ReadonlySet<string>;
  /** Any of the terms as a whole word (plural "s" allowed), for `matchAll`. */
  readonly asWords: RegExp | undefined;

  constructor(terms: readonly string[]) {
    this.wanted = new Set(terms.map(searchTerm));
    this.asWords =
      terms.length === 0
        ? undefined
        : new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map(escapeForPattern).join('|')})s?(?![\\p{L}\\p{N}])`, 'giu');
  }

  get empty(): boolean {
    return this.asWords === undefined;
  }
}
