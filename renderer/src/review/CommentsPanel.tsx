import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { useId, useState } from 'react';
import {
  addCommentThread,
  deleteCommentThread,
  reopenCommentThread,
  replyToCommentThread,
  resolveCommentThread,
} from '../../../electron/common/review/comment-threads';
import type { BriefingReview } from '../../../electron/common/review/review-records';
import { useEditorSnapshot } from '../editor/use-editor-snapshot';
import { CommentThreadItem } from './CommentThreadItem';
import { type AnchorRange, commentAnchorRanges } from './comment-anchors';

const anchorsOf = (editor: Editor) => [...commentAnchorRanges(editor.state.doc)];

function jumpTo(editor: Editor, range: AnchorRange): void {
  editor.view.dispatch(
    editor.state.tr.setSelection(TextSelection.create(editor.state.doc, range.from, range.to)).scrollIntoView(),
  );
  editor.view.focus();
}

/**
 * The briefing's comment threads in the order their text appears: start one on the selected text,
 * reply, resolve, reopen, delete, and jump to the text of each.
 */
export function CommentsPanel({
  editor,
  review,
  reviewer,
  onChange,
}: {
  editor: Editor;
  review: BriefingReview;
  /** Who is commenting; empty until the user names themself. */
  reviewer: string;
  onChange: (review: BriefingReview) => void;
}) {
  const anchors = new Map(useEditorSnapshot(editor, anchorsOf, { delayMs: 150, events: ['update'] }));
  const [draft, setDraft] = useState<{ from: number; to: number; quote: string; text: string }>();
  const [showResolved, setShowResolved] = useState(false);
  const [problem, setProblem] = useState('');
  const draftId = useId();

  const act = (change: () => BriefingReview) => {
    try {
      onChange(change());
      setProblem('');
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };
  const by = () => ({ author: reviewer, at: new Date().toISOString() });

  const startComment = () => {
    const { from, to, empty } = editor.state.selection;
    if (empty) {
      setProblem('Select the text you want to comment on first.');
      return;
    }
    setProblem('');
    setDraft({ from, to, quote: editor.state.doc.textBetween(from, to, ' ').slice(0, 500), text: '' });
  };

  const addComment = () => {
    if (!draft) return;
    act(() => {
      const added = addCommentThread(review, { ...by(), text: draft.text, anchorQuote: draft.quote });
      editor.chain().setTextSelection({ from: draft.from, to: draft.to }).setComment(added.threadId).run();
      setDraft(undefined);
      return added.review;
    });
  };

  const position = (threadId: string) => anchors.get(threadId)?.from ?? Number.MAX_SAFE_INTEGER;
  const ordered = [...review.threads].sort((a, b) => position(a.id) - position(b.id));
  const numbers = new Map(ordered.map((thread, index) => [thread.id, index + 1]));
  const resolvedCount = ordered.filter((thread) => thread.resolved !== null).length;
  const shown = ordered.filter((thread) => showResolved || thread.resolved === null);

  return (
    <section className="comments-panel" aria-labelledby={`${draftId}-title`}>
      <h2 className="panel-title" id={`${draftId}-title`}>
        Comments
      </h2>
      <button type="button" onClick={startComment} disabled={!reviewer || draft !== undefined}>
        Comment on selection
      </button>
      {draft ? (
        <form
          className="comment-new"
          onSubmit={(event) => {
            event.preventDefault();
            addComment();
          }}
        >
          <label htmlFor={draftId}>Comment on “{draft.quote}”</label>
          <textarea
            id={draftId}
            rows={3}
            value={draft.text}
            // biome-ignore lint/a11y/noAutofocus: the user just asked to write this comment
            autoFocus
            onChange={(event) => setDraft({ ...draft, text: event.target.value })}
          />
          <div className="comment-actions">
            <button type="submit" className="primary" disabled={!draft.text.trim()}>
              Add comment
            </button>
            <button type="button" onClick={() => setDraft(undefined)}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
      {problem ? (
        <p className="message message-error" role="alert">
          {problem}
        </p>
      ) : null}
      {review.threads.length === 0 ? <p className="hint">Select text and choose “Comment on selection”.</p> : null}
      {resolvedCount > 0 ? (
        <label className="comment-show-resolved">
          <input type="checkbox" checked={showResolved} onChange={(event) => setShowResolved(event.target.checked)} />{' '}
          Show resolved ({resolvedCount})
        </label>
      ) : null}
      <ol className="comment-threads">
        {shown.map((thread) => {
          const range = anchors.get(thread.id);
          return (
            <CommentThreadItem
              key={thread.id}
              thread={thread}
              number={numbers.get(thread.id) ?? 0}
              anchored={range !== undefined}
              canAct={reviewer !== ''}
              actions={{
                jump: () => (range ? jumpTo(editor, range) : undefined),
                reply: (text) => act(() => replyToCommentThread(review, thread.id, { ...by(), text })),
                resolve: () => act(() => resolveCommentThread(review, thread.id, by())),
                reopen: () => act(() => reopenCommentThread(review, thread.id)),
                remove: () =>
                  act(() => {
                    editor.commands.unsetComment(thread.id);
                    return deleteCommentThread(review, thread.id);
                  }),
              }}
            />
          );
        })}
      </ol>
    </section>
  );
}
