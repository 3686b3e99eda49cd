import type { ContextMenuTarget } from '../../common/context-menu/context-menu-items';

/** The fields of Electron's `context-menu` parameters the menu is built from (no `electron` import here). */
export interface NativeContextMenuParams {
  isEditable: boolean;
  selectionText: string;
  linkURL: string;
  misspelledWord: string;
  dictionarySuggestions: string[];
}

/**
 * What Electron says was right-clicked, as a menu target. The editor opens its own menu (it knows its
 * misspellings and links), so this serves the other places: text fields, selected text, links. Chromium's
 * misspellings have no "ignore" (it keeps no per-session list); link editing belongs to the editor.
 */
export function contextMenuTargetOf(params: NativeContextMenuParams): ContextMenuTarget {
  return {
    editable: params.isEditable,
    hasSelection: params.selectionText.trim() !== '',
    ...(params.misspelledWord
      ? {
          misspelling: {
            word: params.misspelledWord,
            suggestions: params.dictionarySuggestions,
            canIgnore: false,
          },
        }
      : {}),
    ...(params.linkURL ? { link: { href: params.linkURL, editable: false } } : {}),
  };
}
