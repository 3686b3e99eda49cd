import { describe, expect, it } from 'vitest';
import {
  addCommentThread,
  deleteCommentThread,
  reopenCommentThread,
  replyToCommentThread,
  resolveCommentThread,
} from './comment-threads';
import { briefingReviewSchema, emptyReview } from './review-records';
import { reconcileSuggestionRecords } from './suggestion-records';

const dana = { author: 'Dana Reyes', at: '2026-11-26T07:00:00.000Z' };
const sam = { author: 'Sam Editor', at: '2026-11-26T07:10:00.000Z' };

function reviewWithThread() {
  return addCommentThread(emptyReview(), { ...dana, text: 'Which port?', anchorQuote: 'the port' });
}

describe('comment threads', () => {
  it('starts a thread with its anchor quote and first message, and the result passes the stored schema', () => {
    const { review, threadId } = reviewWithThread();
    expect(threadId).toMatch(/^c-/);
    expect(review.threads).toEqual([
      {
        id: threadId,
        anchorQuote: 'the port',
        messages: [{ id: expect.stringMatching(/^m-/), author: 'Dana Reyes', at: dana.at, text: 'Which port?' }],
        resolved: null,
      },
    ]);
    expect(briefingReviewSchema.parse(review)).toEqual(review);
  });

  it('adds replies in order, each with its author and time', () => {
    const { review, threadId } = reviewWithThread();
    const replied = replyToCommentThread(review, threadId, { ...sam, text: 'Odesa.' });
    expect(replied.threads[0]?.messages.map((message) => [message.author, message.at, message.text])).toEqual([
      ['Dana Reyes', dana.at, 'Which port?'],
      ['Sam Editor', sam.at, 'Odesa.'],
    ]);
    expect(review.threads[0]?.messages).toHaveLength(1);
  });

  it('resolves with who and when, reopens, and reopens on a reply', () => {
    const { review, threadId } = reviewWithThread();
    const resolved = resolveCommentThread(review, threadId, sam);
    expect(resolved.threads[0]?.resolved).toEqual({ by: 'Sam Editor', at: sam.at });
    expect(reopenCommentThread(resolved, threadId).threads[0]?.resolved).toBeNull();
    expect(replyToCommentThread(resolved, threadId, { ...dana, text: 'Not yet.' }).threads[0]?.resolved).toBeNull();
  });

  it('deletes one thread and keeps the others', () => {
    const first = reviewWithThread();
    const second = addCommentThread(first.review, { ...sam, text: 'Source?', anchorQuote: '42 drones' });
    const remaining = deleteCommentThread(second.review, first.threadId);
    expect(remaining.threads.map((thread) => thread.id)).toEqual([second.threadId]);
  });

  it('refuses an empty comment, an anonymous reviewer and a thread that is gone, with sentences', () => {
    const { review, threadId } = reviewWithThread();
    expect(() => addCommentThread(review, { ...dana, text: '   ', anchorQuote: 'x' })).toThrow(/cannot be empty/);
    expect(() => replyToCommentThread(review, threadId, { ...dana, author: ' ', text: 'Hi' })).toThrow(
      /Say who you are/,
    );
    expect(() => resolveCommentThread(review, 'c-missing-thread', sam)).toThrow(/That comment is gone/);
  });

  it('refuses a time without its offset', () => {
    expect(() =>
      addCommentThread(emptyReview(), { ...dana, at: '2026-11-26 07:00', text: 'x', anchorQuote: '' }),
    ).toThrow(/date and time with its offset/);
  });
});

describe('suggestion records', () => {
  it('records who suggested each new id and when, keeps known records and drops settled ones', () => {
    const first = reconcileSuggestionRecords(emptyReview(), ['s-aaaa-1'], dana);
    expect(first.suggestions).toEqual([{ id: 's-aaaa-1', author: 'Dana Reyes', at: dana.at }]);
    const second = reconcileSuggestionRecords(first, ['s-aaaa-1', 's-bbbb-2'], sam);
    expect(second.suggestions).toEqual([
      { id: 's-aaaa-1', author: 'Dana Reyes', at: dana.at },
      { id: 's-bbbb-2', author: 'Sam Editor', at: sam.at },
    ]);
    expect(reconcileSuggestionRecords(second, ['s-aaaa-1', 's-bbbb-2'], dana)).toBe(second);
    expect(reconcileSuggestionRecords(second, ['s-bbbb-2'], dana).suggestions).toEqual([
      { id: 's-bbbb-2', author: 'Sam Editor', at: sam.at },
    ]);
  });
});
