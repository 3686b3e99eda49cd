import { suggestChanges } from '@handlewithcare/prosemirror-suggest-changes';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { type EditorState, Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { SuggestChanges } from '../../../electron/common/review/suggest-changes-extension';
import { contentDifference } from '../editor/content-difference';

function pilcrow(): HTMLElement {
  const span = document.createElement('span');
  span.appendChild(document.createTextNode('¶'));
  return span;
}

/**
 * The decorations `@handlewithcare/prosemirror-suggest-changes` shows for suggestions (its `decorations.js`,
 * MIT), for the text from `from` to `to` only: a textblock wholly inserted or deleted is marked as a node,
 * and a pilcrow stands where one suggestion runs on from one textblock into the next. `from` must be the
 * start of a top-level block: the walk starts there as the library's starts at the document's beginning.
 */
export function suggestionDecorationsBetween(doc: ProseMirrorNode, from: number, to: number): Decoration[] {
  const { deletion, insertion } = doc.type.schema.marks;
  if (!deletion || !insertion) return [];
  const found: Decoration[] = [];
  let lastParent: ProseMirrorNode | null = null;
  let lastText: ProseMirrorNode | null = null;
  let lastTextEnd = 0;
  doc.nodesBetween(from, to, (node, position, parent) => {
    if (node.isTextblock && node.childCount) {
      if (node.children.every((child) => deletion.isInSet(child.marks))) {
        found.push(Decoration.node(position, position + node.nodeSize, { 'data-node-deletion': 'true' }));
      }
      if (node.children.every((child) => insertion.isInSet(child.marks))) {
        found.push(Decoration.node(position, position + node.nodeSize, { 'data-node-insertion': 'true' }));
      }
    }
    if (!node.isText) return true;
    const currentDeletion = deletion.isInSet(node.marks);
    const currentInsertion = insertion.isInSet(node.marks);
    const lastDeletion = lastText ? deletion.isInSet(lastText.marks) : undefined;
    const lastInsertion = lastText ? insertion.isInSet(lastText.marks) : undefined;
    const widgetPosition = lastTextEnd;
    lastText = node;
    lastTextEnd = position + node.nodeSize;
    if (parent === lastParent) return true;
    lastParent = parent;
    if ((!currentDeletion || !lastDeletion) && (!currentInsertion || !lastInsertion)) return true;
    if (
      currentDeletion?.attrs.id !== lastDeletion?.attrs.id &&
      currentInsertion?.attrs.id !== lastInsertion?.attrs.id
    ) {
      return true;
    }
    for (const mark of [currentDeletion, currentInsertion]) {
      if (!mark) continue;
      found.push(
        Decoration.widget(widgetPosition, pilcrow, {
          key: mark.attrs.id,
          marks: [mark.type.create({ id: mark.attrs.id })],
        }),
      );
    }
    return true;
  });
  return found;
}

function holdsText(node: ProseMirrorNode): boolean {
  let found = false;
  node.descendants((child) => {
    if (child.isText) found = true;
    return !found;
  });
  return found;
}

/**
 * The top-level blocks a change from `from` to `to` (positions in `doc`) can affect the decorations of: those
 * it touches, and on each side the nearest block holding text, since a pilcrow joins the last text before a
 * textblock to the textblock's first; `walkTo` takes in the next block holding text, which the last one's
 * pilcrows depend on.
 */
function affectedTopLevelRange(doc: ProseMirrorNode, from: number, to: number) {
  const starts: number[] = [];
  doc.forEach((_child, offset) => {
    starts.push(offset);
  });
  const count = starts.length;
  starts.push(doc.content.size);
  let first = 0;
  while (first + 1 < count && (starts[first + 1] as number) <= from) first += 1;
  let last = first;
  while (last + 1 < count && (starts[last + 1] as number) < to) last += 1;
  const textBlockAfter = (index: number) => {
    let next = index + 1;
    while (next < count - 1 && !holdsText(doc.child(next))) next += 1;
    return Math.min(next, count - 1);
  };
  do first -= 1;
  while (first > 0 && !holdsText(doc.child(first)));
  last = textBlockAfter(last);
  return {
    from: starts[Math.max(0, first)] as number,
    to: starts[last + 1] as number,
    walkTo: starts[textBlockAfter(last) + 1] as number,
  };
}

/** The decorations after `transaction`: mapped, and those of the top-level blocks it changed computed again. */
function updatedDecorations(decorations: DecorationSet, transaction: Transaction, before: ProseMirrorNode) {
  const doc = transaction.doc;
  const mapped = decorations.map(transaction.mapping, doc);
  const difference = contentDifference(before, doc);
  if (!difference) return mapped;
  const changed = affectedTopLevelRange(doc, difference.start, difference.endAfter);
  const inside = (decoration: Decoration) => decoration.from >= changed.from && decoration.to <= changed.to;
  const stale = mapped.find(changed.from, changed.to).filter(inside);
  const fresh = suggestionDecorationsBetween(doc, changed.from, changed.walkTo).filter(inside);
  return mapped.remove(stale).add(doc, fresh);
}

export const suggestionDecorationsKey = new PluginKey<DecorationSet>('suggestionDecorations');

/**
 * Keeps the suggestion decorations the library would compute from the whole document on every update,
 * walking only the top-level blocks each transaction changed, so a keystroke costs the same at any length.
 */
function suggestionDecorationsPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: suggestionDecorationsKey,
    state: {
      init: (_config, state) =>
        DecorationSet.create(state.doc, suggestionDecorationsBetween(state.doc, 0, state.doc.content.size)),
      apply: (transaction, decorations, before: EditorState) =>
        transaction.docChanged ? updatedDecorations(decorations, transaction, before.doc) : decorations,
    },
  });
}

/** The editor's suggested edits: the shared extension, its library plugin showing the decorations kept above. */
export const EditorSuggestChanges = SuggestChanges.extend({
  addProseMirrorPlugins() {
    const library = suggestChanges();
    const withKeptDecorations = new Plugin({
      ...library.spec,
      props: { ...library.spec.props, decorations: (state) => suggestionDecorationsKey.getState(state) },
    });
    return [withKeptDecorations, suggestionDecorationsPlugin()];
  },
});
