import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ipcChannels } from '../../electron/common/ipc-channels';
import { openAppServices } from '../../electron/main/app/app-services';
import { devToolsPrintParameters, marginPresets } from '../../electron/main/export/pdf/pdf-print-options';
import { libraryPaths } from '../../electron/main/library/library-paths';
import { firstIndex, named, runMainWithRecordingElectron } from './run-main-with-recording-electron';

// The built main entry (out/main/index.js) under Node, with a recording double of `electron`:
// the order of things that the Electron tests would only catch on a machine with a binary.

async function savedBodies(dataDir: string): Promise<string> {
  const folder = libraryPaths(dataDir).briefings;
  const files = await readdir(folder);
  return (await Promise.all(files.map((file) => readFile(path.join(folder, file), 'utf8')))).join('\n');
}

describe('the built main process, run against a recording electron double', () => {
  it('registers the scheme privileges before ready, and the protocol and every IPC channel before the first window', async () => {
    const { calls, exitCode } = await runMainWithRecordingElectron('start');
    const privileges = calls[firstIndex(calls, 'protocol.registerSchemesAsPrivileged')];
    expect(privileges?.detail).toMatchObject({
      afterReady: false,
      schemes: [{ scheme: 'app', privileges: { standard: true, secure: true, codeCache: true } }],
    });
    const ready = firstIndex(calls, 'app.emit:ready');
    expect(firstIndex(calls, 'protocol.registerSchemesAsPrivileged')).toBeLessThan(ready);

    const firstWindow = firstIndex(calls, 'BrowserWindow.new');
    expect(firstWindow).toBeGreaterThan(ready);
    const protocol = firstIndex(calls, 'session.protocol.handle', (detail: { partition: string; scheme: string }) => {
      return detail.partition === 'default' && detail.scheme === 'app';
    });
    expect(protocol).toBeGreaterThan(-1);
    expect(protocol).toBeLessThan(firstWindow);
    for (const channel of ipcChannels) {
      const handled = firstIndex(calls, 'ipcMain.handle', (detail: { channel: string }) => detail.channel === channel);
      expect(handled, channel).toBeGreaterThan(-1);
      expect(handled, channel).toBeLessThan(firstWindow);
    }
    expect(named(calls, 'webContents.load-failed')).toEqual([]);
    expect(named(calls, 'main.unhandledRejection')).toEqual([]);
    expect(named(calls, 'BrowserWindow.show')).toHaveLength(1);
    expect(exitCode).toBe(0);
  });

  it('evaluates no services, import, export or PDF code before the first window shows', async () => {
    const { calls } = await runMainWithRecordingElectron('start');
    const shown = firstIndex(calls, 'BrowserWindow.show');
    const loadedBeforeShown = calls
      .slice(0, shown)
      .filter((call) => call.name === 'module.load')
      .map((call) => (call.detail as { chunk: string }).chunk);
    expect(loadedBeforeShown.length).toBeGreaterThan(0);
    const heavy = /^(app-services|import-service|run-export-job|chromium-pdf-printer|ipc-handlers|library-requests)-/;
    expect(loadedBeforeShown.filter((chunk) => heavy.test(chunk))).toEqual([]);
    const loadedLater = calls.slice(shown).filter((call) => call.name === 'module.load');
    expect(loadedLater.map((call) => (call.detail as { chunk: string }).chunk)).toContainEqual(
      expect.stringMatching(/^app-services-/),
    );
  });

  it('loads the export code on the first export only', async () => {
    const { calls } = await runMainWithRecordingElectron('print');
    const exportStarted = firstIndex(calls, 'scenario.export-started');
    const exportCode = firstIndex(calls, 'module.load', (detail: { chunk: string }) =>
      detail.chunk.startsWith('run-export-job-'),
    );
    expect(exportStarted).toBeGreaterThan(-1);
    expect(exportCode).toBeGreaterThan(exportStarted);
  });

  it("keeps Chromium's profile out of the data folder, set before ready", async () => {
    const { calls, dataDir } = await runMainWithRecordingElectron('start');
    const ready = firstIndex(calls, 'app.emit:ready');
    for (const name of ['userData', 'sessionData']) {
      const set = calls.find((call) => call.name === 'app.setPath' && (call.detail as { name: string }).name === name);
      const folder = (set?.detail as { value: string } | undefined)?.value ?? '';
      expect(set?.order, name).toBeLessThan(calls[ready]?.order ?? 0);
      expect(path.relative(dataDir, folder).startsWith('..'), `${name} = ${folder}`).toBe(true);
    }
  });

  it('opens one window when the Dock is clicked while the services are still opening', async () => {
    const { calls } = await runMainWithRecordingElectron('activate-during-start');
    expect(named(calls, 'BrowserWindow.new')).toHaveLength(1);
    expect(named(calls, 'webContents.load-failed')).toEqual([]);
    expect(named(calls, 'BrowserWindow.focus').length).toBeGreaterThan(0);
  });

  it('quits only after a save in flight has been written', async () => {
    const { calls, dataDir, exitCode } = await runMainWithRecordingElectron('quit-during-save');
    expect(exitCode).toBe(0);
    const settled = firstIndex(calls, 'scenario.save-settled');
    expect(settled).toBeGreaterThan(-1);
    expect(calls[settled]?.detail).toEqual({ ok: true });
    expect(settled).toBeLessThan(firstIndex(calls, 'app.exit'));
    expect(await savedBodies(dataDir)).toContain('Saved while quitting');
  });

  it('on macOS, lets the page save its last text before the services close and the app quits', async () => {
    const { calls, dataDir } = await runMainWithRecordingElectron('quit-with-unsaved-text-on-mac');
    const requested = firstIndex(calls, 'webContents.send', (detail: { channel: string }) => {
      return detail.channel === 'window.closeRequested';
    });
    const flushed = firstIndex(calls, 'scenario.flush-saved');
    expect(requested).toBeGreaterThan(-1);
    expect(calls[flushed]?.detail).toEqual({ ok: true });
    expect(flushed).toBeLessThan(firstIndex(calls, 'BrowserWindow.closed'));
    expect(flushed).toBeLessThan(firstIndex(calls, 'app.exit'));
    expect(await savedBodies(dataDir)).toContain('Typed just before quitting');
  });

  it('prints PDFs with the same page size and margins as the command line', async () => {
    const { calls } = await runMainWithRecordingElectron('print');
    expect(calls[firstIndex(calls, 'scenario.exported')]?.detail).toEqual({ ok: true });
    const printed = calls[firstIndex(calls, 'webContents.printToPDF')]?.detail as {
      options: { pageSize: unknown; margins: Record<string, number> };
    };
    const cli = devToolsPrintParameters({
      pageSize: 'A4',
      margins: marginPresets.normal,
      headerTitle: '',
      classification: '',
      exportedAt: new Date(),
      timeoutMs: 1,
    });
    expect(printed.options.pageSize).toEqual({ width: cli.paperWidth, height: cli.paperHeight });
    expect(printed.options.margins).toEqual({
      top: cli.marginTop,
      right: cli.marginRight,
      bottom: cli.marginBottom,
      left: cli.marginLeft,
    });
  });

  it('on macOS with no window open, a menu command opens a window and reaches it', async () => {
    const { calls } = await runMainWithRecordingElectron('menu-without-window-on-mac');
    const windows = named(calls, 'BrowserWindow.new');
    expect(windows).toHaveLength(2);
    const secondId = (windows[1]?.detail as { id: number } | undefined)?.id;
    const loaded = firstIndex(calls, 'webContents.did-finish-load', (detail: { id: number }) => detail.id === secondId);
    const sent = firstIndex(calls, 'webContents.send', (detail: { id: number; channel: string; args: unknown[] }) => {
      return detail.id === secondId && detail.channel === 'menu.command' && detail.args[0] === 'open-settings';
    });
    expect(loaded).toBeGreaterThan(-1);
    expect(sent).toBeGreaterThan(loaded);
  });

  it('tells the user and reloads when the page crashes or hangs', async () => {
    const { calls } = await runMainWithRecordingElectron('renderer-gone');
    const messages = named(calls, 'dialog.showMessageBox').map((call) => (call.detail as { message: string }).message);
    expect(messages).toEqual([
      'The Briefdesk window stopped working and will reload.',
      'The Briefdesk window is not responding.',
    ]);
    expect(named(calls, 'webContents.reload')).toHaveLength(2);
  });

  it('runs `--cli export` headless: no window, menu or lock, PDFs printed by Electron at the CLI page size', async () => {
    const { calls, exitCode, stdout, stderr, dataDir } = await runMainWithRecordingElectron(
      'cli-export',
      async (folder) => {
        const services = await openAppServices(folder, { name: 'Briefdesk', version: '0.0.0' });
        const briefing = await services.briefings.create({});
        await services.briefings.save({
          id: briefing.id,
          revision: briefing.revision,
          metadata: { ...briefing.metadata, title: 'Port strikes update' },
          content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Cranes hit.' }] }] },
        });
        await services.close();
      },
    );
    expect(exitCode, stderr).toBe(0);
    expect(named(calls, 'app.requestSingleInstanceLock')).toEqual([]);
    expect(named(calls, 'Menu.setApplicationMenu')).toEqual([]);
    const windows = named(calls, 'BrowserWindow.new').map((call) => call.detail);
    expect(windows).toEqual([expect.objectContaining({ partition: 'briefdesk-export-print', show: false })]);
    const printed = calls[firstIndex(calls, 'webContents.printToPDF')]?.detail as { options: { pageSize: unknown } };
    expect(printed.options.pageSize).toEqual({ width: 210 / 25.4, height: 297 / 25.4 });
    const written = await readdir(path.join(dataDir, 'cli-out'));
    expect(written).toEqual([expect.stringMatching(/port-strikes-update\.pdf$/)]);
    expect(stdout).toContain(path.join(dataDir, 'cli-out', written[0] as string));
    const profile = calls.find(
      (call) => call.name === 'app.setPath' && (call.detail as { name: string }).name === 'userData',
    );
    expect(path.basename((profile?.detail as { value: string } | undefined)?.value ?? '')).toMatch(
      /^briefdesk-chromium-\d+-/,
    );
  });

  it('leaves quietly when another Briefdesk holds the data folder', async () => {
    const { calls, exitCode } = await runMainWithRecordingElectron('lock-held-by-another-instance');
    expect(exitCode).toBe(0);
    expect(named(calls, 'app.quit')).toHaveLength(1);
    expect(named(calls, 'dialog.showErrorBox')).toEqual([]);
    expect(named(calls, 'BrowserWindow.new')).toEqual([]);
  });

  it('says why when the single-instance lock fails for another reason', async () => {
    const { calls, exitCode } = await runMainWithRecordingElectron('lock-failed-profile-unwritable');
    expect(exitCode).toBe(1);
    const [shown] = named(calls, 'dialog.showErrorBox');
    expect((shown?.detail as { content: string } | undefined)?.content).toMatch(
      /could not lock its profile folder .*Briefdesk Profiles/,
    );
    expect(named(calls, 'BrowserWindow.new')).toEqual([]);
  });

  it('shows the native context menu from what Electron says was clicked, and pastes for the app’s own pages only', async () => {
    const { calls } = await runMainWithRecordingElectron('context-menu');
    const popups = named(calls, 'Menu.popup').map((call) => (call.detail as { labels: string[] }).labels);
    expect(popups).toEqual([
      ['Kiev', 'Add to dictionary', '—', 'Cut', 'Copy', 'Paste', 'Paste as plain text'],
      ['Copy'],
    ]);
    const window = (named(calls, 'BrowserWindow.new')[0]?.detail as { id: number } | undefined)?.id;
    expect(named(calls, 'webContents.replaceMisspelling').map((call) => call.detail)).toEqual([
      { id: window, text: 'Kiev' },
    ]);
    expect(named(calls, 'session.addWordToSpellCheckerDictionary').map((call) => call.detail)).toEqual([
      { partition: 'default', word: 'Kyiv' },
    ]);
    expect(named(calls, 'webContents.copy')).toHaveLength(1);
    // The menu's "Paste as plain text", then the editor's two requests; the unknown command and the foreign page get nothing.
    const pastes = calls
      .filter((call) => call.name === 'webContents.paste' || call.name === 'webContents.pasteAndMatchStyle')
      .map((call) => `${call.name}:${(call.detail as { id: number }).id}`);
    expect(pastes).toEqual([
      `webContents.pasteAndMatchStyle:${window}`,
      `webContents.paste:${window}`,
      `webContents.pasteAndMatchStyle:${window}`,
    ]);
  });
});
