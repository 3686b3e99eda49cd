import { describe, expect, it } from 'vitest';
import { type ImportNode, visibleText } from './import-dom';
import { reviewAnchorMarker, withoutReviewAnchorMarkers } from './review-anchor-markers';

const node = (textContent: string) => ({ textContent }) as unknown as ImportNode;

describe('visibleText', () => {
  it.each([
    ['single spaces', ' Strikes hit the plant. ', 'Strikes hit the plant.'],
    ['two spaces', 'Strikes  hit', 'Strikes hit'],
    ['a tab', 'Strikes\thit', 'Strikes hit'],
    ['a line break beside a space', 'Strikes \nhit', 'Strikes hit'],
    ['a no-break space', 'Strikes\u00a0hit', 'Strikes hit'],
    ['an em space', 'Strikes\u2003hit', 'Strikes hit'],
    ['a review marker', `Strikes ${reviewAnchorMarker('comment-start', 3)}hit`, 'Strikes hit'],
    ['nothing', '', ''],
  ])('collapses white space as a reader sees it: %s', (_, text, expected) => {
    expect(visibleText(node(text))).toBe(expected);
  });

  it('removes every review marker and nothing else', () => {
    const marked = `a${reviewAnchorMarker('insertion-start', 0)}b${reviewAnchorMarker('deletion-end', 8191)}c\u{1F600}`;
    expect(withoutReviewAnchorMarkers(marked)).toBe('abc\u{1F600}');
    expect(withoutReviewAnchorMarkers('plain')).toBe('plain');
  });
});
