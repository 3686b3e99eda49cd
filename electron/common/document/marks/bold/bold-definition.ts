import Bold from '@tiptap/extension-bold';
import type { BriefingMarkDefinition } from '../../briefing-node-definition';

export const boldDefinition: BriefingMarkDefinition = {
  extension: Bold,
  export: { html: () => ['<strong>', '</strong>'], markdown: () => ['**', '**'], docx: () => ({ bold: true }) },
};
