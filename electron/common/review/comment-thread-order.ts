import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { CommentThread } from './review-records';

/** A thread with the number a review export and the comments panel give it. */
export interface NumberedThread {
  number: number;
  thread: CommentThread;
  /** False when the commented text has been deleted from the body. */
  anchored: boolean;
}

/** Threads numbered in the order their anchors first appear in the body; threads whose text is gone come last. */
export function numberCommentThreads(document: ProseMirrorNode, threads: readonly CommentThread[]): NumberedThread[] {
  const firstSeen = new Map<string, number>();
  document.descendants((node, position) => {
    for (const mark of node.marks) {
      if (mark.type.name === 'comment' && !firstSeen.has(mark.attrs.threadId))
        firstSeen.set(mark.attrs.threadId, position);
    }
  });
  const place = (thread: CommentThread) => firstSeen.get(thread.id) ?? Number.MAX_SAFE_INTEGER;
  return [...threads]
    .sort((a, b) => place(a) - place(b))
    .map((thread, index) => ({ number: index + 1, thread, anchored: firstSeen.has(thread.id) }));
}
