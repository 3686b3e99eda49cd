/** What was right-clicked (or where the menu key was pressed): the facts the menu is built from. */
export interface ContextMenuTarget {
  /** The place takes typing (the editor, a text field). */
  editable: boolean;
  /** Some text is selected. */
  hasSelection: boolean;
  /** The word under the pointer or caret is misspelled: it, and replacements best first. */
  misspelling?: { word: string; suggestions: readonly string[]; canIgnore: boolean };
  /** The pointer or caret is on a link to this address. */
  link?: { href: string; editable: boolean };
}

export type ContextMenuAction =
  | { kind: 'replace-misspelling'; replacement: string }
  | { kind: 'ignore-word' }
  | { kind: 'add-to-dictionary' }
  | { kind: 'cut' }
  | { kind: 'copy' }
  | { kind: 'paste' }
  | { kind: 'paste-as-plain-text' }
  | { kind: 'open-link' }
  | { kind: 'edit-link' }
  | { kind: 'remove-link' };

export type ContextMenuEntry =
  | { type: 'item'; label: string; action: ContextMenuAction | null; enabled: boolean }
  | { type: 'separator' };

/** At most this many suggestions are offered; more only lengthen the menu. */
export const suggestionsShown = 5;

const item = (label: string, action: ContextMenuAction | null, enabled = true): ContextMenuEntry => ({
  type: 'item',
  label,
  action,
  enabled,
});

/**
 * The context menu for a target, the same in Electron's native menu and the editor's own: spelling
 * (suggestions, ignore, add to dictionary), then cut/copy/paste, then the link's actions, each group
 * only where it applies, with separators between groups.
 */
export function contextMenuEntries(target: ContextMenuTarget): ContextMenuEntry[] {
  const groups: ContextMenuEntry[][] = [];
  if (target.misspelling) {
    const { suggestions, canIgnore } = target.misspelling;
    const offered = suggestions.slice(0, suggestionsShown);
    groups.push([
      ...(offered.length > 0
        ? offered.map((replacement) => item(replacement, { kind: 'replace-misspelling', replacement }, target.editable))
        : [item('No suggestions', null, false)]),
      ...(canIgnore ? [item('Ignore', { kind: 'ignore-word' })] : []),
      item('Add to dictionary', { kind: 'add-to-dictionary' }),
    ]);
  }
  if (target.editable) {
    groups.push([
      item('Cut', { kind: 'cut' }, target.hasSelection),
      item('Copy', { kind: 'copy' }, target.hasSelection),
      item('Paste', { kind: 'paste' }),
      item('Paste as plain text', { kind: 'paste-as-plain-text' }),
    ]);
  } else if (target.hasSelection) {
    groups.push([item('Copy', { kind: 'copy' })]);
  }
  if (target.link) {
    groups.push([
      item('Open link', { kind: 'open-link' }),
      ...(target.link.editable
        ? [item('Edit link…', { kind: 'edit-link' }), item('Remove link', { kind: 'remove-link' })]
        : []),
    ]);
  }
  return groups.flatMap((group, index) => (index === 0 ? group : [{ type: 'separator' as const }, ...group]));
}
