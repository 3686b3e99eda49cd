import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { findElectronBinary } from '../../scripts/find-electron-binary';
import type { MenuEntry } from './menu-outline';

const projectRoot = path.resolve(import.meta.dirname, '../..');

/** Where the built renderer lives once the app has started. */
export const appPageUrl = 'app://briefdesk/index.html';

/** The Electron binary the tests drive, or why there is none; never downloads anything. */
export const electronLookup = findElectronBinary(process.env);

/** What the main process saw while a test ran; filled by hooks installed at launch. */
export interface MainProcessRecord {
  /** URLs handed to `shell.openExternal`, which is stubbed so that no browser ever opens. */
  openedExternally: string[];
  /** Main-frame navigations the page asked for (`will-navigate`), allowed or not. */
  navigationAttempts: string[];
  /** The command lines of second instances that asked this one to take over. */
  secondInstanceArgv: string[][];
  /** How often the main window was asked to take focus. */
  focusCalls: number;
}

interface WebContentsWithLastPreferences {
  getLastWebPreferences(): Record<string, unknown> | null;
}

/**
 * One running Briefdesk with its own data folder (and so its own Chromium
 * profile and single-instance lock), driven the way a user and the OS would.
 */
export class BriefdeskElectronApp {
  constructor(
    readonly electronApp: ElectronApplication,
    readonly window: Page,
    readonly dataDir: string,
    private readonly ownsDataDir: boolean,
    /** Where Electron's appData points (XDG_CONFIG_HOME), so that Chromium's profiles stay out of the user's. */
    readonly configHome: string,
  ) {}

  /** The named webPreferences the main window's page actually runs with. */
  webPreferences(names: readonly string[]): Promise<Record<string, unknown>> {
    return this.electronApp.evaluate(({ BrowserWindow }, keys) => {
      const contents = BrowserWindow.getAllWindows()[0]?.webContents as unknown as WebContentsWithLastPreferences;
      const preferences = contents.getLastWebPreferences() ?? {};
      return Object.fromEntries(keys.map((key) => [key, preferences[key]]));
    }, names);
  }

  /** The URL main believes the window shows, independent of what Playwright reports. */
  shownUrl(): Promise<string | undefined> {
    return this.electronApp.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.webContents.getURL());
  }

  windowCount(): Promise<number> {
    return this.electronApp.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length);
  }

  /** Fetches an app URL from main through the default session, i.e. through the app's protocol handler. */
  fetchFromMain(url: string): Promise<{ status: number; headers: Record<string, string> } | { error: string }> {
    return this.electronApp.evaluate(async ({ session }, target) => {
      try {
        const response = await session.defaultSession.fetch(target);
        return { status: response.status, headers: Object.fromEntries(response.headers.entries()) };
      } catch (error) {
        return { error: String(error) };
      }
    }, url);
  }

  /** The application menu as Electron built it, in the shape `outlineMenu` reads. */
  applicationMenu(): Promise<MenuEntry[]> {
    return this.electronApp.evaluate(({ Menu }) =>
      (Menu.getApplicationMenu()?.items ?? []).map((item) => ({
        label: item.label,
        role: item.role,
        type: item.type,
        submenu: item.submenu?.items.map((child) => ({ label: child.label, role: child.role, type: child.type })),
      })),
    );
  }

  /** Clicks the first application-menu item with this label, as a user choosing it would. */
  async chooseMenuItem(label: string): Promise<void> {
    const found = await this.electronApp.evaluate(({ Menu }, wanted) => {
      const pending = [...(Menu.getApplicationMenu()?.items ?? [])];
      while (pending.length > 0) {
        const item = pending.shift();
        if (!item) break;
        if (item.label === wanted) {
          item.click();
          return true;
        }
        pending.push(...(item.submenu?.items ?? []));
      }
      return false;
    }, label);
    if (!found) throw new Error(`The application menu has no item labelled "${label}".`);
  }

  record(): Promise<MainProcessRecord> {
    return this.electronApp.evaluate(
      () => (globalThis as unknown as { briefdeskTestRecord: MainProcessRecord }).briefdeskTestRecord,
    );
  }

  /** Starts a second Briefdesk on the same data folder and resolves with its exit code. */
  launchSecondInstance(): Promise<number | null> {
    const binary = requireElectronBinary();
    const second = spawn(binary, [...sandboxArguments(), projectRoot, `--data-dir=${this.dataDir}`], {
      cwd: projectRoot,
      env: electronEnvironment(this.configHome),
      stdio: 'ignore',
    });
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        second.kill();
        reject(new Error('The second instance did not exit within 20 s.'));
      }, 20_000);
      second.once('error', reject);
      second.once('exit', (code) => {
        clearTimeout(timer);
        resolve(code);
      });
    });
  }

  /** Quits the app and removes the data folder if the fixture created it. */
  async close(): Promise<void> {
    await this.electronApp.close();
    if (this.ownsDataDir) await rm(this.dataDir, { recursive: true, force: true });
    await rm(this.configHome, { recursive: true, force: true });
  }
}

