import { EventEmitter } from 'node:events';
import { record } from './electron-record.ts';
import { app } from './recording-app.ts';
import { type RecordingSession, session } from './recording-session.ts';

/** What the page in a window does when main sends it a message; set by a scenario. */
export const simulatedRenderer: {
  onMessage?: (contents: RecordingWebContents, channel: string, args: unknown[]) => void;
} = {};

/** An Electron event whose default the code may prevent. */
export function preventableEvent(extra: Record<string, unknown> = {}) {
  const event = {
    ...extra,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

let nextId = 1;

// Electron turns a named page size into inches with two decimals (A4: 8.27 × 11.7 in).
const namedPageInches: Record<string, { width: number; height: number }> = {
  A4: { width: 8.27, height: 11.7 },
  Letter: { width: 8.5, height: 11 },
};

/** The parts of `webContents` Briefdesk uses: loading, messages to the page, printing, crash events. */
export class RecordingWebContents extends EventEmitter {
  readonly id = nextId++;
  #url = '';
  #destroyed = false;

  readonly session: RecordingSession;

  constructor(windowSession: RecordingSession) {
    super();
    this.session = windowSession;
  }

  async loadURL(url: string): Promise<void> {
    record('webContents.loadURL', { id: this.id, url });
    if (!this.session.canLoad(url)) {
      record('webContents.load-failed', { id: this.id, url, error: 'ERR_UNKNOWN_URL_SCHEME' });
      throw new Error(`ERR_UNKNOWN_URL_SCHEME (-302) loading '${url}'`);
    }
    this.#url = url;
    await new Promise((resolve) => setImmediate(resolve));
    record('webContents.did-finish-load', { id: this.id, url });
    this.emit('did-finish-load');
  }

  getURL(): string {
    return this.#url;
  }

  reload(): void {
    record('webContents.reload', { id: this.id });
    void this.loadURL(this.#url);
  }

  send(channel: string, ...args: unknown[]): void {
    record('webContents.send', { id: this.id, channel, args });
    simulatedRenderer.onMessage?.(this, channel, args);
  }

  cut(): void {
    record('webContents.cut', { id: this.id });
  }

  copy(): void {
    record('webContents.copy', { id: this.id });
  }

  paste(): void {
    record('webContents.paste', { id: this.id });
  }

  pasteAndMatchStyle(): void {
    record('webContents.pasteAndMatchStyle', { id: this.id });
  }

  replaceMisspelling(text: string): void {
    record('webContents.replaceMisspelling', { id: this.id, text });
  }

  setWindowOpenHandler(_handler: unknown): void {
    record('webContents.setWindowOpenHandler', { id: this.id });
  }

  async executeJavaScript(_code: string, _userGesture?: boolean): Promise<unknown> {
    return { fonts: 0, images: 0 };
  }

  /** Records the options and answers with an empty page of the size Electron would make from them. */
  async printToPDF(options: { pageSize?: string | { width: number; height: number } }): Promise<Buffer> {
    record('webContents.printToPDF', { id: this.id, options });
    const size =
      typeof options.pageSize === 'object' ? options.pageSize : namedPageInches[options.pageSize ?? 'Letter'];
    if (!size) throw new Error(`Unsupported page size ${String(options.pageSize)}`);
    const { PDFDocument } = await import('pdf-lib');
    const pdf = await PDFDocument.create();
    pdf.addPage([size.width * 72, size.height * 72]);
    return Buffer.from(await pdf.save());
  }

  isDestroyed(): boolean {
    return this.#destroyed;
  }

  destroy(): void {
    this.#destroyed = true;
  }
}

const windows: RecordingBrowserWindow[] = [];
let focused: RecordingBrowserWindow | undefined;

/** Stands in for `BrowserWindow`: records its options and lifecycle, loads through its session. */
export class RecordingBrowserWindow extends EventEmitter {
  static getAllWindows(): RecordingBrowserWindow[] {
    return [...windows];
  }

  static getFocusedWindow(): RecordingBrowserWindow | null {
    return focused && windows.includes(focused) ? focused : null;
  }

  readonly id: number;
  readonly webContents: RecordingWebContents;
  #destroyed = false;
  #visible = false;
  #minimized = false;

  constructor(options: { show?: boolean; webPreferences?: { session?: RecordingSession } } = {}) {
    super();
    const windowSession = options.webPreferences?.session ?? session.defaultSession;
    this.webContents = new RecordingWebContents(windowSession);
    this.id = this.webContents.id;
    record('BrowserWindow.new', { id: this.id, partition: windowSession.partition, show: options.show ?? true });
    windows.push(this);
    app.emit('web-contents-created', preventableEvent(), this.webContents);
    this.webContents.on('did-finish-load', () => {
      if (!this.#destroyed) this.emit('ready-to-show');
    });
  }

  loadURL(url: string): Promise<void> {
    return this.webContents.loadURL(url);
  }

  show(): void {
    record('BrowserWindow.show', { id: this.id });
    this.#visible = true;
    focused = this;
  }

  isVisible(): boolean {
    return this.#visible;
  }

  focus(): void {
    record('BrowserWindow.focus', { id: this.id });
    focused = this;
  }

  isMinimized(): boolean {
    return this.#minimized;
  }

  restore(): void {
    this.#minimized = false;
  }

  isDestroyed(): boolean {
    return this.#destroyed;
  }

  /** Like a click on the close button: `close` may be prevented; otherwise the window goes. */
  close(): void {
    if (this.#destroyed) return;
    const event = preventableEvent();
    this.emit('close', event);
    record('BrowserWindow.close', { id: this.id, prevented: event.defaultPrevented });
    if (!event.defaultPrevented) this.destroy();
  }

  destroy(): void {
    if (this.#destroyed) return;
    this.#destroyed = true;
    this.webContents.destroy();
    windows.splice(windows.indexOf(this), 1);
    record('BrowserWindow.closed', { id: this.id });
    this.emit('closed');
    if (windows.length === 0 && !app.isQuitting()) {
      if (app.listenerCount('window-all-closed') > 0) app.emit('window-all-closed');
      else app.quit();
    }
  }
}
