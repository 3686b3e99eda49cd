import Underline from '@tiptap/extension-underline';
import type { BriefingMarkDefinition } from '../../briefing-node-definition';

export const underlineDefinition: BriefingMarkDefinition = {
  extension: Underline,
  export: { html: () => ['<u>', '</u>'] },
};
