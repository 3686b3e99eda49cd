import Italic from '@tiptap/extension-italic';
import type { BriefingMarkDefinition } from '../../briefing-node-definition';

export const italicDefinition: BriefingMarkDefinition = {
  extension: Italic,
  export: { html: () => ['<em>', '</em>'], markdown: () => ['*', '*'], docx: () => ({ italics: true }) },
};
