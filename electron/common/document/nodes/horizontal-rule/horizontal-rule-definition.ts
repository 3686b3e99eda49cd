import HorizontalRule from '@tiptap/extension-horizontal-rule';
import type { BriefingNodeDefinition } from '../../briefing-node-definition';

/** A break between parts of the text; structure, so templates keep it. */
export const horizontalRuleDefinition: BriefingNodeDefinition = {
  extension: HorizontalRule,
  export: { html: () => '<hr>\n', markdown: () => '---\n\n', docx: () => [{ kind: 'rule' }] },
  plainText: { end: 'line' },
  template: { structureOnly: 'keep', variableAttributes: [] },
};
