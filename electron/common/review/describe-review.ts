import type { BriefingReview } from './review-records';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** A review in a few words for history and restore choices, e.g. "2 comment threads (1 open), 3 suggested edits". */
export function describeReview(review: BriefingReview): string {
  const open = review.threads.filter((thread) => thread.resolved === null).length;
  const threads = count(review.threads.length, 'comment thread', 'comment threads');
  const suggestions = count(review.suggestions.length, 'suggested edit', 'suggested edits');
  return `${threads}${review.threads.length > 0 ? ` (${open} open)` : ''}, ${suggestions}`;
}
