import { type ICommentOptions, Paragraph, TextRun } from 'docx';
import type { CommentThread, SuggestionRecord } from '../../../common/review/review-records';

/** What a review DOCX needs for comments and tracked changes, handed out as the body is converted. */
export interface DocxReview {
  /** Word's ids of a thread's comments (first message, then replies); [] for a thread the review does not hold. */
  commentIds(threadId: string): number[];
  /** A tracked change's Word id, author and time; undefined for a suggestion nobody recorded. */
  revision(suggestionId: string | number): { id: number; author: string; date: string } | undefined;
  /** Every comment of the threads anchored in the text: each thread's first message, its replies threaded under it. */
  comments(): ICommentOptions[];
}

const initialsOf = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('')
    .slice(0, 4);

/** Word comments and revisions for a briefing's review: the threads in `word/comments.xml`, suggestions as w:ins/w:del. */
export function createDocxReview(
  threads: readonly CommentThread[],
  suggestions: readonly SuggestionRecord[],
): DocxReview {
  const byThread = new Map(threads.map((thread) => [thread.id, thread]));
  const records = new Map(suggestions.map((record) => [record.id, record]));
  const anchored = new Map<string, number>();
  let nextCommentId = 0;
  let nextRevisionId = 1;
  const anchoredThreads: { thread: CommentThread; id: number }[] = [];
  return {
    commentIds(threadId) {
      const thread = byThread.get(threadId);
      if (!thread) return [];
      let id = anchored.get(threadId);
      if (id === undefined) {
        id = nextCommentId;
        // Replies take the ids after their thread's first comment.
        nextCommentId += thread.messages.length;
        anchored.set(threadId, id);
        anchoredThreads.push({ thread, id });
      }
      const first = id;
      return thread.messages.map((_message, index) => first + index);
    },
    revision(suggestionId) {
      const record = records.get(suggestionId);
      if (!record) return undefined;
      const id = nextRevisionId;
      nextRevisionId += 1;
      return { id, author: record.author, date: record.at };
    },
    comments() {
      return anchoredThreads.flatMap(({ thread, id }) =>
        thread.messages.map((message, index) => ({
          id: id + index,
          author: message.author,
          initials: initialsOf(message.author),
          date: new Date(message.at),
          ...(index > 0 ? { parentId: id } : {}),
          ...(thread.resolved ? { resolved: true } : {}),
          children: [new Paragraph({ children: [new TextRun(message.text)] })],
        })),
      );
    },
  };
}
