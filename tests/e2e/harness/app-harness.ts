import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { register } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { type Browser, type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';
import { type MenuCommand, menuCommandChannel } from '../../../electron/common/ipc-channels';
import { ipcFailure } from '../../../electron/common/ipc-result';
import { openAppServices } from '../../../electron/main/app/app-services';
import { findChromium, quietChromiumFlags } from '../../../electron/main/chromium/find-chromium';
import { createIpcDispatcher, type IpcDispatch } from '../../../electron/main/ipc/ipc-dispatcher';
import { createIpcHandlers } from '../../../electron/main/ipc/ipc-handlers';
import { appResponseBytes, serveAppRequest } from '../../../electron/main/protocol/serve-app-request';
import { wrapPreloadForPage } from './preload-shim';

/** Chromium cannot serve a custom scheme, so the harness stands in for `app://briefdesk` with this origin. */
// Export loads its fonts as Vite `?inline` modules; outside Vite (a plain tsx script) these hooks serve them.
register('./inline-asset-hooks.mjs', import.meta.url);

export const harnessOrigin = 'https://app.briefdesk.test';

const projectRoot = path.resolve(import.meta.dirname, '../../..');
const rendererRoot = path.join(projectRoot, 'out', 'renderer');
const preloadPath = path.join(projectRoot, 'out', 'preload', 'index.cjs');
const invokeBinding = '__briefdeskHarnessInvoke';
/** Playwright's viewport for a new context, put back on a page kept for the next app. */
const defaultViewport = { width: 1280, height: 720 };
const emitFunction = '__briefdeskHarnessEmit';

let sharedBrowser: Promise<Browser> | undefined;

/** What one open app puts behind its page: the route, the IPC bridge and the page's errors read it. */
interface SlotApp {
  services: Awaited<ReturnType<typeof openAppServices>>;
  dispatch: IpcDispatch;
  foreignRequests: string[];
  pageErrors: string[];
  invokedChannels: string[];
}

/**
 * A browser context and its page. When an app closes, its page is parked on an empty page of the app's
 * origin, its storage cleared, and the next app of the same file loads into it: a new page starts a new
 * renderer and compiles the app's bundle afresh, about 0.9 s more per app start on this 2-core machine.
 */
interface HarnessSlot {
  context: BrowserContext;
  page: Page;
  /** The harness's own DevTools session with the page, to put back what a test emulated. */
  cdp: CDPSession;
  /** The app the page belongs to now; undefined while the slot is parked. */
  app: SlotApp | undefined;
}

const parkedPath = '/__harness/parked.html';
const maxParkedSlots = 3;
let parkedSlots: HarnessSlot[] = [];

/** One Chromium per test file; each open app has a context of its own and its own data folder. */
export function launchHarnessBrowser(): Promise<Browser> {
  sharedBrowser ??= (async () => {
    const executablePath = findChromium(undefined, process.env);
    if (!executablePath) {
      throw new Error('No Chromium found: install Debian\'s "chromium" package or set BRIEFDESK_CHROMIUM.');
    }
    return chromium.launch({ executablePath, headless: true, args: [...quietChromiumFlags] });
  })();
  return sharedBrowser;
}

export async function closeHarnessBrowser(): Promise<void> {
  const browser = await sharedBrowser;
  sharedBrowser = undefined;
  parkedSlots = [];
  await browser?.close();
}

async function openSlot(browser: Browser): Promise<HarnessSlot> {
  const preloadSource = await readFile(preloadPath, 'utf8');
  const context = await browser.newContext({ serviceWorkers: 'block', reducedMotion: 'reduce' });
  const page = await context.newPage();
  const slot: HarnessSlot = { context, page, cdp: await context.newCDPSession(page), app: undefined };
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url === `${harnessOrigin}${parkedPath}`) {
      await route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Parked</title>' });
      return;
    }
    const app = slot.app;
    if (!app || !url.startsWith(`${harnessOrigin}/`)) {
      app?.foreignRequests.push(url);
      await route.abort('blockedbyclient');
      return;
    }
    const response = await serveAppRequest(
      url,
      rendererRoot,
      harnessOrigin,
      app.services.briefings.paths.assets,
      (path) => app.services.exports.previews.find(path),
    );
    await route.fulfill({
      status: response.status,
      headers: response.headers,
      body: Buffer.from(await appResponseBytes(response.body)),
    });
  });
  await context.exposeBinding(invokeBinding, (source, channel: unknown, input: unknown) => {
    const app = slot.app;
    if (!app) return ipcFailure('internal', 'The harness app behind this page is closed.');
    app.invokedChannels.push(String(channel));
    return app.dispatch(channel, input, { url: source.frame.url() });
  });
  await context.addInitScript({ content: wrapPreloadForPage(preloadSource, invokeBinding, emitFunction) });
  slot.page.on('pageerror', (error) => slot.app?.pageErrors.push(error.message));
  slot.page.on('console', (message) => {
    if (message.type() === 'error') slot.app?.pageErrors.push(message.text());
  });
  return slot;
}

