import { randomUUID } from 'node:crypto';
import { type BrowserWindow, type IpcMainEvent, ipcMain } from 'electron';
import { closeFlushedChannel, closeRequestedChannel } from '../../common/ipc-channels';

/** How long a page may take to save before its window closes anyway (a hung page must not block quitting). */
export const closeFlushTimeoutMs = 5_000;

export type FlushOutcome = 'flushed' | 'timed-out' | 'gone';

/** Asks the page in `window` to save what is unsaved and waits for its answer (see the preload). */
export function requestPageFlush(window: BrowserWindow, timeoutMs = closeFlushTimeoutMs): Promise<FlushOutcome> {
  if (window.isDestroyed() || window.webContents.isCrashed?.()) return Promise.resolve('gone');
  const token = randomUUID();
  return new Promise((resolve) => {
    const finish = (outcome: FlushOutcome) => {
      clearTimeout(timer);
      ipcMain.removeListener(closeFlushedChannel, answered);
      window.removeListener('closed', gone);
      resolve(outcome);
    };
    const answered = (event: IpcMainEvent, answeredToken: unknown) => {
      if (event.sender === window.webContents && answeredToken === token) finish('flushed');
    };
    const gone = () => finish('gone');
    const timer = setTimeout(() => finish('timed-out'), timeoutMs);
    ipcMain.on(closeFlushedChannel, answered);
    window.once('closed', gone);
    window.webContents.send(closeRequestedChannel, token);
  });
}
