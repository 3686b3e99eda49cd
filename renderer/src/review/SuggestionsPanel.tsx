import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { useEffect, useId, useState } from 'react';
import type { BriefingReview } from '../../../electron/common/review/review-records';
import { isSuggesting } from '../../../electron/common/review/suggest-changes-extension';
import { suggestionSpans } from '../../../electron/common/review/suggestion-ranges';
import { reconcileSuggestionRecords } from '../../../electron/common/review/suggestion-records';
import { type ReviewView, reviewViews } from '../../../electron/common/review/suggestion-views';
import { useEditorSnapshot } from '../editor/use-editor-snapshot';
import { shownTime } from './CommentThreadItem';
import { suggestionItems } from './suggestion-items';

const viewLabels: Record<ReviewView, string> = { markup: 'Markup', final: 'Final', original: 'Original' };

const spansOf = (editor: Editor) => suggestionSpans(editor.state.doc);

/**
 * Suggested edits: the suggesting switch, the Markup / Final / Original views, and the list of
 * suggestions with who made each, to accept or reject one, those in the selection, or all.
 */
export function SuggestionsPanel({
  editor,
  review,
  reviewer,
  onChange,
}: {
  editor: Editor;
  review: BriefingReview;
  reviewer: string;
  onChange: (change: (review: BriefingReview) => BriefingReview) => void;
}) {
  const suggesting = useEditorSnapshot(editor, isSuggesting, { delayMs: 0, events: ['transaction'] });
  const spans = useEditorSnapshot(editor, spansOf, { delayMs: 150, events: ['update'] });
  const [view, setView] = useState<ReviewView>('markup');
  const id = useId();
  const ids = [...new Set(spans.map((span) => span.id))];
  const idsKey = JSON.stringify(ids);

  // Who made each suggestion: a new id is recorded as the reviewer's, now; a settled one is dropped.
  // biome-ignore lint/correctness/useExhaustiveDependencies: ids are compared through idsKey
  useEffect(() => {
    onChange((current) =>
      reconcileSuggestionRecords(current, ids, {
        author: reviewer || 'Unnamed reviewer',
        at: new Date().toISOString(),
      }),
    );
  }, [idsKey]);

  useEffect(() => {
    editor.view.dom.dataset.reviewView = view;
    // Without an update event: switching views changes no text, so it must not count as an unsaved change.
    editor.setEditable(view === 'markup', false);
    return () => {
      if (editor.isDestroyed) return;
      delete editor.view.dom.dataset.reviewView;
      editor.setEditable(true, false);
    };
  }, [editor, view]);

  const items = suggestionItems(spans, review.suggestions);
  const select = (from: number, to: number) => {
    editor.view.dispatch(
      editor.state.tr.setSelection(TextSelection.create(editor.state.doc, from, to)).scrollIntoView(),
    );
    editor.view.focus();
  };
  const inMarkup = view === 'markup';

  return (
    <section className="suggestions-panel" aria-labelledby={`${id}-title`}>
      <h2 className="panel-title" id={`${id}-title`}>
        Suggested edits
      </h2>
      <button
        type="button"
        aria-pressed={suggesting}
        disabled={!reviewer || !inMarkup}
        onClick={() => editor.chain().focus().setSuggesting(!suggesting).run()}
      >
        {suggesting ? 'Suggesting: on' : 'Suggesting: off'}
      </button>
      <fieldset className="review-views">
        <legend>View</legend>
        {reviewViews.map((name) => (
          <label key={name}>
            <input type="radio" name={`${id}-view`} checked={view === name} onChange={() => setView(name)} />{' '}
            {viewLabels[name]}
          </label>
        ))}
      </fieldset>
      {items.length === 0 ? (
        <p className="hint">No suggested edits. Turn suggesting on to record your edits as suggestions.</p>
      ) : (
        <>
          <div className="comment-actions">
            <button type="button" disabled={!inMarkup} onClick={() => editor.commands.acceptSuggestionsInSelection()}>
              Accept in selection
            </button>
            <button type="button" disabled={!inMarkup} onClick={() => editor.commands.rejectSuggestionsInSelection()}>
              Reject in selection
            </button>
            <button type="button" disabled={!inMarkup} onClick={() => editor.commands.acceptAllSuggestions()}>
              Accept all
            </button>
            <button type="button" disabled={!inMarkup} onClick={() => editor.commands.rejectAllSuggestions()}>
              Reject all
            </button>
          </div>
          <ol className="suggestion-list">
            {items.map((item, index) => (
              <li key={String(item.id)} className="suggestion-item">
                <button type="button" className="comment-jump" onClick={() => select(item.from, item.to)}>
                  {item.description}
                </button>
                {item.record ? (
                  <p className="comment-meta">
                    <strong>{item.record.author}</strong>{' '}
                    <time dateTime={item.record.at}>{shownTime(item.record.at)}</time>
                  </p>
                ) : null}
                <div className="comment-actions">
                  <button
                    type="button"
                    disabled={!inMarkup}
                    aria-label={`Accept suggestion ${index + 1}`}
                    onClick={() => editor.commands.acceptSuggestion(item.id)}
                  >
                    Accept
                  </button>
                  <button
                    type="button"
                    disabled={!inMarkup}
                    aria-label={`Reject suggestion ${index + 1}`}
                    onClick={() => editor.commands.rejectSuggestion(item.id)}
                  >
                    Reject
                  </button>
                </div>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
