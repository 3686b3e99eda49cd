import { applySuggestions, revertSuggestions } from '@handlewithcare/prosemirror-suggest-changes';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { EditorState, type Transaction } from '@tiptap/pm/state';

/** The three ways to read a body with suggested edits (docs/review.md). */
export const reviewViews = ['markup', 'final', 'original'] as const;

export type ReviewView = (typeof reviewViews)[number];

function afterCommand(
  document: ProseMirrorNode,
  command: (state: EditorState, dispatch: (transaction: Transaction) => void) => boolean,
): ProseMirrorNode {
  let result = document;
  command(EditorState.create({ doc: document }), (transaction) => {
    result = transaction.doc;
  });
  return result;
}

/** The body with every suggestion accepted: what a final export prints. */
export function finalDocument(document: ProseMirrorNode): ProseMirrorNode {
  return afterCommand(document, applySuggestions);
}

/** The body with every suggestion rejected: the text before review. */
export function originalDocument(document: ProseMirrorNode): ProseMirrorNode {
  return afterCommand(document, revertSuggestions);
}

/** The body as `view` shows it. */
export function documentInView(document: ProseMirrorNode, view: ReviewView): ProseMirrorNode {
  if (view === 'final') return finalDocument(document);
  if (view === 'original') return originalDocument(document);
  return document;
}

/** The ids of the suggestions in a body, in document order, each once. */
export function suggestionIdsIn(document: ProseMirrorNode): (string | number)[] {
  const ids = new Set<string | number>();
  const collect = (node: ProseMirrorNode) => {
    for (const mark of node.marks) {
      if (['insertion', 'deletion', 'modification'].includes(mark.type.name)) ids.add(mark.attrs.id);
    }
  };
  document.descendants(collect);
  return [...ids];
}
