/**
 * Runs `task` when the browser has idle time (at the latest after `timeoutMs`),
 * so background work (counts, outline, autosave) stays out of keystroke frames.
 * Returns a function that cancels it.
 */
export function whenIdle(task: () => void, timeoutMs = 1000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(() => task(), { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, 0);
  return () => clearTimeout(handle);
}
