import {
  applySuggestion,
  applySuggestions,
  isSuggestChangesEnabled,
  revertSuggestion,
  revertSuggestions,
  suggestChanges,
  suggestChangesKey,
  transformToSuggestionTransaction,
} from '@handlewithcare/prosemirror-suggest-changes';
import { type Editor, Extension } from '@tiptap/core';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { newReviewId } from './review-ids';
import { suggestionSpans } from './suggestion-ranges';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    suggestChanges: {
      /** Turns suggesting on or off: while on, edits are recorded as suggestions instead of applied. */
      setSuggesting: (on: boolean) => ReturnType;
      /** Accepts suggestion `id` (all of its parts). */
      acceptSuggestion: (id: string | number) => ReturnType;
      /** Rejects suggestion `id` (all of its parts). */
      rejectSuggestion: (id: string | number) => ReturnType;
      /** Accepts every suggestion that touches the selection. */
      acceptSuggestionsInSelection: () => ReturnType;
      rejectSuggestionsInSelection: () => ReturnType;
      acceptAllSuggestions: () => ReturnType;
      rejectAllSuggestions: () => ReturnType;
    };
  }
}

type StateCommand = (state: EditorState, dispatch?: (transaction: Transaction) => void) => boolean;

/**
 * Runs a library command on the editor's current state and dispatches its own transaction;
 * TipTap's (empty, now stale) command transaction is then not dispatched.
 */
function run(editor: Editor, command: StateCommand, dispatch: unknown, tr?: Transaction): boolean {
  tr?.setMeta('preventDispatch', true);
  return command(editor.state, dispatch ? (transaction) => editor.view.dispatch(transaction) : undefined);
}

function settleOne(editor: Editor, id: string | number, accept: boolean, dispatch: unknown, tr?: Transaction): boolean {
  const parts = suggestionSpans(editor.state.doc).filter((span) => span.id === id);
  if (parts.length === 0) return false;
  const from = Math.min(...parts.map((part) => part.from));
  const to = Math.max(...parts.map((part) => part.to));
  return run(editor, (accept ? applySuggestion : revertSuggestion)(id, from, to), dispatch, tr);
}

function settleSelection(editor: Editor, accept: boolean, dispatch: unknown, tr: Transaction): boolean {
  const { from, to, empty } = editor.state.selection;
  // A caret settles the suggestion it stands in; a selection, those it overlaps (not those it merely touches).
  const touched = (span: { from: number; to: number }) =>
    empty ? span.from <= from && span.to >= from : span.from < to && span.to > from;
  const ids = [
    ...new Set(
      suggestionSpans(editor.state.doc)
        .filter(touched)
        .map((span) => span.id),
    ),
  ];
  if (ids.length === 0) return false;
  tr.setMeta('preventDispatch', true);
  if (dispatch) for (const id of ids) settleOne(editor, id, accept, dispatch);
  return true;
}

/**
 * Suggested edits through `@handlewithcare/prosemirror-suggest-changes`: its plugin keeps the
 * on/off state, and while on, this extension's `dispatchTransaction` hook turns each edit into
 * insertion/deletion marks with a fresh `s-…` id. Who made each suggestion and when is kept
 * beside those ids in the briefing's review metadata (docs/review.md).
 */
export const SuggestChanges = Extension.create({
  name: 'suggestChanges',

  addProseMirrorPlugins() {
    return [suggestChanges()];
  },

  dispatchTransaction({ transaction, next }) {
    const state = this.editor.state;
    const skip = 'skip' in (transaction.getMeta(suggestChangesKey) ?? {});
    const tracked =
      isSuggestChangesEnabled(state) && transaction.docChanged && !transaction.getMeta('history$') && !skip
        ? transformToSuggestionTransaction(transaction, state, () => newReviewId('s'))
        : transaction;
    next(tracked);
  },

  addCommands() {
    return {
      setSuggesting:
        (on) =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(suggestChangesKey, { enabled: on });
          return true;
        },
      acceptSuggestion:
        (id) =>
        ({ editor, dispatch, tr }) =>
          settleOne(editor, id, true, dispatch, tr),
      rejectSuggestion:
        (id) =>
        ({ editor, dispatch, tr }) =>
          settleOne(editor, id, false, dispatch, tr),
      acceptSuggestionsInSelection:
        () =>
        ({ editor, dispatch, tr }) =>
          settleSelection(editor, true, dispatch, tr),
      rejectSuggestionsInSelection:
        () =>
        ({ editor, dispatch, tr }) =>
          settleSelection(editor, false, dispatch, tr),
      acceptAllSuggestions:
        () =>
        ({ editor, dispatch, tr }) =>
          run(editor, applySuggestions, dispatch, tr),
      rejectAllSuggestions:
        () =>
        ({ editor, dispatch, tr }) =>
          run(editor, revertSuggestions, dispatch, tr),
    };
  },
});

/** True while the editor records edits as suggestions. */
export const isSuggesting = (editor: Editor) => isSuggestChangesEnabled(editor.state);
