import { UserFacingError } from '../user-facing-error';
import { newReviewId } from './review-ids';
import { type BriefingReview, type CommentThread, commentMessageSchema, commentThreadSchema } from './review-records';

/** Who does something in a review, and when (an instant, e.g. `new Date().toISOString()`). */
export interface ReviewAct {
  author: string;
  at: string;
}

function withThread(
  review: BriefingReview,
  threadId: string,
  change: (thread: CommentThread) => CommentThread,
): BriefingReview {
  const index = review.threads.findIndex((thread) => thread.id === threadId);
  if (index < 0)
    throw new UserFacingError('not-found', 'That comment is gone: it was deleted, perhaps in another window.');
  const threads = [...review.threads];
  threads[index] = commentThreadSchema.parse(change(threads[index] as CommentThread));
  return { ...review, threads };
}

/** Starts a thread on the text `anchorQuote`; the caller puts the `comment` mark with the returned id on that text. */
export function addCommentThread(
  review: BriefingReview,
  { author, at, text, anchorQuote }: ReviewAct & { text: string; anchorQuote: string },
): { review: BriefingReview; threadId: string } {
  const thread = commentThreadSchema.parse({
    id: newReviewId('c'),
    anchorQuote: anchorQuote.slice(0, 500),
    messages: [{ id: newReviewId('m'), author, at, text }],
    resolved: null,
  });
  return { review: { ...review, threads: [...review.threads, thread] }, threadId: thread.id };
}

/** Adds a reply at the end of a thread; replying to a resolved thread reopens it, as in Word and Google Docs. */
export function replyToCommentThread(
  review: BriefingReview,
  threadId: string,
  { author, at, text }: ReviewAct & { text: string },
): BriefingReview {
  const message = commentMessageSchema.parse({ id: newReviewId('m'), author, at, text });
  return withThread(review, threadId, (thread) => ({
    ...thread,
    messages: [...thread.messages, message],
    resolved: null,
  }));
}

/** Marks a thread as settled, saying who settled it and when; it stays in the briefing and can be reopened. */
export function resolveCommentThread(
  review: BriefingReview,
  threadId: string,
  { author, at }: ReviewAct,
): BriefingReview {
  return withThread(review, threadId, (thread) => ({ ...thread, resolved: { by: author, at } }));
}

export function reopenCommentThread(review: BriefingReview, threadId: string): BriefingReview {
  return withThread(review, threadId, (thread) => ({ ...thread, resolved: null }));
}

/** Removes a thread and its messages; the caller removes its `comment` marks from the text. */
export function deleteCommentThread(review: BriefingReview, threadId: string): BriefingReview {
  if (!review.threads.some((thread) => thread.id === threadId)) return review;
  return { ...review, threads: review.threads.filter((thread) => thread.id !== threadId) };
}
