/** What a spelling checker must answer for one language; Hunspell in a worker, or a test's word list. */
export interface SpellingDictionary {
  /** True when `word` is spelled right (or is on the personal word list). */
  correct(word: string): boolean;
  /** Up to a handful of replacements, best first. */
  suggest(word: string): string[];
}

/** One misspelled word in a text: its place (UTF-16 offsets) and the word itself. */
export interface Misspelling {
  from: number;
  to: number;
  word: string;
}

/** Words a spelling dictionary cannot judge: with digits, a single letter, or written in capitals (acronyms, DATELINES). */
function isCheckable(word: string): boolean {
  if (/\d/u.test(word) || [...word].length < 2) return false;
  return word !== word.toLocaleUpperCase() || word === word.toLocaleLowerCase();
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(language: string): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: 'word' });
    segmenters.set(language, segmenter);
  }
  return segmenter;
}

/**
 * The misspelled words of `text` in `language`: words as Intl.Segmenter cuts them for that language,
 * each asked of the dictionary; numbers, single letters and words in capitals (OCHA, UNHCR, KYIV) are
 * left alone.
 */
export function findMisspellings(text: string, language: string, dictionary: SpellingDictionary): Misspelling[] {
  const found: Misspelling[] = [];
  for (const segment of segmenterFor(language).segment(text)) {
    if (!segment.isWordLike || !isCheckable(segment.segment)) continue;
    const word = segment.segment;
    if (dictionary.correct(word)) continue;
    found.push({ from: segment.index, to: segment.index + word.length, word });
  }
  return found;
}
