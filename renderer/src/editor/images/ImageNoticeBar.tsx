import { useEffect, useState } from 'react';
import type { ImageNotice } from './image-input';

/** How long a notice that needs nothing from the author stays. */
const noticeMs = 20_000;

/** What happened to the last picture added: scaled (with "Keep the original"), refused (why), or being added. */
export function ImageNoticeBar({ notice, onDismiss }: { notice: ImageNotice | undefined; onDismiss: () => void }) {
  const [keeping, setKeeping] = useState(false);
  useEffect(() => {
    setKeeping(false);
    if (!notice || notice.problem || notice.keepOriginal) return;
    const timer = setTimeout(onDismiss, noticeMs);
    return () => clearTimeout(timer);
  }, [notice, onDismiss]);
  if (!notice?.text) return <span className="image-notice" role="status" />;
  return (
    <span
      className={`image-notice${notice.problem ? ' image-notice-problem' : ''}`}
      role={notice.problem ? 'alert' : 'status'}
    >
      {notice.text}
      {notice.keepOriginal ? (
        <button
          type="button"
          disabled={keeping}
          onClick={() => {
            setKeeping(true);
            notice.keepOriginal?.();
          }}
        >
          Keep the original instead
        </button>
      ) : null}
      <button type="button" aria-label="Dismiss the picture notice" onClick={onDismiss}>
        ✕
      </button>
    </span>
  );
}
