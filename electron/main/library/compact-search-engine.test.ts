import { describe, expect, it } from 'vitest';
import { CompactSearchEngine, type SearchDocument, SearchStateError } from './compact-search-engine';

const document = (id: string, body: string, title = ''): SearchDocument => ({
  id,
  title,
  datelinePlace: '',
  desk: '',
  tags: '',
  authors: '',
  body,
});

const found = (engine: CompactSearchEngine, query: string) => {
  const hits = engine.search(query);
  return hits.ids
    .map((id, index) => ({ id, score: hits.scores[index] as number }))
    .sort((a, b) => b.score - a.score)
    .map((hit) => hit.id);
};

function library(): CompactSearchEngine {
  const engine = new CompactSearchEngine();
  engine.add(document('kharkiv-0001', 'Drones hit the power plant overnight.', 'Kharkiv drone strikes'));
  engine.add(document('talks-00002', 'Ceasefire talks resume; prisoner exchange on the agenda.'));
  engine.add(document('sahel-00003', 'Displacement rose; ceasefire monitors absent.'));
  return engine;
}

describe('the compact search engine', () => {
  it('finds documents holding every word, best first, with prefixes on the last word and a typo forgiven before it', () => {
    const engine = library();
    expect(found(engine, 'drones')).toEqual(['kharkiv-0001']);
    expect(found(engine, 'ceasefire')).toEqual(expect.arrayContaining(['talks-00002', 'sahel-00003']));
    expect(found(engine, 'ceasefire talks')).toEqual(['talks-00002']);
    expect(found(engine, 'ceasefire tal')).toEqual(['talks-00002']);
    expect(found(engine, 'ceasfire talks')).toEqual(['talks-00002']);
    expect(found(engine, 'ceasefire xyz')).toEqual([]);
    expect(engine.search('drones').terms).toEqual(['drone']);
  });

  it('ranks a match in the title above one in the body', () => {
    const engine = new CompactSearchEngine();
    engine.add(document('body-000001', 'cholera cases rose', 'Weekly update'));
    engine.add(document('title-00002', 'cases rose', 'Cholera outbreak'));
    expect(found(engine, 'cholera')).toEqual(['title-00002', 'body-000001']);
  });

  it('replaces a document on add and forgets it on remove, so old words no longer find it', () => {
    const engine = library();
    engine.add(document('talks-00002', 'Grain corridor reopened.'));
    expect(found(engine, 'prisoner')).toEqual([]);
    expect(found(engine, 'grain')).toEqual(['talks-00002']);
    engine.remove('kharkiv-0001');
    expect(found(engine, 'drones')).toEqual([]);
    expect(engine.size).toBe(2);
    expect(engine.has('kharkiv-0001')).toBe(false);
  });

  it('gives the same answers after its state goes through a compaction and back', () => {
    const engine = library();
    engine.add(document('talks-00002', 'Grain corridor reopened; ceasefire holds.'));
    engine.remove('sahel-00003');
    // Removed documents' postings count in the term weights until a compaction drops them.
    for (const [state, sameScores] of [
      [engine.state(), true],
      [engine.compactState(), false],
    ] as const) {
      const copy = CompactSearchEngine.fromState(structuredClone(state), { checked: true });
      for (const query of ['drones', 'ceasefire', 'grain cor', 'prisoner', 'displacement']) {
        expect(found(copy, query).sort()).toEqual(found(engine, query).sort());
        if (sameScores) expect(copy.search(query).scores).toEqual(engine.search(query).scores);
      }
      copy.add(document('added-00004', 'Ceasefire monitors arrive.'));
      expect(found(copy, 'monitors')).toEqual(['added-00004']);
    }
    const compact = engine.compactState();
    expect(compact.ids).toEqual(['kharkiv-0001', 'talks-00002']);
    expect(() => CompactSearchEngine.fromState(compact)).not.toThrow();
  });

  it('refuses a state whose arrays do not fit together', () => {
    const good = library().compactState();
    const broken = [
      { ...good, fieldLengths: good.fieldLengths.slice(1) },
      { ...good, terms: [...good.terms].reverse() },
      { ...good, ids: [good.ids[0] as string, good.ids[0] as string, good.ids[2] as string] },
      { ...good, postings: good.postings.map((posting) => posting | (0xff << 24)) },
      { ...good, lists: good.lists.map((value, index) => (index === 2 ? value + 1_000_000 : value)) },
      { ...good, termNumbers: good.termNumbers.map(() => 0) },
    ];
    for (const state of broken) expect(() => CompactSearchEngine.fromState(state)).toThrow(SearchStateError);
  });
});
