import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode, ResolvedPos } from '@tiptap/pm/model';
import { type EditorState, Plugin, PluginKey, TextSelection } from '@tiptap/pm/state';

const listTypes = new Set(['bulletList', 'orderedList']);

/** The guidance paragraph (second child of a section) holding `$pos`, when the next block is a list with one empty item. */
function guidanceBeforeEmptyList($pos: ResolvedPos): { paragraph: ProseMirrorNode; list: ProseMirrorNode } | undefined {
  const depth = $pos.depth;
  if (depth < 2 || $pos.parent.type.name !== 'paragraph') return undefined;
  const section = $pos.node(depth - 1);
  if (section.type.name !== 'section' || $pos.index(depth - 1) !== 1) return undefined;
  const list = section.maybeChild(2);
  if (!list || !listTypes.has(list.type.name) || list.childCount !== 1) return undefined;
  const item = list.child(0);
  if (item.childCount !== 1 || item.child(0).type.name !== 'paragraph' || item.child(0).content.size > 0)
    return undefined;
  return { paragraph: $pos.parent, list };
}

function wasEmptyGuidance(state: EditorState): boolean {
  const found = guidanceBeforeEmptyList(state.selection.$from);
  return found !== undefined && found.paragraph.content.size === 0;
}

/**
 * A list section (affected areas, sources…) starts with its guidance paragraph and one empty
 * bullet. What the author starts typing at the guidance becomes that first bullet, so no empty
 * bullet is left behind; it is part of the same undo step as the typing.
 */
export const ListGuidance = Extension.create({
  name: 'listGuidance',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('listGuidance'),
        appendTransaction: (transactions, oldState, newState) => {
          if (!transactions.some((transaction) => transaction.docChanged)) return null;
          if (!wasEmptyGuidance(oldState)) return null;
          const { $from } = newState.selection;
          const found = guidanceBeforeEmptyList($from);
          if (!found || found.paragraph.content.size === 0) return null;
          const paragraphStart = $from.before();
          const listStart = paragraphStart + found.paragraph.nodeSize;
          const itemTextStart = listStart + 3;
          const transaction = newState.tr.insert(itemTextStart, found.paragraph.content);
          transaction.delete(paragraphStart, listStart);
          const caret = itemTextStart - found.paragraph.nodeSize + $from.parentOffset;
          return transaction.setSelection(TextSelection.create(transaction.doc, caret));
        },
      }),
    ];
  },
});
