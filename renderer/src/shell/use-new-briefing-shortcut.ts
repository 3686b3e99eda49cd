import { useEffect } from 'react';
import type { Route } from './route';

/** Ctrl+N (⌘N) opens the New briefing screen from anywhere in the window, as File → New Briefing does. */
export function useNewBriefingShortcut(navigate: (route: Route) => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.shiftKey) return;
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'n') return;
      event.preventDefault();
      navigate({ screen: 'new-briefing' });
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [navigate]);
}
