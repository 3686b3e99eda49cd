import type { MenuCommand } from '../../../electron/common/ipc-channels';

/** What the keyboard, the application menu and the top bar can ask of an open briefing. */
export type WorkspaceCommand =
  | 'save'
  | 'export'
  | 'find'
  | 'toggle-side-panel'
  | 'toggle-focus-mode'
  | 'direction-ltr'
  | 'direction-rtl'
  | 'direction-auto'
  | 'direction-follow-language';

/**
 * One open briefing's command channel: shortcuts and menu items `run` a command,
 * the part of the workspace that owns it listens with `on`, so neither knows the other.
 */
export class WorkspaceCommands {
  readonly #listeners = new Map<WorkspaceCommand, Set<() => void>>();

  /** Calls `listener` whenever `command` runs; returns a function that stops listening. */
  on(command: WorkspaceCommand, listener: () => void): () => void {
    const listeners = this.#listeners.get(command) ?? new Set();
    listeners.add(listener);
    this.#listeners.set(command, listeners);
    return () => listeners.delete(listener);
  }

  /** Runs `command`; true when something listened. */
  run(command: WorkspaceCommand): boolean {
    const listeners = [...(this.#listeners.get(command) ?? [])];
    for (const listener of listeners) listener();
    return listeners.length > 0;
  }
}

const workspaceCommandForMenu: Partial<Record<MenuCommand, WorkspaceCommand>> = {
  'save-briefing': 'save',
  'export-briefing': 'export',
  'find-in-briefing': 'find',
  'toggle-side-panel': 'toggle-side-panel',
  'toggle-focus-mode': 'toggle-focus-mode',
  'direction-ltr': 'direction-ltr',
  'direction-rtl': 'direction-rtl',
  'direction-auto': 'direction-auto',
  'direction-follow-language': 'direction-follow-language',
};

/** Runs the open briefing's part of an application-menu command; other commands are the shell's. */
export function runMenuCommand(commands: WorkspaceCommands, command: MenuCommand): void {
  const workspaceCommand = workspaceCommandForMenu[command];
  if (workspaceCommand) commands.run(workspaceCommand);
}
