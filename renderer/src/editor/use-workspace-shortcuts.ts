import { useEffect } from 'react';
import type { WorkspaceLayout } from './layout/use-workspace-layout';
import type { WorkspaceCommands } from './workspace-commands';
import { workspaceCommandForKey } from './workspace-shortcuts';

/** The editor screen's own keys, wherever the focus is in it; keys the text or a dialog already handled are left alone. */
export function useWorkspaceShortcuts(commands: WorkspaceCommands, layout: WorkspaceLayout): void {
  const { focusMode, leaveFocusMode } = layout;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      if (event.key === 'Escape' && focusMode && !document.querySelector('dialog[open]')) {
        event.preventDefault();
        leaveFocusMode();
        return;
      }
      const command = workspaceCommandForKey(event);
      if (command && commands.run(command)) event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [commands, focusMode, leaveFocusMode]);
}
