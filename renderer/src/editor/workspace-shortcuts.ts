import type { WorkspaceCommand } from './workspace-commands';

/**
 * The workspace command a key press asks for, whatever has the focus in the editor
 * screen: Ctrl+S save, Ctrl+P export, Ctrl+F (or F3) find, Ctrl+Alt+B side panel, F8 focus mode.
 */
export function workspaceCommandForKey(event: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}): WorkspaceCommand | undefined {
  const modifier = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  if (modifier && !event.altKey && !event.shiftKey) {
    if (key === 's') return 'save';
    if (key === 'p') return 'export';
    if (key === 'f') return 'find';
  }
  if (modifier && event.altKey && !event.shiftKey && key === 'b') return 'toggle-side-panel';
  if (!modifier && !event.altKey && !event.shiftKey && event.key === 'F8') return 'toggle-focus-mode';
  if (!modifier && !event.altKey && !event.shiftKey && event.key === 'F3') return 'find';
  return undefined;
}
