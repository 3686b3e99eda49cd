import type { Editor } from '@tiptap/core';
import { useState } from 'react';
import type { BriefingReview } from '../../../electron/common/review/review-records';
import { CommentsPanel } from './CommentsPanel';
import { ReviewerName } from './ReviewerName';
import { useReviewerName } from './use-reviewer-name';
import './review.css';

/** The review side of an open briefing: who is reviewing, and the comment threads. */
export function ReviewPanel({
  editor,
  initialReview,
  onChange,
}: {
  editor: Editor;
  initialReview: BriefingReview;
  /** The review changed (saved with the briefing's metadata). */
  onChange: (review: BriefingReview) => void;
}) {
  const [review, setReview] = useState(initialReview);
  const reviewer = useReviewerName();
  const change = (next: BriefingReview) => {
    setReview(next);
    onChange(next);
  };
  return (
    <div className="review-panel">
      <ReviewerName name={reviewer.name} settingsName={reviewer.settingsName} onChange={reviewer.setSessionName} />
      <CommentsPanel editor={editor} review={review} reviewer={reviewer.name} onChange={change} />
    </div>
  );
}
