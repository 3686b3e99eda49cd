import { type RefObject, useEffect, useRef } from 'react';

const itemSelector = 'button:not(:disabled)';

/**
 * The ARIA toolbar pattern on a container of buttons: one Tab stop (the last item used),
 * ←/→ between items (wrapping), Home/End to the ends, Esc back to `onEscape`,
 * and Alt+F10 from anywhere in the window into the toolbar (as in Word and Google Docs).
 */
export function useRovingToolbar(toolbar: RefObject<HTMLElement | null>, onEscape: () => void): void {
  const current = useRef<HTMLElement>(undefined);
  const leaveToolbar = useRef(onEscape);
  leaveToolbar.current = onEscape;

  // Runs after every render: buttons come and go (the table tools), exactly one keeps tabindex 0.
  useEffect(() => {
    const element = toolbar.current;
    if (!element) return;
    const items = [...element.querySelectorAll<HTMLElement>(itemSelector)];
    const stop = current.current && items.includes(current.current) ? current.current : items[0];
    for (const button of element.querySelectorAll('button')) button.tabIndex = button === stop ? 0 : -1;
  });

  useEffect(() => {
    const element = toolbar.current;
    if (!element) return;
    const itemsNow = () => [...element.querySelectorAll<HTMLElement>(itemSelector)];
    const focusItem = (item: HTMLElement | undefined) => {
      if (!item) return;
      for (const other of itemsNow()) other.tabIndex = other === item ? 0 : -1;
      current.current = item;
      item.focus();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const items = itemsNow();
      const index = items.indexOf(document.activeElement as HTMLElement);
      if (index === -1) return;
      let next: HTMLElement | undefined;
      if (event.key === 'ArrowRight') next = items[(index + 1) % items.length];
      else if (event.key === 'ArrowLeft') next = items[(index - 1 + items.length) % items.length];
      else if (event.key === 'Home') next = items[0];
      else if (event.key === 'End') next = items[items.length - 1];
      else if (event.key === 'Escape') {
        event.preventDefault();
        leaveToolbar.current();
        return;
      } else return;
      event.preventDefault();
      focusItem(next);
    };
    const onFocusIn = (event: FocusEvent) => {
      if (event.target instanceof HTMLElement && itemsNow().includes(event.target)) {
        current.current = event.target;
        for (const other of itemsNow()) other.tabIndex = other === event.target ? 0 : -1;
      }
    };
    const onWindowKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'F10' || !event.altKey || event.defaultPrevented) return;
      event.preventDefault();
      const items = itemsNow();
      focusItem(current.current && items.includes(current.current) ? current.current : items[0]);
    };
    element.addEventListener('keydown', onKeyDown);
    element.addEventListener('focusin', onFocusIn);
    document.addEventListener('keydown', onWindowKeyDown);
    return () => {
      element.removeEventListener('keydown', onKeyDown);
      element.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('keydown', onWindowKeyDown);
    };
  }, [toolbar]);
}
