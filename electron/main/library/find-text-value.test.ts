import { describe, expect, it } from 'vitest';
import { findTextValue } from './find-text-value';
import { MatchedTerms } from './matched-terms';

const stored = JSON.stringify({
  metadata: { title: 'Drone report', status: 'draft' },
  content: {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'Power outages in "Kharkiv" overnight.' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Forty-two drones hit the city; paragraphs follow.' }] },
    ],
  },
});

describe('findTextValue', () => {
  it('returns the whole text value holding the first matching word, unescaped', () => {
    expect(findTextValue(stored, new MatchedTerms(['kharkiv']))).toBe('Power outages in "Kharkiv" overnight.');
    expect(findTextValue(stored, new MatchedTerms(['drone']))).toBe(
      'Forty-two drones hit the city; paragraphs follow.',
    );
  });

  it('ignores keys, node types and other JSON around the text values, and parts of words', () => {
    expect(findTextValue(stored, new MatchedTerms(['paragraph']))).toBe(
      'Forty-two drones hit the city; paragraphs follow.',
    );
    expect(findTextValue(stored, new MatchedTerms(['draft']))).toBeUndefined();
    expect(findTextValue(stored, new MatchedTerms(['outage.*']))).toBeUndefined();
    expect(findTextValue(stored, new MatchedTerms(['ower']))).toBeUndefined();
  });
});
