import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ipcChannels } from '../../electron/common/ipc-channels';
import { rendererContentSecurityPolicy } from '../../electron/main/protocol/content-security-policy';
import { buildMenuTemplate } from '../../electron/main/shell/application-menu';
import { LibraryPage } from '../e2e/pages/library-page';
import { SettingsPage } from '../e2e/pages/settings-page';
import { appPageUrl, type BriefdeskElectronApp, electronLookup, launchBriefdesk } from './briefdesk-electron-app';
import { type MenuEntry, outlineMenu } from './menu-outline';

if (!electronLookup.binary) console.warn(`Skipping the Electron app tests in tests/electron: ${electronLookup.reason}`);

const launched: BriefdeskElectronApp[] = [];

// The app opens on the library and keeps the screen in the URL's hash.
const libraryUrl = `${appPageUrl}#/library`;

// window.briefdesk has one group per IPC namespace, plus the main → renderer events.
const apiGroups = [...new Set(ipcChannels.map((channel) => channel.split('.')[0] as string)), 'events'].sort();

async function launch(): Promise<BriefdeskElectronApp> {
  const app = await launchBriefdesk();
  launched.push(app);
  return app;
}

afterEach(async () => {
  for (const app of launched.splice(0)) await app.close();
});

describe.skipIf(!electronLookup.binary)('Briefdesk in Electron', () => {
  it('runs its window with context isolation, the sandbox, web security and no Node', async () => {
    const app = await launch();
    const preferences = await app.webPreferences([
      'contextIsolation',
      'sandbox',
      'nodeIntegration',
      'nodeIntegrationInWorker',
      'nodeIntegrationInSubFrames',
      'webSecurity',
      'allowRunningInsecureContent',
      'experimentalFeatures',
      'webviewTag',
      'navigateOnDragDrop',
    ]);
    expect(preferences).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
  });

  it('serves the page from app://briefdesk/index.html, never from file://', async () => {
    const app = await launch();
    await new LibraryPage(app.window).heading.waitFor();
    expect(app.window.url()).toBe(libraryUrl);
    expect(await app.shownUrl()).toBe(libraryUrl);
  });

  it("keeps Chromium's profile (lock, caches, Local State) out of the data folder", async () => {
    const app = await launch();
    await new LibraryPage(app.window).heading.waitFor();
    const inDataFolder = await readdir(app.dataDir);
    const chromiumFiles = ['SingletonLock', 'SingletonSocket', 'Local State', 'Preferences', 'Cache', 'GPUCache'];
    expect(inDataFolder.filter((name) => chromiumFiles.includes(name))).toEqual([]);
    expect(await readdir(path.join(app.configHome, 'Briefdesk Profiles'))).toHaveLength(1);
  });

  it('sends the CSP header with the document and the page enforces it', async () => {
    const app = await launch();
    const response = await app.fetchFromMain(appPageUrl);
    expect(response).toMatchObject({
      status: 200,
      headers: { 'content-security-policy': rendererContentSecurityPolicy },
    });

    const violation = await app.window.evaluate(
      () =>
        new Promise<{ policy: string; ran: boolean }>((resolve) => {
          document.addEventListener(
            'securitypolicyviolation',
            (event) => {
              const ran = (window as unknown as { inlineRan?: boolean }).inlineRan === true;
              resolve({ policy: event.originalPolicy, ran });
            },
            { once: true },
          );
          const script = document.createElement('script');
          script.textContent = 'window.inlineRan = true';
          document.body.append(script);
        }),
    );
    expect(violation).toEqual({ policy: rendererContentSecurityPolicy, ran: false });
  });

  it('exposes window.briefdesk to the page and neither require nor process', async () => {
    const app = await launch();
    const surface = await app.window.evaluate(() => ({
      briefdesk: Object.keys(window.briefdesk ?? {}).sort(),
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
      module: typeof (window as unknown as { module?: unknown }).module,
    }));
    expect(surface).toEqual({
      briefdesk: apiGroups,
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
    });
  });

  it('saves settings through the preload and main into the chosen data folder', async () => {
    const app = await launch();
    const settings = await new SettingsPage(app.window).open();
    await settings.authorName.fill('Dana Reyes');
    await settings.save.click();
    await settings.status.waitFor();

    const onDisk = JSON.parse(await readFile(path.join(app.dataDir, 'settings.json'), 'utf8'));
    expect(onDisk).toMatchObject({ authorName: 'Dana Reyes' });
    const info = await app.window.evaluate(() => window.briefdesk?.app.info());
    expect(info).toMatchObject({ ok: true, value: { dataDir: app.dataDir } });
  });

  it('blocks navigation away from the app and leaves the page as it was', async () => {
    const app = await launch();
    await new LibraryPage(app.window).heading.waitFor();
    await app.window.evaluate(() => {
      (window as unknown as { untouched?: boolean }).untouched = true;
      window.location.href = 'https://example.org/';
    });
    await expect.poll(async () => (await app.record()).navigationAttempts).toEqual(['https://example.org/']);
    expect(app.window.url()).toBe(libraryUrl);
    expect(await app.shownUrl()).toBe(libraryUrl);
    expect(await app.window.evaluate(() => (window as unknown as { untouched?: boolean }).untouched)).toBe(true);
  });

  it('never opens a second window: window.open, target=_blank and shift-click are all denied', async () => {
    const app = await launch();
    await new LibraryPage(app.window).heading.waitFor();
    await app.window.evaluate(() => {
      const opener = document.createElement('button');
      opener.textContent = 'Open file URL';
      opener.addEventListener('click', () => window.open('file:///etc/passwd'));
      const inApp = document.createElement('a');
      inApp.textContent = 'Open app page in a new window';
      inApp.href = 'app://briefdesk/index.html';
      inApp.target = '_blank';
      const external = document.createElement('a');
      external.textContent = 'Situation report';
      external.href = 'https://example.org/report';
      document.body.append(opener, inApp, external);
    });
    await app.window.getByRole('button', { name: 'Open file URL' }).click();
    await app.window.getByRole('link', { name: 'Open app page in a new window' }).click();
    await app.window.getByRole('link', { name: 'Situation report' }).click({ modifiers: ['Shift'] });

    // Only the vetted https link goes to the system browser (stubbed), and no window is created for any of them.
    await expect.poll(async () => (await app.record()).openedExternally).toEqual(['https://example.org/report']);
    expect(await app.windowCount()).toBe(1);
    expect(app.electronApp.windows()).toHaveLength(1);
    expect(app.window.url()).toBe(libraryUrl);
  });

  it('denies permission requests and permission checks', async () => {
    const app = await launch();
    const outcome = await app.window.evaluate(async () => ({
      notificationRequest: await Notification.requestPermission(),
      notificationState: (await navigator.permissions.query({ name: 'notifications' })).state,
      geolocationState: (await navigator.permissions.query({ name: 'geolocation' })).state,
      geolocation: await new Promise<string>((resolve) =>
        navigator.geolocation.getCurrentPosition(
          () => resolve('granted'),
          (error) => resolve(error.code === error.PERMISSION_DENIED ? 'denied' : `failed with code ${error.code}`),
          { timeout: 10_000 },
        ),
      ),
    }));
    expect(outcome).toEqual({
      notificationRequest: 'denied',
      notificationState: 'denied',
      geolocationState: 'denied',
      geolocation: 'denied',
    });
  });

  it('lets a second instance on the same data folder exit and focuses the first', async () => {
    const app = await launch();
    await new LibraryPage(app.window).heading.waitFor();
    expect(await app.launchSecondInstance()).toBe(0);
    await expect.poll(async () => (await app.record()).focusCalls).toBeGreaterThan(0);
    const { secondInstanceArgv } = await app.record();
    expect(secondInstanceArgv).toHaveLength(1);
    expect(secondInstanceArgv[0]).toContain(`--data-dir=${app.dataDir}`);
    expect(await app.windowCount()).toBe(1);
  });

  it('builds the expected application menu, whose items reach the page', async () => {
    const app = await launch();
    const isMac = process.platform === 'darwin';
    // The template itself is pinned by menu-outline.test.ts; here the built menu must match it.
    const template = buildMenuTemplate({
      appName: 'Briefdesk',
      platform: process.platform,
      sendCommand: () => undefined,
    });
    expect(outlineMenu(await app.applicationMenu())).toEqual(outlineMenu(template as MenuEntry[]));

    await app.chooseMenuItem('About Briefdesk');
    await app.window.getByRole('heading', { name: 'About Briefdesk' }).waitFor();
    await app.chooseMenuItem(isMac ? 'Settings…' : 'Settings');
    await new SettingsPage(app.window).heading.waitFor();
  });

  it('makes no request outside app://briefdesk while starting and saving', async () => {
    const app = await launch();
    const requested: string[] = [];
    app.electronApp.context().on('request', (request) => requested.push(request.url()));
    await app.window.reload();
    const settings = await new SettingsPage(app.window).open();
    await settings.authorName.fill('Amira Haddad');
    await settings.save.click();
    await settings.status.waitFor();

    expect(requested).toContain(appPageUrl);
    expect(requested.filter((url) => !url.startsWith('app://briefdesk/') && !url.startsWith('data:'))).toEqual([]);
    // The session itself refuses to leave the app, whoever asks.
    expect(await app.fetchFromMain('https://example.org/')).toMatchObject({ error: expect.any(String) });
  });
});
