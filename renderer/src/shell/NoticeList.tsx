import { useState } from 'react';
import type { AppNotice } from '../../../electron/common/app-info';

/** Messages from main that the user should read once, e.g. a damaged file set aside. */
export function NoticeList({ notices }: { notices: AppNotice[] }) {
  const [dismissed, setDismissed] = useState<ReadonlySet<number>>(new Set());
  const visible = notices.map((notice, index) => ({ notice, index })).filter(({ index }) => !dismissed.has(index));
  if (visible.length === 0) return null;
  return (
    <ul className="notice-list" aria-label="Notices">
      {visible.map(({ notice, index }) => (
        <li key={index} className={`message message-${notice.level}`} role="status">
          <span>{notice.message}</span>
          <button type="button" onClick={() => setDismissed(new Set(dismissed).add(index))}>
            Dismiss
          </button>
        </li>
      ))}
    </ul>
  );
}
