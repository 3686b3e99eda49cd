import type { Editor } from '@tiptap/core';
import { useRef, useState } from 'react';
import type { BriefingReview } from '../../../electron/common/review/review-records';
import { CommentsPanel } from './CommentsPanel';
import { ReviewerName } from './ReviewerName';
import { SuggestionsPanel } from './SuggestionsPanel';
import { useReviewerName } from './use-reviewer-name';
import './review.css';

/** The review side of an open briefing: who is reviewing, the comment threads and the suggested edits. */
export function ReviewPanel({
  editor,
  initialReview,
  onChange,
}: {
  editor: Editor;
  initialReview: BriefingReview;
  /** The review changed (saved with the briefing's metadata); `immediately` for a user's explicit action. */
  onChange: (review: BriefingReview, immediately: boolean) => void;
}) {
  const [review, setReview] = useState(initialReview);
  const latest = useRef(initialReview);
  const reviewer = useReviewerName();
  const update = (change: (current: BriefingReview) => BriefingReview, immediately: boolean) => {
    const next = change(latest.current);
    if (next === latest.current) return;
    latest.current = next;
    setReview(next);
    onChange(next, immediately);
  };
  return (
    <div className="review-panel">
      <ReviewerName name={reviewer.name} settingsName={reviewer.settingsName} onChange={reviewer.setSessionName} />
      <SuggestionsPanel
        editor={editor}
        review={review}
        reviewer={reviewer.name}
        onChange={(change) => update(change, false)}
      />
      <CommentsPanel
        editor={editor}
        review={review}
        reviewer={reviewer.name}
        onChange={(next) => update(() => next, true)}
      />
    </div>
  );
}
