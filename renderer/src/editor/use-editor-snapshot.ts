import type { Editor } from '@tiptap/core';
import { useEffect, useRef, useState } from 'react';
import { whenIdle } from './when-idle';

/**
 * A value derived from the editor, recomputed a short while after changes
 * (never inside the keystroke's frame) and stored in React state only when
 * it differs, so typing does not re-render the components that use it.
 */
export function useEditorSnapshot<T>(
  editor: Editor,
  compute: (editor: Editor) => T,
  options: {
    delayMs: number;
    events?: ('transaction' | 'update' | 'selectionUpdate')[];
    key?: (value: T) => string;
    /** A value to show before the first computation, when computing at mount would slow the opening. */
    initial?: T;
  },
): T {
  const [value, setValue] = useState(() => ('initial' in options ? (options.initial as T) : compute(editor)));
  const computeRef = useRef(compute);
  computeRef.current = compute;
  const { delayMs, events = ['transaction'], key = JSON.stringify } = options;
  const eventList = events.join(' ');
  const keyRef = useRef(key);
  keyRef.current = key;
  const valueRef = useRef(value);
  valueRef.current = value;

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let cancelIdle: (() => void) | undefined;
    let lastKey = keyRef.current(valueRef.current);
    const refresh = () => {
      timer = undefined;
      cancelIdle = undefined;
      if (editor.isDestroyed) return;
      const next = computeRef.current(editor);
      const nextKey = keyRef.current(next);
      if (nextKey !== lastKey) {
        lastKey = nextKey;
        setValue(next);
      }
    };
    const schedule = () => {
      if (timer !== undefined || cancelIdle !== undefined) return;
      timer = setTimeout(() => {
        cancelIdle = whenIdle(refresh);
      }, delayMs);
    };
    const names = eventList.split(' ') as typeof events;
    for (const event of names) editor.on(event, schedule);
    schedule();
    return () => {
      clearTimeout(timer);
      cancelIdle?.();
      for (const event of names) editor.off(event, schedule);
    };
  }, [editor, delayMs, eventList]);

  return value;
}
