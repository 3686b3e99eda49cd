import { EventEmitter } from 'node:events';
import path from 'node:path';
import { record } from './electron-record.ts';
import { preventableEvent, RecordingBrowserWindow } from './recording-windows.ts';

/** How the run ends: the scenario prints its record, then the process exits, as Electron's would. */
export const processExit: { handler: (code: number) => void } = {
  handler: (code) => process.exit(code),
};

/** Where `app.getPath` points, and what the single-instance lock answers; set by a scenario before main loads. */
export const appEnvironment = {
  root: process.env.RECORDING_ELECTRON_ROOT ?? path.join(process.cwd(), 'recording-electron-paths'),
  appPath: process.cwd(),
  singleInstanceLock: true,
};

/** Stands in for Electron's `app`: events, paths, the ready promise and the quit sequence. */
class RecordingApp extends EventEmitter {
  readonly isPackaged = false;
  readonly commandLine = {
    appendSwitch: (name: string, value?: string) => record('app.commandLine.appendSwitch', { name, value }),
  };
  readonly #paths = new Map<string, string>();
  #ready = false;
  #quitting = false;
  #exited = false;
  #resolveReady: () => void = () => undefined;
  readonly #whenReady = new Promise<void>((resolve) => {
    this.#resolveReady = resolve;
  });

  getPath(name: string): string {
    const known = this.#paths.get(name);
    if (known) return known;
    if (name === 'userData') return path.join(this.getPath('appData'), 'Briefdesk');
    if (name === 'sessionData') return this.getPath('userData');
    return path.join(appEnvironment.root, name);
  }

  setPath(name: string, value: string): void {
    record('app.setPath', { name, value, afterReady: this.#ready });
    this.#paths.set(name, value);
  }

  getAppPath(): string {
    return appEnvironment.appPath;
  }

  getVersion(): string {
    return '0.0.0-recording';
  }

  getName(): string {
    return 'Briefdesk';
  }

  enableSandbox(): void {
    record('app.enableSandbox', { afterReady: this.#ready });
  }

  requestSingleInstanceLock(): boolean {
    record('app.requestSingleInstanceLock', { granted: appEnvironment.singleInstanceLock });
    return appEnvironment.singleInstanceLock;
  }

  isReady(): boolean {
    return this.#ready;
  }

  whenReady(): Promise<void> {
    return this.#whenReady;
  }

  isQuitting(): boolean {
    return this.#quitting;
  }

  /** Called by the scenario: what Electron does once Chromium has started. */
  becomeReady(): void {
    record('app.emit:ready');
    this.#ready = true;
    this.emit('ready', preventableEvent(), {});
    this.#resolveReady();
  }

  /** Electron's order: `before-quit`, then every window's `close`, then `will-quit`, `quit` and the exit. */
  quit(): void {
    record('app.quit');
    if (this.#exited) return;
    const beforeQuit = preventableEvent();
    this.emit('before-quit', beforeQuit);
    if (beforeQuit.defaultPrevented) {
      record('app.quit-cancelled', { by: 'before-quit' });
      return;
    }
    this.#quitting = true;
    for (const window of RecordingBrowserWindow.getAllWindows()) {
      window.close();
      if (!window.isDestroyed()) {
        this.#quitting = false;
        record('app.quit-cancelled', { by: 'window close' });
        return;
      }
    }
    this.emit('will-quit', preventableEvent());
    this.emit('quit', preventableEvent(), 0);
    this.exit(0);
  }

  exit(code = 0): void {
    if (this.#exited) return;
    this.#exited = true;
    record('app.exit', { code });
    processExit.handler(code);
  }
}

export const app = new RecordingApp();
