import { BrowserWindow } from 'electron';
import { type MenuCommand, menuCommandChannel } from '../../common/ipc-channels';

/**
 * The editor window's lifecycle: none before the app can serve it (protocol and IPC registered), at most one
 * opened for Dock clicks and second instances, and one opened for a menu command when none is open (macOS).
 */
export class EditorWindows {
  #window: BrowserWindow | undefined;
  #serving = false;

  constructor(private readonly create: () => BrowserWindow) {}

  get current(): BrowserWindow | undefined {
    return this.#window;
  }

  /** Called once `app://` and IPC are registered: from now on windows may open; opens the first. */
  startServing(): void {
    this.#serving = true;
    if (!this.#window) this.#open();
  }

  /** Dock click, second instance: bring the window forward, or open one; nothing before start-up is done. */
  focusOrOpen(): void {
    if (!this.#serving) return;
    const window = this.#window ?? this.#open();
    if (window.isMinimized()) window.restore();
    window.focus();
  }

  /** Forwards a menu command to the focused editor window, opening one first when none is open. */
  sendCommand(command: MenuCommand): void {
    const target = BrowserWindow.getFocusedWindow() ?? this.#window;
    if (target) {
      target.webContents.send(menuCommandChannel, command);
      return;
    }
    if (!this.#serving) return;
    const opened = this.#open();
    // The preload keeps the command until the page subscribes.
    opened.webContents.once('did-finish-load', () => opened.webContents.send(menuCommandChannel, command));
  }

  #open(): BrowserWindow {
    const window = this.create();
    this.#window = window;
    window.on('closed', () => {
      if (this.#window === window) this.#window = undefined;
    });
    return window;
  }
}
