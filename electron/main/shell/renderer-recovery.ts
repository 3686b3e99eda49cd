import { type BrowserWindow, dialog } from 'electron';

const savedNote =
  'Saved briefings are safe, and text typed in the last seconds is kept in the recovery journal and offered when the briefing opens again.';

/** A crashed page is reloaded with a word to the user; a hung one lets the user choose to wait or reload. */
export function recoverCrashedPages(window: BrowserWindow): void {
  window.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit' || window.isDestroyed()) return;
    void dialog
      .showMessageBox(window, {
        type: 'warning',
        title: 'Briefdesk',
        message: 'The Briefdesk window stopped working and will reload.',
        detail: `${savedNote} (Reason: ${details.reason}, exit code ${details.exitCode}.)`,
        buttons: ['Reload'],
      })
      .then(() => {
        if (!window.isDestroyed()) window.webContents.reload();
      });
  });
  window.on('unresponsive', () => {
    void dialog
      .showMessageBox(window, {
        type: 'warning',
        title: 'Briefdesk',
        message: 'The Briefdesk window is not responding.',
        detail: `Reload it now, or keep waiting if it is busy with a large briefing. ${savedNote}`,
        buttons: ['Reload', 'Keep waiting'],
        defaultId: 1,
        cancelId: 1,
      })
      .then(({ response }) => {
        if (response === 0 && !window.isDestroyed()) window.webContents.reload();
      });
  });
}
