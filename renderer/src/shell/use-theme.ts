import { useEffect } from 'react';
import type { Settings } from '../../../electron/common/settings';

/** Applies the theme preference to the document; `system` follows the operating system. */
export function useTheme(theme: Settings['theme'] | undefined): void {
  useEffect(() => {
    const root = document.documentElement;
    if (!theme || theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);
}