/**
 * Unloads the app from its page and keeps the page for the next app, as a new one would start: storage
 * cleared, the viewport, media and CPU emulations a test may have changed put back. A closed page, or one
 * that fails any step, closes with its context instead.
 */
async function parkSlot(slot: HarnessSlot): Promise<void> {
  // Cut off first, as closing the context did: the page's last calls (a save as it unloads) reach no services.
  slot.app = undefined;
  // Only the one page: anything else the test opened in the context goes with it.
  const onePage = slot.context.pages().length === 1 && !slot.page.isClosed();
  if (!onePage || parkedSlots.length >= maxParkedSlots) {
    await slot.context.close();
    return;
  }
  try {
    await slot.page.goto(`${harnessOrigin}${parkedPath}`, { timeout: 5_000 });
    await Promise.all([
      slot.page.evaluate(() => {
        window.localStorage.clear();
        window.sessionStorage.clear();
      }),
      slot.page.setViewportSize(defaultViewport),
      slot.page.emulateMedia({ media: null, colorScheme: 'light', reducedMotion: 'reduce', forcedColors: 'none' }),
      slot.cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 }),
      // The next app's page is not hovered where the last test left the pointer.
      slot.page.mouse.move(0, 0),
    ]);
    parkedSlots.push(slot);
  } catch {
    await slot.context.close();
  }
}

export interface HarnessApp {
  page: Page;
  context: BrowserContext;
  dataDir: string;
  /** The stand-in for the user's Documents folder, where exports go by default (removed on close). */
  documentsDir: string;
  /** Every request the page tried to make outside the app's own origin (all were refused). */
  foreignRequests: string[];
  /** Response headers of the app's own document, as the protocol handler sent them. */
  documentHeaders: Record<string, string>;
  /** Messages the page logged as errors, and uncaught exceptions. */
  pageErrors: string[];
  /** Every IPC channel the page invoked, in order: what a screen asks of main. */
  invokedChannels: string[];
  /** Sends a main → renderer menu command, as the application menu would. */
  sendMenuCommand(command: MenuCommand): Promise<void>;
  /** Closes the page and its services (once; later calls do nothing); the data folder is removed only if the harness created it. */
  close(): Promise<void>;
  /** True once `close` was called: the page may then belong to the next app. */
  readonly closed: boolean;
}

export interface HarnessOptions {
  /** An existing data folder to open (kept on close); a fresh temporary one otherwise (removed on close). */
  dataDir?: string;
  /** Starts in a new page, as a new window would, not in one kept from a closed app (the shell's start-up figure). */
  newPage?: boolean;
}

/**
 * Opens the built renderer in Chromium with the real main-process handlers,
 * services and files behind `window.briefdesk`, via the built preload.
 */
export async function openHarnessApp(options: HarnessOptions = {}): Promise<HarnessApp> {
  const ownsDataDir = !options.dataDir;
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'briefdesk-e2e-')));
  const documentsDir = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-e2e-documents-'));
  const services = await openAppServices(
    dataDir,
    { name: 'Briefdesk', version: 'test' },
    { ...process.env, BRIEFDESK_DOCUMENTS_DIR: documentsDir },
  );
  const dispatch: IpcDispatch = createIpcDispatcher({
    handlers: createIpcHandlers(services),
    trustedOrigin: harnessOrigin,
  });
  const browser = await launchHarnessBrowser();
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  const invokedChannels: string[] = [];
  const kept = options.newPage ? undefined : parkedSlots.pop();
  const slot = kept ?? (await openSlot(browser));
  slot.app = { services, dispatch, foreignRequests, pageErrors, invokedChannels };
  const { page, context } = slot;
  const documentResponse = await page.goto(`${harnessOrigin}/index.html`);
  let closed = false;
  const documentHeaders = (await documentResponse?.allHeaders()) ?? {};

  return {
    page,
    context,
    documentHeaders,
    dataDir,
    documentsDir,
    foreignRequests,
    pageErrors,
    invokedChannels,
    async sendMenuCommand(command) {
      await page.evaluate(
        ([emit, channel, payload]) =>
          (window as unknown as Record<string, (c: string, p: string) => void>)[emit]?.(channel, payload),
        [emitFunction, menuCommandChannel, command] as const,
      );
    },
    get closed() {
      return closed;
    },
    async close() {
      if (closed) return;
      closed = true;
      await parkSlot(slot);
      await services.close();
      await rm(documentsDir, { recursive: true, force: true });
      if (ownsDataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A temporary data folder for tests that reopen the app over the same files. */
export function makeTemporaryDataDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'briefdesk-e2e-'));
}
