import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { closeFlushedChannel, closeRequestedChannel } from '../../../electron/common/ipc-channels.ts';
import { record } from './electron-record.ts';
import { app, appEnvironment } from './recording-app.ts';
import {
  BrowserWindow,
  clickMenuItem,
  clickPopupItem,
  invokeFromRenderer,
  sendFromRenderer,
} from './recording-electron.ts';
import { preventableEvent, type RecordingWebContents, simulatedRenderer } from './recording-windows.ts';
import { waitForCall, waitForNamed } from './wait-until.ts';

export interface MainScenario {
  /** The app's arguments (after the entry); `--data-dir=<data folder>` when not given. */
  argv?: (dataDir: string) => string[];
  /** Runs before main is loaded: platform, lock, renderer behaviour. */
  prepare?: () => void | Promise<void>;
  run: (context: { dataDir: string }) => Promise<void>;
}

interface IpcAnswer {
  ok: boolean;
  value?: { id: string; revision: number } & Record<string, unknown>;
  error?: { message: string };
}

async function invoke(contents: RecordingWebContents, channel: string, argument?: unknown): Promise<IpcAnswer> {
  return (await invokeFromRenderer(contents, channel, argument)) as IpcAnswer;
}

function actAsMac(): void {
  Object.defineProperty(process, 'platform', { value: 'darwin' });
}

/** The page answers main's close request after its own work, as the preload does. */
function answerCloseRequests(beforeAnswer: (contents: RecordingWebContents) => Promise<void> = async () => {}) {
  simulatedRenderer.onMessage = (contents, channel, args) => {
    if (channel !== closeRequestedChannel) return;
    void beforeAnswer(contents).then(() => sendFromRenderer(contents, closeFlushedChannel, ...args));
  };
}

async function startAndShowWindow(): Promise<RecordingWebContents> {
  app.becomeReady();
  await waitForNamed('BrowserWindow.show');
  const window = BrowserWindow.getAllWindows()[0];
  if (!window) throw new Error('No window after start.');
  return window.webContents;
}

const body = (text: string) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

async function createBriefing(contents: RecordingWebContents) {
  const created = await invoke(contents, 'briefings.create', { metadata: undefined });
  if (!created.ok || !created.value) throw new Error(`briefings.create failed: ${created.error?.message}`);
  return created.value;
}

async function untilExit(): Promise<void> {
  await new Promise(() => undefined);
}

