import { useId, useState } from 'react';
import type { CommentThread } from '../../../electron/common/review/review-records';

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** An instant as the reader's local date and time. */
export const shownTime = (at: string) => timeFormat.format(new Date(at));

export interface ThreadActions {
  jump: () => void;
  reply: (text: string) => void;
  resolve: () => void;
  reopen: () => void;
  remove: () => void;
}

/** One comment thread: its anchor (a button that jumps there), messages, reply box and settle actions. */
export function CommentThreadItem({
  thread,
  number,
  anchored,
  canAct,
  actions,
}: {
  thread: CommentThread;
  /** Its number in document order, as printed in a review export. */
  number: number;
  /** False once the commented text has been deleted. */
  anchored: boolean;
  canAct: boolean;
  actions: ThreadActions;
}) {
  const [reply, setReply] = useState('');
  const replyId = useId();
  const resolved = thread.resolved !== null;
  const quote = thread.anchorQuote || 'the commented text';
  return (
    <li className={`comment-thread${resolved ? ' comment-thread-resolved' : ''}`} data-thread-id={thread.id}>
      <p className="comment-thread-anchor">
        <span className="comment-number">{number}</span>{' '}
        {anchored ? (
          <button type="button" className="comment-jump" onClick={actions.jump} aria-label={`Go to “${quote}”`}>
            “{quote}”
          </button>
        ) : (
          <span className="comment-orphan">
            “{quote}” <em>(text deleted)</em>
          </span>
        )}
      </p>
      {resolved ? (
        <p className="comment-resolved-note">
          Resolved by {thread.resolved?.by} on {shownTime(thread.resolved?.at ?? '')}
        </p>
      ) : null}
      <ol className="comment-messages">
        {thread.messages.map((message) => (
          <li key={message.id} className="comment-message">
            <p className="comment-meta">
              <strong>{message.author}</strong> <time dateTime={message.at}>{shownTime(message.at)}</time>
            </p>
            <p className="comment-text">{message.text}</p>
          </li>
        ))}
      </ol>
      {canAct ? (
        <form
          className="comment-reply"
          onSubmit={(event) => {
            event.preventDefault();
            if (!reply.trim()) return;
            actions.reply(reply);
            setReply('');
          }}
        >
          <label htmlFor={replyId} className="visually-hidden">
            Reply to comment {number}
          </label>
          <textarea
            id={replyId}
            rows={2}
            value={reply}
            placeholder="Reply…"
            onChange={(event) => setReply(event.target.value)}
          />
          <div className="comment-actions">
            <button type="submit" disabled={!reply.trim()}>
              Reply
            </button>
            {resolved ? (
              <button type="button" onClick={actions.reopen}>
                Reopen
              </button>
            ) : (
              <button type="button" onClick={actions.resolve}>
                Resolve
              </button>
            )}
            <button type="button" onClick={actions.remove} aria-label={`Delete comment ${number}`}>
              Delete
            </button>
          </div>
        </form>
      ) : null}
    </li>
  );
}
