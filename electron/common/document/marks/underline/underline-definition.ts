import Underline from '@tiptap/extension-underline';
import type { BriefingMarkDefinition } from '../../briefing-node-definition';

export const underlineDefinition: BriefingMarkDefinition = {
  extension: Underline,
  // Markdown has no underline; CommonMark passes the HTML tag through.
  export: { html: () => ['<u>', '</u>'], markdown: () => ['<u>', '</u>'], docx: () => ({ underline: true }) },
};
