import { useEffect, useRef } from 'react';
import type { WorkspaceLayout } from './layout/use-workspace-layout';
import type { WorkspaceCommands } from './workspace-commands';
import { workspaceCommandForKey } from './workspace-shortcuts';

/** The editor screen's own keys, wherever the focus is in it; keys the text or a dialog already handled are left alone. */
export function useWorkspaceShortcuts(commands: WorkspaceCommands, layout: WorkspaceLayout): void {
  // Read at key time, not from the render that registered the listener: Esc right after F8 must leave.
  const current = useRef(layout);
  current.current = layout;
  useEffect(() => {
    // Esc leaves focus mode before the text sees it (the text swallows Esc), unless a panel or dialog owns it.
    const onEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !current.current.focusMode || document.querySelector('dialog[open]')) return;
      if (event.target instanceof Element && event.target.closest('.find-panel, .insert-menu, [role="toolbar"]'))
        return;
      event.preventDefault();
      current.current.leaveFocusMode();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const command = workspaceCommandForKey(event);
      if (command && commands.run(command)) event.preventDefault();
    };
    document.addEventListener('keydown', onEscape, true);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onEscape, true);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [commands]);
}
