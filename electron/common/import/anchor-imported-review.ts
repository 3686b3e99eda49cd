import type { JSONContent } from '@tiptap/core';
import type { Mark } from '@tiptap/pm/model';
import { Transform } from '@tiptap/pm/transform';
import type { BriefingContent } from '../document/briefing-content';
import { briefingSchema } from '../document/briefing-schema';
import type { BriefingReview, CommentThread, SuggestionRecord } from '../review/review-records';
import {
  findReviewAnchorMarkers,
  type ReviewAnchorKind,
  reviewAnchorMarkerLength,
  withoutReviewAnchorMarkers,
} from './review-anchor-markers';

/** The review a Word document brings, numbered as its markers number them. */
export interface ImportedReview {
  /** Thread `i` is anchored between the markers `comment-start i` and `comment-end i`. */
  threads: CommentThread[];
  /** Suggestion `i` is the text between `insertion-start i` and `-end i` (or `deletion-…`). */
  suggestions: SuggestionRecord[];
}

export interface AnchoredReview {
  content: BriefingContent;
  review: BriefingReview;
  /** Threads whose text the import took out of the body (the title, a dropped block): kept with their quote. */
  unanchoredThreads: number;
  /** Suggestions whose text the import took out of the body: left out, there is nothing to accept or reject. */
  lostSuggestions: number;
}

const longestQuote = 500;

const range = (kind: ReviewAnchorKind) => kind.replace(/-(?:start|end)$/, '') as 'comment' | 'insertion' | 'deletion';

/**
 * What each comment was written on, read from the converted page's text before the
 * importer takes blocks out (a comment on the title keeps its words).
 */
export function quoteCommentAnchors(pageText: string): Map<number, string> {
  const starts = new Map<number, number>();
  const quotes = new Map<number, string>();
  for (const marker of findReviewAnchorMarkers(pageText)) {
    if (marker.kind === 'comment-start') starts.set(marker.index, marker.offset + reviewAnchorMarkerLength);
    const start = starts.get(marker.index);
    if (marker.kind !== 'comment-end' || start === undefined) continue;
    const quote = withoutReviewAnchorMarkers(pageText.slice(start, marker.offset)).replace(/\s+/g, ' ').trim();
    quotes.set(marker.index, quote.slice(0, longestQuote));
  }
  return quotes;
}

const blockContainers = new Set(['doc', 'section']);

function stripMarkersFromStrings(node: JSONContent): JSONContent {
  const content = node.content
    ?.map(stripMarkersFromStrings)
    // A paragraph between sections that held only markers (a comment on an empty line) leaves nothing to keep.
    .filter((child) => !(blockContainers.has(node.type ?? '') && child.type === 'paragraph' && !child.content?.length));
  const attrs = node.attrs
    ? Object.fromEntries(
        Object.entries(node.attrs).map(([name, value]) => [
          name,
          typeof value === 'string' ? withoutReviewAnchorMarkers(value) : value,
        ]),
      )
    : undefined;
  return {
    ...node,
    ...(attrs ? { attrs } : {}),
    ...(node.text !== undefined ? { text: withoutReviewAnchorMarkers(node.text) } : {}),
    ...(content ? { content } : {}),
  };
}

/**
 * Turns the markers in an imported body into comment and suggestion marks and
 * removes them; the threads and suggestions become the briefing's review records.
 * A suggestion whose text did not reach the body is left out, a thread is kept
 * (its quote says what it was about).
 */
export function anchorImportedReview(
  content: JSONContent,
  imported: ImportedReview,
  quotes: Map<number, string> = new Map(),
): AnchoredReview {
  const document = briefingSchema.nodeFromJSON(content);
  const markers: { position: number; kind: ReviewAnchorKind; index: number }[] = [];
  document.descendants((node, position) => {
    if (!node.isText || !node.text) return;
    for (const marker of findReviewAnchorMarkers(node.text))
      markers.push({ ...marker, position: position + marker.offset });
  });
  const opened = new Map<string, number>();
  const ranges: { from: number; to: number; kind: 'comment' | 'insertion' | 'deletion'; index: number }[] = [];
  for (const marker of markers) {
    const key = `${range(marker.kind)} ${marker.index}`;
    if (marker.kind.endsWith('-start')) {
      opened.set(key, marker.position + reviewAnchorMarkerLength);
      continue;
    }
    const from = opened.get(key);
    if (from !== undefined && from < marker.position) {
      ranges.push({ from, to: marker.position, kind: range(marker.kind), index: marker.index });
    }
    opened.delete(key);
  }
  const transform = new Transform(document);
  const markFor = (kind: 'comment' | 'insertion' | 'deletion', index: number): Mark | null => {
    if (kind === 'comment') {
      const thread = imported.threads[index];
      return thread ? (briefingSchema.marks.comment?.create({ threadId: thread.id }) ?? null) : null;
    }
    const suggestion = imported.suggestions[index];
    return suggestion ? (briefingSchema.marks[kind]?.create({ id: suggestion.id }) ?? null) : null;
  };
  for (const { from, to, kind, index } of ranges) {
    const mark = markFor(kind, index);
    if (mark) transform.addMark(from, to, mark);
  }
  // Right to left, so the positions still to remove do not move.
  for (const marker of [...markers].sort((one, other) => other.position - one.position)) {
    transform.delete(marker.position, marker.position + reviewAnchorMarkerLength);
  }
  const anchored = { ...stripMarkersFromStrings(transform.doc.toJSON()), type: 'doc' as const };

  const threadIds = new Set<string>();
  const suggestionIds = new Set<string | number>();
  transform.doc.descendants((node) => {
    for (const mark of node.marks) {
      if (mark.type.name === 'comment') threadIds.add(mark.attrs.threadId);
      else if (mark.type.name === 'insertion' || mark.type.name === 'deletion') suggestionIds.add(mark.attrs.id);
    }
  });
  const threads = imported.threads.map((thread, index) => ({
    ...thread,
    anchorQuote: thread.anchorQuote || (quotes.get(index) ?? ''),
  }));
  const suggestions = imported.suggestions.filter((suggestion) => suggestionIds.has(suggestion.id));
  return {
    content: anchored,
    review: { threads, suggestions },
    unanchoredThreads: threads.filter((thread) => !threadIds.has(thread.id)).length,
    lostSuggestions: imported.suggestions.length - suggestions.length,
  };
}
