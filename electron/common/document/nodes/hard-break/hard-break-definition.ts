import HardBreak from '@tiptap/extension-hard-break';
import type { BriefingNodeDefinition } from '../../briefing-node-definition';

/** A line break inside a paragraph (Shift+Enter). */
export const hardBreakDefinition: BriefingNodeDefinition = {
  extension: HardBreak,
  export: {
    html: () => '<br>',
    // A backslash before the new line is CommonMark's hard break; headings and table cells hold one line.
    markdown: (_node, context) => (context.scope.singleLine ? ' ' : '\\\n'),
    docx: () => [{ kind: 'break' }],
  },
  plainText: { end: 'none', leaf: { plain: () => '\n', words: () => ' ' } },
  template: { structureOnly: 'keep', variableAttributes: [] },
};
