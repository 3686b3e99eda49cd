import { escapeHtml } from '../../../text/escape-html';
import type { BriefingMarkDefinition } from '../../briefing-node-definition';
import { CommentMark } from './comment-mark';

/**
 * A comment thread's anchor. Final exports never reach this renderer: they drop comment marks
 * first (`documentForPurpose`); review exports and the HTML round trip keep the anchor.
 */
export const commentDefinition: BriefingMarkDefinition = {
  extension: CommentMark,
  export: {
    html: (mark) => [
      `<span class="comment-anchor" data-comment-thread="${escapeHtml(String(mark.attrs.threadId ?? ''))}">`,
      '</span>',
    ],
  },
};
