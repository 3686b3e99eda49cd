import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
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

function buildDecorations(doc: ProseMirrorNode): DecorationSet {
  const decorations: Decoration[] = [];
  doc.descendants((node, position, parent, index) => {
    if (!node.isTextblock) return true;
    if (node.content.size === 0 && parent) {
      const text = placeholderFor(node, parent, index, doc);
      if (text)
        decorations.push(
          Decoration.node(position, position + node.nodeSize, { class: 'is-empty', 'data-placeholder': text }),
        );
    }
    return false;
  });
  return DecorationSet.create(doc, decorations);
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
          apply: (transaction, previous) => (transaction.docChanged ? buildDecorations(transaction.doc) : previous),
        },
        props: { decorations: (state) => placeholderKey.getState(state) },
      }),
    ];
  },
});
