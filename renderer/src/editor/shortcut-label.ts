const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** A ProseMirror-style shortcut ("Mod-Shift-x") as the user reads it ("Ctrl+Shift+X" or "⌘+Shift+X"). */
export function shortcutLabel(shortcut: string): string {
  return shortcut
    .split('-')
    .map((part) => {
      if (part === 'Mod') return isMac ? '⌘' : 'Ctrl';
      if (part === 'Alt') return isMac ? 'Option' : 'Alt';
      if (part === 'ArrowUp') return '↑';
      if (part === 'ArrowDown') return '↓';
      return part.length === 1 ? part.toUpperCase() : part;
    })
    .join('+');
}

/** The same shortcut for `aria-keyshortcuts` ("Control+Shift+X"). */
export function ariaShortcut(shortcut: string): string {
  return shortcut
    .split('-')
    .map((part) => {
      if (part === 'Mod') return isMac ? 'Meta' : 'Control';
      return part.length === 1 ? part.toUpperCase() : part;
    })
    .join('+');
}
