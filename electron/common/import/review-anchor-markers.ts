/**
 * Where a Word comment or tracked change starts and ends, carried through the
 * import as one private-use character each (Unicode plane 15, which no real text
 * uses): the conversion to HTML and the clean tree keep text, not ranges, so the
 * ranges travel inside the text and become marks once the body is built.
 */
export type ReviewAnchorKind =
  | 'comment-start'
  | 'comment-end'
  | 'insertion-start'
  | 'insertion-end'
  | 'deletion-start'
  | 'deletion-end';

const kinds: ReviewAnchorKind[] = [
  'comment-start',
  'comment-end',
  'insertion-start',
  'insertion-end',
  'deletion-start',
  'deletion-end',
];

const firstMarker = 0xf0000;
/** Markers per kind: more than the 500 threads and 5,000 suggestions a briefing may hold. */
export const reviewAnchorsPerKind = 0x2000;

/** One marker character, e.g. the start of the third comment thread. */
export function reviewAnchorMarker(kind: ReviewAnchorKind, index: number): string {
  if (!Number.isInteger(index) || index < 0 || index >= reviewAnchorsPerKind) {
    throw new RangeError(`No review anchor marker for index ${index}.`);
  }
  return String.fromCodePoint(firstMarker + kinds.indexOf(kind) * reviewAnchorsPerKind + index);
}

/** U+F0000–U+FBFFF as UTF-16 surrogate pairs (six kinds of 0x2000 markers). */
const markerPattern = /[\uDB80-\uDBAF][\uDC00-\uDFFF]/g;

/** Every marker in `text` with its UTF-16 offset. */
export function findReviewAnchorMarkers(text: string): { offset: number; kind: ReviewAnchorKind; index: number }[] {
  const found: { offset: number; kind: ReviewAnchorKind; index: number }[] = [];
  for (const match of text.matchAll(markerPattern)) {
    const code = (match[0].codePointAt(0) ?? firstMarker) - firstMarker;
    const kind = kinds[Math.floor(code / reviewAnchorsPerKind)];
    if (kind) found.push({ offset: match.index, kind, index: code % reviewAnchorsPerKind });
  }
  return found;
}

/** The first half of a marker's surrogate pair: text without one (nearly all) is returned as it is. */
const markerStart = /[\uDB80-\uDBAF]/;

/** The text as a reader sees it: markers removed. */
export function withoutReviewAnchorMarkers(text: string): string {
  return markerStart.test(text) ? text.replace(markerPattern, '') : text;
}

/** Length of one marker in UTF-16 code units (ProseMirror counts positions in them). */
export const reviewAnchorMarkerLength = 2;
