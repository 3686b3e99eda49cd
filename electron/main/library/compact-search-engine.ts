import { boundedEditDistance } from './bounded-edit-distance';
import { searchTokens } from './search-tokens';

/** The fields searched, in their stored order, and how much a match in each counts. */
export const searchFields = ['title', 'datelinePlace', 'desk', 'tags', 'authors', 'body'] as const;
const fieldBoosts = [4, 2, 1.5, 2, 1.5, 1];
const fieldCount = searchFields.length;

export type SearchDocument = { id: string } & Record<(typeof searchFields)[number], string>;

/** The documents holding every word of a query (in no particular order), and the indexed terms the query matched. */
export interface EngineHits {
  ids: string[];
  scores: number[];
  terms: string[];
}

/**
 * The engine's whole state in flat arrays: what is persisted, and what crosses to and from
 * the worker. A compact state (`compactState`) has no removed documents and numbers its
 * terms in sorted order; the state main hands over for writing may have both.
 */
export interface SearchEngineState {
  /** By document number; '' for a removed document. */
  ids: string[];
  /** Every term, sorted. */
  terms: string[];
  /** The term number of each sorted term. */
  termNumbers: Uint32Array;
  /** `ids.length × fields` token counts. */
  fieldLengths: Uint32Array;
  /** Triples: term number × fields + field, offset into `postings`, length. */
  lists: Uint32Array;
  /** Each posting: document number << 8 | occurrences (at most 255). */
  postings: Uint32Array;
}

// BM25+ as MiniSearch scores it, with its weights for prefix and fuzzy matches.
const bm25 = { k: 1.2, b: 0.7, d: 0.5 };
const prefixWeight = 0.375;
const fuzzyWeight = 0.45;
const countBits = 8;
const maxCount = 255;
const maxDocumentNumber = 2 ** 24 - 1;
const maxQueryTerms = 32;

/** Postings added since the state was loaded. */
interface AddedPostings {
  data: Uint32Array;
  length: number;
}

/** Thrown by `fromState` when the arrays do not fit together. */
export class SearchStateError extends Error {}

