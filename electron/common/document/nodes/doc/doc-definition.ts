import Document from '@tiptap/extension-document';
import type { BriefingNodeDefinition } from '../../briefing-node-definition';

/** The body of a briefing: blocks and sections. Its title lives in the metadata. */
export const docDefinition: BriefingNodeDefinition = {
  // Sections sit only at the top level, among the blocks.
  extension: Document.extend({ content: '(block | section)+' }),
  export: {
    html: (node, context) => context.renderChildren(node),
    markdown: (node, context) => context.renderChildren(node),
    docx: (node, context) => context.renderChildren(node),
  },
  plainText: { end: 'none' },
  template: {
    structureOnly: (node, emptyBlocks) => {
      const blocks = emptyBlocks(node.content ?? []);
      return { type: 'doc', content: blocks.length > 0 ? blocks : [{ type: 'paragraph' }] };
    },
    variableAttributes: [],
  },
};
