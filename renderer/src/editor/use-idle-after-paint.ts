import { useEffect, useState } from 'react';
import { whenIdle } from './when-idle';

/**
 * True once `ready` has been true for a painted frame and the page has gone idle: parts beside the
 * text (side panels, status bar) mount then, so a long briefing's text is on screen without waiting for them.
 */
export function useIdleAfterPaint(ready: boolean, timeoutMs = 500): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (!ready || idle) return;
    let cancelIdle: (() => void) | undefined;
    const frame = requestAnimationFrame(() => {
      cancelIdle = whenIdle(() => setIdle(true), timeoutMs);
    });
    return () => {
      cancelAnimationFrame(frame);
      cancelIdle?.();
    };
  }, [ready, idle, timeoutMs]);
  return idle;
}
