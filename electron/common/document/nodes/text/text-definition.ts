import Text from '@tiptap/extension-text';
import { escapeHtml } from '../../../text/escape-html';
import type { BriefingNodeDefinition } from '../../briefing-node-definition';

/** Inline text; its marks are rendered around it by the exporter's inline walk. */
export const textDefinition: BriefingNodeDefinition = {
  extension: Text,
  export: { html: (node) => escapeHtml(node.text ?? '') },
  plainText: { end: 'none' },
  template: { structureOnly: 'keep', variableAttributes: [] },
};
