import HardBreak from '@tiptap/extension-hard-break';
import type { BriefingNodeDefinition } from '../../briefing-node-definition';

/** A line break inside a paragraph (Shift+Enter). */
export const hardBreakDefinition: BriefingNodeDefinition = {
  extension: HardBreak,
  export: { html: () => '<br>' },
  plainText: { end: 'none', leaf: { plain: () => '\n', words: () => ' ' } },
  template: { structureOnly: 'keep', variableAttributes: [] },
};
