import type { ReviewAct } from './comment-threads';
import type { BriefingReview, SuggestionId } from './review-records';

/**
 * The review with one record per suggestion in the body: a new id gets `act` (who is reviewing,
 * now), an id no longer in the body (accepted, rejected, undone) loses its record, and every other
 * record is kept as it was. Returns the same object when nothing changed.
 */
export function reconcileSuggestionRecords(
  review: BriefingReview,
  idsInBody: readonly SuggestionId[],
  act: ReviewAct,
): BriefingReview {
  const known = new Map(review.suggestions.map((record) => [record.id, record]));
  const suggestions = idsInBody.map((id) => known.get(id) ?? { id, author: act.author, at: act.at });
  const unchanged =
    suggestions.length === review.suggestions.length &&
    suggestions.every((record, index) => record === review.suggestions[index]);
  return unchanged ? review : { ...review, suggestions };
}
