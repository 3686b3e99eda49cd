import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

/**
 * The prompt for an empty textblock, or '' for none: "Section title" for a
 * section's heading, the section's guidance in the paragraph right under it,
 * and prompts for figure captions and credits.
 */
export function placeholderFor(
  node: ProseMirrorNode,
  parent: ProseMirrorNode,
  index: number,
  doc: ProseMirrorNode,
): string {
  const name = node.type.name;
  if (name === 'figureCaption') return 'Caption: what the picture shows, where and when';
  if (name === 'figureCredit') return 'Credit: photographer / agency';
  if (parent.type.name === 'section') {
    if (name === 'heading' && index === 0) return 'Section title';
    if (name === 'paragraph' && index === 1) return parent.attrs.guidance || 'Write this section…';
    return '';
  }
  if (parent === doc && name === 'paragraph' && doc.childCount === 1) {
    return 'Start writing, or type / to insert a section or block';
  }
  return '';
}

function decorationsBetween(doc: ProseMirrorNode, from: number, to: number): Decoration[] {
  const decorations: Decoration[] = [];
  doc.nodesBetween(from, to, (node, position, parent, index) => {
    if (!node.isTextblock) return true;
    if (node.content.size === 0 && parent) {
      const text = placeholderFor(node, parent, index, doc);
      if (text) {
        decorations.push(
          Decoration.node(position, position + node.nodeSize, { class: 'is-empty', 'data-placeholder': text }),
        );
      }
    }
    return false;
  });
  return decorations;
}

function buildDecorations(doc: ProseMirrorNode): DecorationSet {
  return DecorationSet.create(doc, decorationsBetween(doc, 0, doc.content.size));
}

/** The whole top-level blocks that overlap `from`..`to`. */
function topLevelRange(doc: ProseMirrorNode, from: number, to: number): { from: number; to: number } {
  const size = doc.content.size;
  const start = doc.resolve(Math.max(0, Math.min(from, size)));
  const end = doc.resolve(Math.max(0, Math.min(to, size)));
  return {
    from: start.depth > 0 ? start.before(1) : start.pos,
    to: end.depth > 0 ? end.after(1) : Math.min(size, end.pos + (end.nodeAfter?.nodeSize ?? 0)),
  };
}

/**
 * Maps the previous prompts and recomputes them only in the top-level blocks
 * a transaction touched, so typing in a long briefing does not rescan it all.
 */
function updateDecorations(transaction: Transaction, previous: DecorationSet, oldDoc: ProseMirrorNode): DecorationSet {
  const { doc, mapping } = transaction;
  if (doc.childCount <= 2 || oldDoc.childCount <= 2) return buildDecorations(doc);
  let decorations = previous.map(mapping, doc);
  mapping.maps.forEach((stepMap, stepIndex) => {
    const rest = mapping.slice(stepIndex + 1);
    stepMap.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      const range = topLevelRange(doc, rest.map(newStart, -1), rest.map(newEnd, 1));
      decorations = decorations.remove(decorations.find(range.from, range.to));
      decorations = decorations.add(doc, decorationsBetween(doc, range.from, range.to));
    });
  });
  return decorations;
}

const placeholderKey = new PluginKey<DecorationSet>('briefingPlaceholder');

/** Prompts in empty sections, headings and figure text; vanish as soon as the author types. Never part of the document. */
export const BriefingPlaceholder = Extension.create({
  name: 'briefingPlaceholder',

  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: placeholderKey,
        state: {
          init: (_, state) => buildDecorations(state.doc),
          apply: (transaction, previous, oldState) =>
            transaction.docChanged ? updateDecorations(transaction, previous, oldState.doc) : previous,
        },
        props: { decorations: (state) => placeholderKey.getState(state) },
      }),
    ];
  },
});
