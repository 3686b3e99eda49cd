import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { ReviewMarkup } from '../../../common/document/briefing-node-definition';
import type { ExportLocale } from '../../../common/language/export-locale';
import { type NumberedThread, numberCommentThreads } from '../../../common/review/comment-thread-order';
import type { BriefingReview } from '../../../common/review/review-records';
import { formatIsoDateTime } from '../format-export-date';

/** What a review export needs beside the body: the marks' numbers and labels, and the threads for the margin. */
export interface ReviewExport {
  markup: ReviewMarkup;
  threads: NumberedThread[];
}

/**
 * Numbers the comment threads and labels the suggestions of one briefing for a review export.
 * Each answer is given once per thread or suggestion, so a mark split across text runs is
 * numbered and labelled only where it starts.
 */
export function createReviewExport(
  document: ProseMirrorNode,
  review: BriefingReview,
  timeZone: string,
  locale: ExportLocale,
): ReviewExport {
  const threads = numberCommentThreads(document, review.threads);
  const numbers = new Map(threads.map((numbered) => [numbered.thread.id, numbered.number]));
  const records = new Map(review.suggestions.map((record) => [record.id, record]));
  const numbered = new Set<string>();
  const labelled = new Set<string | number>();
  return {
    threads,
    markup: {
      commentNumber(threadId) {
        if (numbered.has(threadId)) return undefined;
        numbered.add(threadId);
        return numbers.get(threadId);
      },
      suggestionBy(id) {
        if (labelled.has(id)) return undefined;
        labelled.add(id);
        const record = records.get(id);
        return record ? `${record.author}, ${formatIsoDateTime(record.at, timeZone, locale)}` : '';
      },
    },
  };
}
