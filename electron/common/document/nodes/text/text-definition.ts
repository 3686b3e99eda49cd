import Text from '@tiptap/extension-text';
import { escapeHtml } from '../../../text/escape-html';
import { escapeMarkdown } from '../../../text/escape-markdown';
import type { BriefingNodeDefinition } from '../../briefing-node-definition';

/** Inline text; its marks are rendered around it by the exporter's inline walk. */
export const textDefinition: BriefingNodeDefinition = {
  extension: Text,
  export: {
    html: (node) => escapeHtml(node.text ?? ''),
    markdown: (node) => escapeMarkdown(node.text ?? ''),
    docx: (node) => [{ kind: 'text', text: node.text ?? '', format: {} }],
  },
  plainText: { end: 'none' },
  template: { structureOnly: 'keep', variableAttributes: [] },
};