export interface LaunchOptions {
  /** An existing data folder to open (kept on close); a fresh temporary one otherwise (removed on close). */
  dataDir?: string;
}

/** Launches the built app (`out/main/index.js` via the project folder) with `--data-dir`. */
export async function launchBriefdesk(options: LaunchOptions = {}): Promise<BriefdeskElectronApp> {
  const binary = requireElectronBinary();
  const ownsDataDir = !options.dataDir;
  const dataDir = options.dataDir ?? (await makeTemporaryDataDir());
  const configHome = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-electron-config-'));
  const electronApp = await _electron.launch({
    executablePath: binary,
    args: [projectRoot, `--data-dir=${dataDir}`],
    cwd: projectRoot,
    env: electronEnvironment(configHome),
  });
  try {
    const window = await electronApp.firstWindow();
    await installMainProcessHooks(electronApp);
    await window.waitForLoadState('domcontentloaded');
    return new BriefdeskElectronApp(electronApp, window, dataDir, ownsDataDir, configHome);
  } catch (error) {
    await electronApp.close().catch(() => undefined);
    if (ownsDataDir) await rm(dataDir, { recursive: true, force: true });
    await rm(configHome, { recursive: true, force: true });
    throw error;
  }
}

export function makeTemporaryDataDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'briefdesk-electron-'));
}

// Stubs and listeners are added after the app's own, so the app's handlers still decide.
function installMainProcessHooks(electronApp: ElectronApplication): Promise<void> {
  return electronApp.evaluate(({ app, BrowserWindow, shell }) => {
    const record: MainProcessRecord = {
      openedExternally: [],
      navigationAttempts: [],
      secondInstanceArgv: [],
      focusCalls: 0,
    };
    (globalThis as unknown as { briefdeskTestRecord: MainProcessRecord }).briefdeskTestRecord = record;
    shell.openExternal = async (url: string) => {
      record.openedExternally.push(url);
    };
    app.on('second-instance', (_event, argv) => {
      record.secondInstanceArgv.push(argv);
    });
    for (const browserWindow of BrowserWindow.getAllWindows()) {
      const focus = browserWindow.focus.bind(browserWindow);
      browserWindow.focus = () => {
        record.focusCalls += 1;
        focus();
      };
      browserWindow.webContents.on('will-navigate', (event) => {
        record.navigationAttempts.push(event.url);
      });
    }
  });
}

function requireElectronBinary(): string {
  if (!electronLookup.binary) throw new Error(electronLookup.reason);
  return electronLookup.binary;
}

// Playwright adds --no-sandbox on Linux unless told otherwise; the second instance matches the first.
function sandboxArguments(): string[] {
  return process.platform === 'linux' ? ['--no-sandbox'] : [];
}

function electronEnvironment(configHome: string): Record<string, string> {
  // On Linux, Electron's appData (and so Chromium's profile folders) follows XDG_CONFIG_HOME.
  const environment: Record<string, string> = { XDG_CONFIG_HOME: configHome };
  for (const [name, value] of Object.entries(process.env)) {
    if (value === undefined || name === 'ELECTRON_RUN_AS_NODE' || name === 'BRIEFDESK_DATA_DIR') continue;
    if (name === 'XDG_CONFIG_HOME') continue;
    environment[name] = value;
  }
  return environment;
}
