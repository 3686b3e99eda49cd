import Strike from '@tiptap/extension-strike';
import type { BriefingMarkDefinition } from '../../briefing-node-definition';

export const strikeDefinition: BriefingMarkDefinition = {
  extension: Strike,
  export: { html: () => ['<s>', '</s>'], markdown: () => ['~~', '~~'], docx: () => ({ strike: true }) },
};
