import Blockquote from '@tiptap/extension-blockquote';
import type { BriefingNodeDefinition } from '../../briefing-node-definition';

/** A statement in someone's own words: the author's content, so structure-only templates drop it. */
export const blockquoteDefinition: BriefingNodeDefinition = {
  extension: Blockquote,
  export: { html: (node, context) => `<blockquote>\n${context.renderChildren(node)}</blockquote>\n` },
  plainText: { end: 'line' },
  template: { structureOnly: 'drop', variableAttributes: [] },
};
