import type { AnchoredReview } from '../../common/import/anchor-imported-review';
import type { DocxConversion } from './docx-to-html';

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Sentences for the user about the Word document's comments and tracked changes: what came in, what did not. */
export function describeDocxReview(review: DocxConversion['review'], anchored: AnchoredReview): string[] {
  const notices: string[] = [];
  const { threads, suggestions } = anchored.review;
  if (threads.length > 0) {
    const messages = threads.reduce((sum, thread) => sum + thread.messages.length, 0);
    const unanchored = anchored.unanchoredThreads;
    notices.push(
      `The document's comments are in the review column: ${plural(threads.length, 'thread', 'threads')}, ${plural(messages, 'comment', 'comments')}, each with its author and time.${
        unanchored > 0
          ? ` ${plural(unanchored, 'thread was', 'threads were')} on text the import takes out of the body, such as the title, and ${unanchored === 1 ? 'quotes' : 'quote'} the words ${unanchored === 1 ? 'it was' : 'they were'} on.`
          : ''
      }`,
    );
  }
  if (suggestions.length > 0) {
    notices.push(
      `The document's tracked changes are suggested edits: ${plural(suggestions.length, 'change', 'changes')}, each with its author and time, to accept or reject in the review column.`,
    );
  }
  if (anchored.lostSuggestions > 0) {
    notices.push(
      `${plural(anchored.lostSuggestions, 'tracked change was', 'tracked changes were')} in text the import takes out of the body, such as the title, and ${anchored.lostSuggestions === 1 ? 'is' : 'are'} not offered: check ${anchored.lostSuggestions === 1 ? 'it' : 'them'} in Word.`,
    );
  }
  const { paragraphs, rows, moves, formatting, overLimit } = review.acceptedChanges;
  const accepted = [
    paragraphs > 0 ? plural(paragraphs, 'paragraph break', 'paragraph breaks') : '',
    rows > 0 ? plural(rows, 'deleted table row', 'deleted table rows') : '',
    moves > 0 ? plural(moves, 'move', 'moves') : '',
    formatting > 0 ? plural(formatting, 'formatting change', 'formatting changes') : '',
    overLimit > 0 ? `${overLimit} more past the 5,000 suggestions a briefing holds` : '',
  ].filter(Boolean);
  if (accepted.length > 0) {
    notices.push(
      `Some tracked changes cannot be suggested edits in a briefing and are shown as if accepted (${accepted.join(', ')}): compare the text with the document in Word before you rely on it.`,
    );
  }
  if (review.commentsLeftOut > 0) {
    notices.push(
      `${plural(review.commentsLeftOut, 'comment was', 'comments were')} not brought in (a briefing holds at most 500 threads of 200 comments): read ${review.commentsLeftOut === 1 ? 'it' : 'them'} in Word.`,
    );
  }
  return notices;
}
