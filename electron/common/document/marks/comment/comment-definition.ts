import { escapeHtml } from '../../../text/escape-html';
import type { BriefingMarkDefinition } from '../../briefing-node-definition';
import { CommentMark } from './comment-mark';

/**
 * A comment thread's anchor. Final exports never reach this renderer: they drop comment marks
 * first (`documentForPurpose`). A review export puts the thread's margin number before its first
 * anchor, linked to the comment in the margin.
 */
export const commentDefinition: BriefingMarkDefinition = {
  extension: CommentMark,
  export: {
    html: (mark, context) => {
      const threadId = String(mark.attrs.threadId ?? '');
      const number = context.review?.commentNumber(threadId);
      const marker =
        number === undefined
          ? ''
          : `<sup class="comment-marker" id="comment-ref-${number}"><a href="#comment-${number}" aria-label="Comment ${number}">${number}</a></sup>`;
      return [`${marker}<span class="comment-anchor" data-comment-thread="${escapeHtml(threadId)}">`, '</span>'];
    },
    // Markdown has no comments: a review export highlights the commented text behind the number of its
    // thread in the file's "Comments" section.
    markdown: (mark, context) => {
      const number = context.review?.commentNumber(String(mark.attrs.threadId ?? ''));
      return [`${number === undefined ? '' : `\\[Comment ${number}\\] `}<mark>`, '</mark>'];
    },
    // A review DOCX anchors the thread as a native Word comment (`word-blocks-to-docx.ts`).
    docx: (mark) => ({ commentThread: String(mark.attrs.threadId ?? '') }),
  },
};
