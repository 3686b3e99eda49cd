import Paragraph from '@tiptap/extension-paragraph';
import type { BriefingNodeDefinition } from '../../briefing-node-definition';
import { unfinishedMarkerParseRules } from '../../unfinished-marker';

/** Paragraphs, and the review export's "Unfinished: …" markers ignored when read back. */
const BriefingParagraph = Paragraph.extend({
  parseHTML() {
    return [...unfinishedMarkerParseRules, ...(this.parent?.() ?? [])];
  },
});

/** Running text; an empty paragraph exports as nothing and is emptied, not dropped, in structure-only templates. */
export const paragraphDefinition: BriefingNodeDefinition = {
  extension: BriefingParagraph,
  export: {
    html: (node, context) =>
      node.textContent.trim() === '' && node.childCount === 0 ? '' : `<p>${context.renderInline(node)}</p>\n`,
  },
  plainText: { end: 'line' },
  template: { structureOnly: () => ({ type: 'paragraph' }), variableAttributes: [] },
};
