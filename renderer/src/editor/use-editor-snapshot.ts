import type { Editor } from '@tiptap/core';
import { useEffect, useRef, useState } from 'react';

/**
 * A value derived from the editor, recomputed a short while after changes
 * (never inside the keystroke's frame) and stored in React state only when
 * it differs, so typing does not re-render the components that use it.
 */
export function useEditorSnapshot<T>(
  editor: Editor,
  compute: (editor: Editor) => T,
  options: { delayMs: number; events?: ('transaction' | 'update' | 'selectionUpdate')[]; key?: (value: T) => string },
): T {
  const [value, setValue] = useState(() => compute(editor));
  const computeRef = useRef(compute);
  computeRef.current = compute;
  const { delayMs, events = ['transaction'], key = JSON.stringify } = options;
  const eventList = events.join(' ');
  const keyRef = useRef(key);
  keyRef.current = key;

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastKey = keyRef.current(computeRef.current(editor));
    const refresh = () => {
      timer = undefined;
      if (editor.isDestroyed) return;
      const next = computeRef.current(editor);
      const nextKey = keyRef.current(next);
      if (nextKey !== lastKey) {
        lastKey = nextKey;
        setValue(next);
      }
    };
    const schedule = () => {
      timer ??= setTimeout(refresh, delayMs);
    };
    const names = eventList.split(' ') as typeof events;
    for (const event of names) editor.on(event, schedule);
    refresh();
    return () => {
      clearTimeout(timer);
      for (const event of names) editor.off(event, schedule);
    };
  }, [editor, delayMs, eventList]);

  return value;
}
