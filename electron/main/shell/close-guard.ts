import type { App, BrowserWindow } from 'electron';
import { requestPageFlush } from './close-handshake';

export interface CloseGuardOptions {
  /** Waits for main's own work in flight (IPC handlers writing to disk). */
  settleWork: () => Promise<void>;
  /** Writes buffered state and closes the services; runs once, before the app quits. */
  closeServices: () => Promise<void>;
  logError: (message: string, error: unknown) => void;
}

/**
 * Neither closing a window nor quitting drops text: a window closes only after its page has saved and main
 * has written; the app quits only after every window did so and the services are closed. On macOS
 * `before-quit` comes before the windows close, so quitting flushes the windows itself.
 */
export class CloseGuard {
  readonly #flushed = new WeakSet<BrowserWindow>();
  readonly #flushing = new WeakMap<BrowserWindow, Promise<void>>();
  #quitState: 'running' | 'closing' | 'closed' = 'running';

  constructor(private readonly options: CloseGuardOptions) {}

  /** Holds `window`'s close until its page has flushed. */
  watch(window: BrowserWindow): void {
    window.on('close', (event) => {
      if (this.#flushed.has(window)) return;
      event.preventDefault();
      void this.#flush(window).then(() => {
        if (!window.isDestroyed()) window.close();
      });
    });
  }

  /** Holds the quit until every window has flushed, main's work has settled and the services are closed. */
  install(app: App, windows: () => BrowserWindow[]): void {
    app.on('before-quit', (event) => {
      if (this.#quitState === 'closed') return;
      event.preventDefault();
      if (this.#quitState === 'closing') return;
      this.#quitState = 'closing';
      void Promise.all(windows().map((window) => this.#flush(window)))
        .then(() => this.options.closeServices())
        .catch((error: unknown) => this.options.logError('Closing the services failed', error))
        .finally(() => {
          this.#quitState = 'closed';
          app.quit();
        });
    });
  }

  #flush(window: BrowserWindow): Promise<void> {
    const running = this.#flushing.get(window);
    if (running) return running;
    const flushing = requestPageFlush(window)
      .then(() => this.options.settleWork())
      .finally(() => this.#flushed.add(window));
    this.#flushing.set(window, flushing);
    return flushing;
  }
}
