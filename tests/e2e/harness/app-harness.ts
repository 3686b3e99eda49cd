import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { register } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { type MenuCommand, menuCommandChannel } from '../../../electron/common/ipc-channels';
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
const emitFunction = '__briefdeskHarnessEmit';

let sharedBrowser: Promise<Browser> | undefined;

/** One Chromium per test file; each app gets its own context and data folder. */
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
  await browser?.close();
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
}

export interface HarnessOptions {
  /** An existing data folder to open (kept on close); a fresh temporary one otherwise (removed on close). */
  dataDir?: string;
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
  const preloadSource = await readFile(preloadPath, 'utf8');
  const browser = await launchHarnessBrowser();
  const context = await browser.newContext({ serviceWorkers: 'block', reducedMotion: 'reduce' });
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  const invokedChannels: string[] = [];

  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (!url.startsWith(`${harnessOrigin}/`)) {
      foreignRequests.push(url);
      await route.abort('blockedbyclient');
      return;
    }
    const response = await serveAppRequest(url, rendererRoot, harnessOrigin, services.briefings.paths.assets, (path) =>
      services.exports.previews.find(path),
    );
    await route.fulfill({
      status: response.status,
      headers: response.headers,
      body: Buffer.from(await appResponseBytes(response.body)),
    });
  });
  await context.exposeBinding(invokeBinding, (source, channel: unknown, input: unknown) => {
    invokedChannels.push(String(channel));
    return dispatch(channel, input, { url: source.frame.url() });
  });
  await context.addInitScript({ content: wrapPreloadForPage(preloadSource, invokeBinding, emitFunction) });

  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
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
    async close() {
      if (closed) return;
      closed = true;
      await context.close();
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