/** Where `term` is in the sorted `terms`, or where it would go. */
function sortedPosition(terms: readonly string[], term: string): number {
  let low = 0;
  let high = terms.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((terms[middle] as string) < term) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * A full-text index kept in typed arrays: posting lists per term and field, a loaded
 * state kept as one array and postings appended since kept beside it; a removed document's
 * postings are skipped until the next compaction, so an update costs the size of that
 * document, never of the library. Scores and matching (AND of all words; prefix on the
 * last word; one typo forgiven in longer earlier words) follow the MiniSearch options the
 * library used before.
 */
export class CompactSearchEngine {
  #ids: string[] = [];
  #numbers: Map<string, number> | undefined = new Map();
  #fieldLengths = new Uint32Array(64 * fieldCount);
  readonly #fieldLengthTotals = new Float64Array(fieldCount);
  #liveCount = 0;
  #terms: string[] = [];
  #termNumbers: number[] = [];
  #termCount = 0;
  #loaded: Uint32Array = new Uint32Array(0);
  #loadedOffsets = new Uint32Array(0);
  #loadedLengths = new Uint32Array(0);
  #loadedLists: Uint32Array = new Uint32Array(0);
  readonly #added = new Map<number, AddedPostings>();

  get size(): number {
    return this.#liveCount;
  }

  has(id: string): boolean {
    return this.#documentNumbers().has(id);
  }

  /** Indexes a document, replacing the one with the same id. */
  add(document: SearchDocument): void {
    this.remove(document.id);
    if (this.#ids.length > maxDocumentNumber) this.#restore(this.compactState(), true);
    const number = this.#ids.length;
    this.#ids.push(document.id);
    this.#documentNumbers().set(document.id, number);
    if (this.#fieldLengths.length < (number + 1) * fieldCount) {
      const grown = new Uint32Array(this.#fieldLengths.length * 2);
      grown.set(this.#fieldLengths);
      this.#fieldLengths = grown;
    }
    for (let field = 0; field < fieldCount; field += 1) {
      const tokens = searchTokens(document[searchFields[field] as (typeof searchFields)[number]]);
      this.#fieldLengths[number * fieldCount + field] = tokens.length;
      this.#fieldLengthTotals[field] = (this.#fieldLengthTotals[field] as number) + tokens.length;
      const counts = new Map<string, number>();
      for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
      for (const [term, count] of counts) this.#append(this.#termNumber(term) * fieldCount + field, number, count);
    }
    this.#liveCount += 1;
  }

  remove(id: string): void {
    const numbers = this.#documentNumbers();
    const number = numbers.get(id);
    if (number === undefined) return;
    numbers.delete(id);
    this.#ids[number] = '';
    for (let field = 0; field < fieldCount; field += 1) {
      const length = this.#fieldLengths[number * fieldCount + field] as number;
      this.#fieldLengthTotals[field] = (this.#fieldLengthTotals[field] as number) - length;
    }
    this.#liveCount -= 1;
  }

  /** Documents holding every word of `query`, with their scores, unsorted: callers often need only the best few. */
  search(query: string): EngineHits {
    const queryTerms = searchTokens(query).slice(0, maxQueryTerms);
    if (queryTerms.length === 0 || this.#liveCount === 0) return { ids: [], scores: [], terms: [] };
    const documentCount = this.#ids.length;
    const scores = new Float64Array(documentCount);
    // How many query words each document has matched so far: only those that matched all earlier ones go on.
    const matched = new Uint8Array(documentCount);
    const matchedTerms = new Set<string>();
    for (const [position, term] of queryTerms.entries()) {
      for (const [variant, termNumber, weight] of this.#variants(term, position === queryTerms.length - 1)) {
        if (this.#score(termNumber, weight, position, scores, matched)) matchedTerms.add(variant);
      }
    }
    const hits: EngineHits = { ids: [], scores: [], terms: [...matchedTerms] };
    for (let number = 0; number < documentCount; number += 1) {
      if (matched[number] !== queryTerms.length) continue;
      hits.ids.push(this.#ids[number] as string);
      hits.scores.push(scores[number] as number);
    }
    return hits;
  }

  /**
   * The state as it is, removed documents included: cheap to take on main (the loaded
   * postings copied whole, those added since appended, so a term's list may come in two
   * parts); the worker compacts it.
   */
  state(): SearchEngineState {
    let addedTotal = 0;
    for (const added of this.#added.values()) addedTotal += added.length;
    const postings = new Uint32Array(this.#loaded.length + addedTotal);
    postings.set(this.#loaded);
    const lists = new Uint32Array(this.#loadedLists.length + this.#added.size * 3);
    lists.set(this.#loadedLists);
    let offset = this.#loaded.length;
    let at = this.#loadedLists.length;
    for (const [key, added] of this.#added) {
      postings.set(added.data.subarray(0, added.length), offset);
      lists[at++] = key;
      lists[at++] = offset;
      lists[at++] = added.length;
      offset += added.length;
    }
    return {
      ids: [...this.#ids],
      terms: [...this.#terms],
      termNumbers: Uint32Array.from(this.#termNumbers),
      fieldLengths: this.#fieldLengths.slice(0, this.#ids.length * fieldCount),
      lists,
      postings,
    };
  }

  /** The live documents renumbered densely and terms numbered in sorted order. */
  compactState(): SearchEngineState {
    const renumbered = new Int32Array(this.#ids.length).fill(-1);
    const ids: string[] = [];
    for (const [number, id] of this.#ids.entries()) {
      if (id === '') continue;
      renumbered[number] = ids.length;
      ids.push(id);
    }
    const fieldLengths = new Uint32Array(ids.length * fieldCount);
    for (const [number, next] of renumbered.entries()) {
      if (next < 0) continue;
      fieldLengths.set(this.#fieldLengths.subarray(number * fieldCount, (number + 1) * fieldCount), next * fieldCount);
    }
    let total = this.#loaded.length;
    for (const added of this.#added.values()) total += added.length;
    const postings = new Uint32Array(total);
    const triples: number[] = [];
    let offset = 0;
    for (const [position, termNumber] of this.#termNumbers.entries()) {
      for (let field = 0; field < fieldCount; field += 1) {
        const start = offset;
        this.#eachPosting(termNumber * fieldCount + field, (packed) => {
          const number = renumbered[packed >>> countBits] as number;
          if (number >= 0) postings[offset++] = ((number << countBits) | (packed & maxCount)) >>> 0;
        });
        if (offset > start) triples.push(position * fieldCount + field, start, offset - start);
      }
    }
    return {
      ids,
      terms: [...this.#terms],
      termNumbers: Uint32Array.from(this.#termNumbers.keys()),
      fieldLengths,
      lists: Uint32Array.from(triples),
      postings: postings.slice(0, offset),
    };
  }

  /**
   * An engine holding `state`, which it takes over (not copied). Unless `checked` (the worker
   * already checked it, or main took it), every array is checked to fit, each list in one
   * part: a `SearchStateError` says what does not.
   */
  static fromState(state: SearchEngineState, { checked = false }: { checked?: boolean } = {}): CompactSearchEngine {
    const engine = new CompactSearchEngine();
    engine.#restore(state, checked);
    return engine;
  }

  #restore(state: SearchEngineState, checked: boolean): void {
    const { ids, terms, termNumbers, fieldLengths, lists, postings } = state;
    if (!checked) checkState(state);
    this.#ids = ids;
    this.#numbers = undefined;
    this.#fieldLengths = new Uint32Array(Math.max(64, ids.length * 2) * fieldCount);
    this.#fieldLengths.set(fieldLengths);
    this.#fieldLengthTotals.fill(0);
    this.#liveCount = 0;
    for (const [number, id] of ids.entries()) {
      if (id === '') continue;
      this.#liveCount += 1;
      for (let field = 0; field < fieldCount; field += 1) {
        this.#fieldLengthTotals[field] =
          (this.#fieldLengthTotals[field] as number) + (fieldLengths[number * fieldCount + field] as number);
      }
    }
    this.#terms = terms;
    this.#termNumbers = Array.from(termNumbers);
    this.#termCount = terms.length;
    this.#loaded = postings;
    this.#loadedOffsets = new Uint32Array(terms.length * fieldCount);
    this.#loadedLengths = new Uint32Array(terms.length * fieldCount);
    this.#loadedLists = lists;
    this.#added.clear();
    for (let index = 0; index < lists.length; index += 3) {
      const key = lists[index] as number;
      const offset = lists[index + 1] as number;
      const length = lists[index + 2] as number;
      if (this.#loadedLengths[key] === 0) {
        this.#loadedOffsets[key] = offset;
        this.#loadedLengths[key] = length;
        continue;
      }
      // A second part of a list, from a state taken on main: it joins the postings added since.
      for (let at = offset; at < offset + length; at += 1) {
        const packed = postings[at] as number;
        this.#append(key, packed >>> countBits, packed & maxCount);
      }
    }
  }

  #documentNumbers(): Map<string, number> {
    if (!this.#numbers) {
      this.#numbers = new Map();
      for (const [number, id] of this.#ids.entries()) if (id !== '') this.#numbers.set(id, number);
    }
    return this.#numbers;
  }

  /** The indexed terms a query word stands for, with their numbers and weights: itself, longer words it starts, near misses. */
  #variants(term: string, last: boolean): [string, number, number][] {
    const variants: [string, number, number][] = [];
    const position = sortedPosition(this.#terms, term);
    if (this.#terms[position] === term) variants.push([term, this.#termNumbers[position] as number, 1]);
    if (last && term.length >= 3) {
      for (let index = position; index < this.#terms.length; index += 1) {
        const candidate = this.#terms[index] as string;
        if (!candidate.startsWith(term)) break;
        const distance = candidate.length - term.length;
        if (distance === 0) continue;
        const weight = (prefixWeight * candidate.length) / (candidate.length + 0.3 * distance);
        variants.push([candidate, this.#termNumbers[index] as number, weight]);
      }
    }
    if (!last && term.length >= 7) {
      const limit = Math.min(6, Math.round(term.length * 0.15));
      for (const [index, candidate] of this.#terms.entries()) {
        if (candidate === term || Math.abs(candidate.length - term.length) > limit) continue;
        const distance = boundedEditDistance(term, candidate, limit);
        if (distance > limit) continue;
        const weight = (fuzzyWeight * candidate.length) / (candidate.length + distance);
        variants.push([candidate, this.#termNumbers[index] as number, weight]);
      }
    }
    return variants;
  }

  /** Adds one indexed term's BM25+ scores to the documents still in the running; true when any matched. */
  #score(termNumber: number, weight: number, position: number, scores: Float64Array, matched: Uint8Array): boolean {
    let any = false;
    for (let field = 0; field < fieldCount; field += 1) {
      const key = termNumber * fieldCount + field;
      const listLength =
        (key < this.#loadedLengths.length ? (this.#loadedLengths[key] as number) : 0) +
        (this.#added.get(key)?.length ?? 0);
      if (listLength === 0) continue;
      const documentsWithTerm = Math.min(listLength, this.#liveCount);
      const inverse = Math.log(1 + (this.#liveCount - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5));
      const boost = (fieldBoosts[field] as number) * weight * inverse;
      const average = Math.max(1, (this.#fieldLengthTotals[field] as number) / this.#liveCount);
      const ids = this.#ids;
      const fieldLengths = this.#fieldLengths;
      this.#eachPosting(key, (packed) => {
        const number = packed >>> countBits;
        const state = matched[number] as number;
        if ((state !== position && state !== position + 1) || ids[number] === '') return;
        const count = packed & maxCount;
        const length = fieldLengths[number * fieldCount + field] as number;
        const saturation = (count * (bm25.k + 1)) / (count + bm25.k * (1 - bm25.b + (bm25.b * length) / average));
        scores[number] = (scores[number] as number) + boost * (bm25.d + saturation);
        matched[number] = position + 1;
        any = true;
      });
    }
    return any;
  }

  #eachPosting(key: number, visit: (packed: number) => void): void {
    if (key < this.#loadedLengths.length) {
      const start = this.#loadedOffsets[key] as number;
      const end = start + (this.#loadedLengths[key] as number);
      for (let index = start; index < end; index += 1) visit(this.#loaded[index] as number);
    }
    const added = this.#added.get(key);
    if (added) for (let index = 0; index < added.length; index += 1) visit(added.data[index] as number);
  }

  #termNumber(term: string): number {
    const position = sortedPosition(this.#terms, term);
    if (this.#terms[position] === term) return this.#termNumbers[position] as number;
    const termNumber = this.#termCount;
    this.#termCount += 1;
    this.#terms.splice(position, 0, term);
    this.#termNumbers.splice(position, 0, termNumber);
    return termNumber;
  }

  #append(key: number, number: number, count: number): void {
    let added = this.#added.get(key);
    if (!added) {
      added = { data: new Uint32Array(4), length: 0 };
      this.#added.set(key, added);
    }
    if (added.length === added.data.length) {
      const grown = new Uint32Array(added.length * 2);
      grown.set(added.data);
      added.data = grown;
    }
    added.data[added.length] = ((number << countBits) | Math.min(count, maxCount)) >>> 0;
    added.length += 1;
  }
}

/** Throws `SearchStateError` unless the arrays of `state` fit together. */
function checkState({ ids, terms, termNumbers, fieldLengths, lists, postings }: SearchEngineState): void {
  const refuse = (reason: string): never => {
    throw new SearchStateError(`The search index does not fit together: ${reason}.`);
  };
  if (fieldLengths.length !== ids.length * fieldCount) refuse('field lengths');
  if (termNumbers.length !== terms.length) refuse('term numbers');
  const seenTerms = new Uint8Array(terms.length);
  for (const [index, termNumber] of termNumbers.entries()) {
    if (termNumber >= terms.length || seenTerms[termNumber]) refuse('term numbers');
    seenTerms[termNumber] = 1;
    if (index > 0 && !((terms[index - 1] as string) < (terms[index] as string))) refuse('terms out of order');
  }
  const seenIds = new Set<string>();
  for (const id of ids) {
    if (id !== '' && seenIds.has(id)) refuse('document ids');
    seenIds.add(id);
  }
  if (lists.length % 3 !== 0) refuse('posting lists');
  const seenKeys = new Uint8Array(terms.length * fieldCount);
  for (let index = 0; index < lists.length; index += 3) {
    const key = lists[index] as number;
    const offset = lists[index + 1] as number;
    const length = lists[index + 2] as number;
    if (key >= seenKeys.length || seenKeys[key] || length === 0 || offset + length > postings.length) {
      refuse('a posting list');
    }
    seenKeys[key] = 1;
    for (let at = offset; at < offset + length; at += 1) {
      const packed = postings[at] as number;
      if (packed >>> countBits >= ids.length || (packed & maxCount) === 0) refuse('a posting');
    }
  }
}
