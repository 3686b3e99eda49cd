// A recording test double of the `electron` module, for running the built main process under plain Node.
// Test code only: it records what main asks of Electron so that tests can check the order of things.
import { record } from './electron-record.ts';
import { app } from './recording-app.ts';
import { session } from './recording-session.ts';
import { preventableEvent, RecordingBrowserWindow, type RecordingWebContents } from './recording-windows.ts';

export { app, session };
export const BrowserWindow = RecordingBrowserWindow;

type InvokeHandler = (event: unknown, argument: unknown) => unknown;
type MessageListener = (event: unknown, ...args: unknown[]) => void;

const invokeHandlers = new Map<string, InvokeHandler>();
const messageListeners = new Map<string, MessageListener[]>();

function senderEvent(contents: RecordingWebContents) {
  return { ...preventableEvent(), sender: contents, senderFrame: { url: contents.getURL() } };
}

export const ipcMain = {
  handle(channel: string, handler: InvokeHandler): void {
    if (invokeHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    record('ipcMain.handle', { channel });
    invokeHandlers.set(channel, handler);
  },
  on(channel: string, listener: MessageListener): void {
    record('ipcMain.on', { channel });
    messageListeners.set(channel, [...(messageListeners.get(channel) ?? []), listener]);
  },
  removeListener(channel: string, listener: MessageListener): void {
    messageListeners.set(
      channel,
      (messageListeners.get(channel) ?? []).filter((candidate) => candidate !== listener),
    );
  },
};

/** What `ipcRenderer.invoke` in the page of `contents` would reach; rejects like Electron when nothing handles it. */
export async function invokeFromRenderer(contents: RecordingWebContents, channel: string, argument?: unknown) {
  const handler = invokeHandlers.get(channel);
  if (!handler) throw new Error(`No handler registered for '${channel}'`);
  return handler(senderEvent(contents), argument);
}

/** What `ipcRenderer.send` in the page of `contents` would deliver. */
export function sendFromRenderer(contents: RecordingWebContents, channel: string, ...args: unknown[]): void {
  record('renderer.send', { id: contents.id, channel });
  for (const listener of messageListeners.get(channel) ?? []) listener(senderEvent(contents), ...args);
}

export const protocol = {
  registerSchemesAsPrivileged(schemes: unknown): void {
    record('protocol.registerSchemesAsPrivileged', { schemes, afterReady: app.isReady() });
  },
};

interface RecordedMenuItem {
  label?: string;
  submenu?: RecordedMenuItem[];
  click?: (...args: unknown[]) => void;
}

let applicationMenu: { items: RecordedMenuItem[] } | null = null;
let poppedUpMenu: { items: RecordedMenuItem[] } | null = null;

export const Menu = {
  buildFromTemplate(template: RecordedMenuItem[]) {
    const menu = {
      items: template,
      popup(): void {
        record('Menu.popup', { labels: template.map((item) => item.label ?? '—') });
        poppedUpMenu = menu;
      },
    };
    return menu;
  },
  setApplicationMenu(menu: { items: RecordedMenuItem[] } | null): void {
    record('Menu.setApplicationMenu', { afterReady: app.isReady() });
    applicationMenu = menu;
  },
  getApplicationMenu() {
    return applicationMenu;
  },
};

/** Clicks the application-menu item with this label, as a user choosing it would. */
export function clickMenuItem(label: string): void {
  const pending = [...(applicationMenu?.items ?? [])];
  while (pending.length > 0) {
    const item = pending.shift() as RecordedMenuItem;
    if (item.label === label && item.click) {
      record('menu.click', { label });
      item.click(item, BrowserWindow.getFocusedWindow() ?? undefined, {});
      return;
    }
    pending.push(...(item.submenu ?? []));
  }
  throw new Error(`The application menu has no item labelled "${label}".`);
}

/** Clicks the item with this label in the context menu shown last, as a user choosing it would. */
export function clickPopupItem(label: string): void {
  const item = poppedUpMenu?.items.find((candidate) => candidate.label === label);
  if (!item?.click) throw new Error(`The context menu has no item labelled "${label}".`);
  record('popup.click', { label });
  item.click(item, BrowserWindow.getFocusedWindow() ?? undefined, {});
}

export const dialog = {
  showErrorBox(title: string, content: string): void {
    record('dialog.showErrorBox', { title, content });
  },
  async showMessageBox(...args: unknown[]) {
    const options = args.find((argument) => argument && typeof argument === 'object' && 'message' in argument);
    record('dialog.showMessageBox', options);
    return { response: 0, checkboxChecked: false };
  },
  async showSaveDialog(..._args: unknown[]) {
    record('dialog.showSaveDialog');
    return { canceled: true, filePath: '' };
  },
  async showOpenDialog(..._args: unknown[]) {
    record('dialog.showOpenDialog');
    return { canceled: true, filePaths: [] };
  },
};

export const nativeTheme = { shouldUseDarkColors: false };

export const shell = {
  async openExternal(url: string): Promise<void> {
    record('shell.openExternal', { url });
  },
  showItemInFolder(filePath: string): void {
    record('shell.showItemInFolder', { path: filePath });
  },
  async openPath(filePath: string): Promise<string> {
    record('shell.openPath', { path: filePath });
    return '';
  },
};
