import type { ExportLocale } from '../../../common/language/export-locale';
import type { NumberedThread } from '../../../common/review/comment-thread-order';
import { escapeMarkdown } from '../../../common/text/escape-markdown';
import { formatIsoDateTime } from '../format-export-date';

function renderThread({ number, thread, anchored }: NumberedThread, timeZone: string, locale: ExportLocale): string {
  const quote = thread.anchorQuote ? `On “${escapeMarkdown(thread.anchorQuote)}”` : 'On the commented text';
  const gone = anchored ? '' : ' (the commented text was deleted)';
  const status = thread.resolved
    ? `resolved by ${escapeMarkdown(thread.resolved.by)}, ${escapeMarkdown(formatIsoDateTime(thread.resolved.at, timeZone, locale))}`
    : 'open';
  const messages = thread.messages.map(
    (message) =>
      `   - **${escapeMarkdown(message.author)}**, ${escapeMarkdown(formatIsoDateTime(message.at, timeZone, locale))}: ${escapeMarkdown(message.text.replace(/\s*\n\s*/g, ' '))}`,
  );
  return [`${number}. ${quote}${gone} — ${status}`, ...messages].join('\n');
}

/**
 * A review file's comment threads as a "Comments" section after the body: numbered as the
 * `[Comment N]` labels in the text, each with its quote, every message with author and time, and
 * whether it is open or resolved. Empty when there are no threads.
 */
export function renderCommentListMarkdown(
  threads: readonly NumberedThread[],
  timeZone: string,
  locale: ExportLocale,
): string {
  if (threads.length === 0) return '';
  return `## Comments\n\n${threads.map((thread) => renderThread(thread, timeZone, locale)).join('\n')}\n`;
}
