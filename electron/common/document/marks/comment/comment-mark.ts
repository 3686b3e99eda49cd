import { suggestChangesKey } from '@handlewithcare/prosemirror-suggest-changes';
import { Mark } from '@tiptap/core';
import type { Mark as ProseMirrorMark } from '@tiptap/pm/model';
import { commentThreadIdSchema } from '../../../review/review-records';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    comment: {
      /** Anchors thread `threadId` to the selected text; the thread itself lives in the briefing's review metadata. */
      setComment: (threadId: string) => ReturnType;
      /** Removes every anchor of thread `threadId` from the text, e.g. when the thread is deleted. */
      unsetComment: (threadId: string) => ReturnType;
    };
  }
}

/** The thread id a `comment` element names, or null when it names none or an invalid one. */
export function parseCommentThreadId(value: string | null): string | null {
  return commentThreadIdSchema.safeParse(value).success ? value : null;
}

/**
 * The text a comment thread is anchored to. Threads may overlap (`excludes: ''`), and typing at
 * the edge of an anchor never extends it. Adding or removing an anchor is never a suggested edit.
 */
export const CommentMark = Mark.create({
  name: 'comment',
  inclusive: false,
  excludes: '',

  addAttributes() {
    return {
      threadId: {
        default: null,
        parseHTML: (element) => parseCommentThreadId(element.getAttribute('data-comment-thread')),
        renderHTML: (attributes) => ({ 'data-comment-thread': attributes.threadId }),
      },
    };
  },

  parseHTML() {
    return [
      // A review export's margin number describes the comment; it is not the briefing's text.
      { tag: 'sup.comment-marker', ignore: true, priority: 100 },
      {
        tag: 'span[data-comment-thread]',
        getAttrs: (element) => (parseCommentThreadId(element.getAttribute('data-comment-thread')) ? null : false),
      },
    ];
  },

  renderHTML({ HTMLAttributes }) {
    return ['span', { ...HTMLAttributes, class: 'comment-anchor' }, 0];
  },

  addCommands() {
    return {
      setComment:
        (threadId) =>
        ({ tr, state, dispatch }) => {
          const { from, to, empty } = state.selection;
          const comment = state.schema.marks.comment;
          if (empty || !comment || !parseCommentThreadId(threadId)) return false;
          if (dispatch) {
            tr.addMark(from, to, comment.create({ threadId }));
            tr.setMeta(suggestChangesKey, { skip: true });
          }
          return true;
        },
      unsetComment:
        (threadId) =>
        ({ tr, state, dispatch }) => {
          const anchors: { from: number; to: number; mark: ProseMirrorMark }[] = [];
          state.doc.descendants((node, position) => {
            const mark = node.marks.find(
              (candidate) => candidate.type.name === 'comment' && candidate.attrs.threadId === threadId,
            );
            if (mark) anchors.push({ from: position, to: position + node.nodeSize, mark });
          });
          if (anchors.length === 0) return false;
          if (dispatch) {
            for (const anchor of anchors) tr.removeMark(anchor.from, anchor.to, anchor.mark);
            tr.setMeta(suggestChangesKey, { skip: true });
          }
          return true;
        },
    };
  },
});
