import { searchTerm } from './search-term';

/** Spaces and punctuation of any script separate words, as in MiniSearch's default tokenizer. */
const separators = /[\n\r\p{Z}\p{P}]+/u;

/** The search terms of a text, in order, repeats kept: what is indexed and what a query asks for. */
export function searchTokens(text: string): string[] {
  const terms: string[] = [];
  for (const word of text.split(separators)) {
    if (word === '') continue;
    const term = searchTerm(word);
    if (term !== '') terms.push(term);
  }
  return terms;
}