export const mainScenarios: Record<string, MainScenario> = {
  /** A plain start: ready, services, protocol, IPC, window; then quit. */
  start: {
    prepare: () => answerCloseRequests(),
    async run() {
      await startAndShowWindow();
      app.quit();
      await untilExit();
    },
  },

  /** macOS Dock clicks while the services are still opening. */
  'activate-during-start': {
    prepare: () => {
      actAsMac();
      answerCloseRequests();
    },
    async run() {
      app.becomeReady();
      app.emit('activate', preventableEvent(), false);
      app.emit('activate', preventableEvent(), false);
      await waitForNamed('BrowserWindow.show');
      app.emit('activate', preventableEvent(), true);
      await new Promise((resolve) => setTimeout(resolve, 50));
      app.quit();
      await untilExit();
    },
  },

  /** A save is still being written when the user quits. */
  'quit-during-save': {
    prepare: () => answerCloseRequests(),
    async run() {
      const contents = await startAndShowWindow();
      const briefing = await createBriefing(contents);
      record('scenario.save-started');
      void invoke(contents, 'briefings.save', {
        id: briefing.id,
        revision: briefing.revision,
        metadata: briefing.metadata,
        content: body('Saved while quitting'),
      }).then((answer) => record('scenario.save-settled', { ok: answer.ok }));
      app.quit();
      await untilExit();
    },
  },

  /** On macOS, before-quit comes before the windows close: the page's last text must still reach the disk. */
  'quit-with-unsaved-text-on-mac': {
    prepare: () => actAsMac(),
    async run() {
      const contents = await startAndShowWindow();
      const briefing = await createBriefing(contents);
      answerCloseRequests(async (page) => {
        const answer = await invoke(page, 'briefings.save', {
          id: briefing.id,
          revision: briefing.revision,
          metadata: briefing.metadata,
          content: body('Typed just before quitting'),
        });
        record('scenario.flush-saved', { ok: answer.ok });
      });
      app.quit();
      await untilExit();
    },
  },

  /** An export to PDF through IPC, printed by the Electron printer. */
  print: {
    prepare: () => answerCloseRequests(),
    async run({ dataDir }) {
      const contents = await startAndShowWindow();
      const briefing = await createBriefing(contents);
      await mkdir(path.join(dataDir, 'exports'), { recursive: true });
      record('scenario.export-started');
      const answer = await invoke(contents, 'export.run', {
        format: 'pdf',
        ids: [briefing.id],
        pageSize: 'A4',
        destination: path.join(dataDir, 'exports', 'wiring.pdf'),
      });
      record('scenario.exported', { ok: answer.ok, error: answer.error?.message });
      app.quit();
      await untilExit();
    },
  },

  /** macOS with every window closed: a menu command opens a window, then reaches it. */
  'menu-without-window-on-mac': {
    prepare: () => {
      actAsMac();
      answerCloseRequests();
    },
    async run() {
      await startAndShowWindow();
      BrowserWindow.getAllWindows()[0]?.close();
      await waitForNamed('BrowserWindow.closed');
      clickMenuItem('Settings…');
      await waitForCall(
        (call) => call.name === 'webContents.send' && (call.detail as { channel: string }).channel === 'menu.command',
        'the menu command to reach a page',
      );
      app.quit();
      await untilExit();
    },
  },

  /** Right-clicks outside the editor get Electron's menu; the editor's own menu asks main to paste. */
  'context-menu': {
    prepare: () => answerCloseRequests(),
    async run() {
      const contents = await startAndShowWindow();
      const params = {
        isEditable: true,
        selectionText: 'Kyiv',
        linkURL: '',
        misspelledWord: 'Kyiv',
        dictionarySuggestions: ['Kiev'],
      };
      contents.emit('context-menu', preventableEvent(), params);
      await waitForNamed('Menu.popup');
      clickPopupItem('Kiev');
      clickPopupItem('Add to dictionary');
      clickPopupItem('Paste as plain text');
      contents.emit('context-menu', preventableEvent(), { ...params, isEditable: false, misspelledWord: '' });
      await waitForNamed('Menu.popup', 2);
      clickPopupItem('Copy');
      contents.emit('context-menu', preventableEvent(), {
        ...params,
        isEditable: false,
        selectionText: '',
        misspelledWord: '',
      });
      sendFromRenderer(contents, 'edit.command', 'paste');
      sendFromRenderer(contents, 'edit.command', 'paste-as-plain-text');
      sendFromRenderer(contents, 'edit.command', 'delete-everything');
      const foreign = new BrowserWindow({ show: false });
      await foreign.loadURL('file:///tmp/foreign.html');
      sendFromRenderer(foreign.webContents, 'edit.command', 'paste');
      app.quit();
      await untilExit();
    },
  },

  /** The page's process crashes, then a window hangs. */
  'renderer-gone': {
    prepare: () => answerCloseRequests(),
    async run() {
      const contents = await startAndShowWindow();
      contents.emit('render-process-gone', preventableEvent(), { reason: 'crashed', exitCode: 139 });
      await waitForNamed('webContents.reload');
      BrowserWindow.getAllWindows()[0]?.emit('unresponsive');
      await waitForNamed('webContents.reload', 2);
      app.quit();
      await untilExit();
    },
  },

  /** `Briefdesk --cli export …`: the command line, headless, printing with Electron. */
  'cli-export': {
    argv: (dataDir) => ['--cli', 'export', '--all', '--data-dir', dataDir, '--out-dir', path.join(dataDir, 'cli-out')],
    async run() {
      app.becomeReady();
      await untilExit();
    },
  },

  /** Another Briefdesk holds the lock: this one leaves quietly. */
  'lock-held-by-another-instance': {
    prepare: () => {
      appEnvironment.singleInstanceLock = false;
    },
    async run() {
      await untilExit();
    },
  },

  /** The lock cannot be taken because the profile folder cannot be created: the user is told. */
  'lock-failed-profile-unwritable': {
    prepare: async () => {
      appEnvironment.singleInstanceLock = false;
      await mkdir(appEnvironment.root, { recursive: true });
      await writeFile(path.join(appEnvironment.root, 'appData'), 'a file where the profile folder should be');
    },
    async run() {
      app.becomeReady();
      await untilExit();
    },
  },
};
