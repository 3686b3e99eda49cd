import Paragraph from '@tiptap/extension-paragraph';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { BriefingNodeDefinition } from '../../briefing-node-definition';
import { unfinishedMarkerParseRules } from '../../unfinished-marker';

/** Paragraphs, and the review export's "Unfinished: …" markers ignored when read back. */
const BriefingParagraph = Paragraph.extend({
  parseHTML() {
    return [...unfinishedMarkerParseRules, ...(this.parent?.() ?? [])];
  },
});

const isEmpty = (node: ProseMirrorNode) => node.textContent.trim() === '' && node.childCount === 0;

/** Running text; an empty paragraph exports as nothing and is emptied, not dropped, in structure-only templates. */
export const paragraphDefinition: BriefingNodeDefinition = {
  extension: BriefingParagraph,
  export: {
    html: (node, context) => (isEmpty(node) ? '' : `<p>${context.renderInline(node)}</p>\n`),
    markdown: (node, context) => (isEmpty(node) ? '' : `${context.renderInline(node)}\n\n`),
    docx: (node, context) =>
      isEmpty(node) ? [] : [{ kind: 'paragraph', style: 'body', inlines: context.renderInline(node) }],
  },
  plainText: { end: 'line' },
  template: { structureOnly: () => ({ type: 'paragraph' }), variableAttributes: [] },
};
