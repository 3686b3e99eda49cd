import type { ExportLocale } from '../../../common/language/export-locale';
import type { NumberedThread } from '../../../common/review/comment-thread-order';
import { escapeHtml } from '../../../common/text/escape-html';
import { formatIsoDateTime } from '../format-export-date';

function renderThread({ number, thread, anchored }: NumberedThread, timeZone: string, locale: ExportLocale): string {
  const when = (at: string) =>
    `<time datetime="${escapeHtml(at)}">${escapeHtml(formatIsoDateTime(at, timeZone, locale))}</time>`;
  const quote = thread.anchorQuote ? `On “${escapeHtml(thread.anchorQuote)}”` : 'On the commented text';
  const messages = thread.messages
    .map(
      (message) =>
        `<p class="review-comment-message"><strong>${escapeHtml(message.author)}</strong>, ${when(message.at)}: ${escapeHtml(message.text)}</p>`,
    )
    .join('');
  const status = thread.resolved
    ? `<p class="review-comment-status">Resolved by ${escapeHtml(thread.resolved.by)}, ${when(thread.resolved.at)}</p>`
    : '<p class="review-comment-status">Open</p>';
  const back = anchored
    ? ` <a href="#comment-ref-${number}" aria-label="Back to the text of comment ${number}">↩</a>`
    : ' <em>(the commented text was deleted)</em>';
  return (
    `<li class="review-comment${thread.resolved ? ' review-comment-resolved' : ''}" id="comment-${number}" value="${number}">` +
    `<p class="review-comment-quote"><span class="review-comment-number">${number}</span> ${quote}${back}</p>${messages}${status}</li>`
  );
}

/** The margin column of a review export: every comment thread, numbered as its marker in the text. */
export function renderCommentMargin(
  threads: readonly NumberedThread[],
  timeZone: string,
  locale: ExportLocale,
): string {
  if (threads.length === 0) return '';
  return (
    '<aside class="review-comments" aria-label="Comments">\n<h2 class="review-comments-title">Comments</h2>\n' +
    `<ol class="review-comment-list">\n${threads.map((thread) => renderThread(thread, timeZone, locale)).join('\n')}\n</ol>\n</aside>\n`
  );
}
