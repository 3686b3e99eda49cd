import { type ChildProcess, spawn } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromiumEnvironmentVariable, findChromium, quietChromiumFlags } from '../../chromium/find-chromium';
import { type CdpEvent, CdpPipeConnection } from './cdp-pipe-connection';
import { devToolsPrintParameters, type PdfPrintOptions, waitForFontsScript } from './pdf-print-options';
import { PdfPrintError, type PdfPrinter } from './pdf-printer';
import { createPrintFolder } from './print-folders';
import { printTimeoutMessage, withDeadline } from './with-deadline';

export interface ChromiumLaunchOptions {
  /** `--chromium PATH`; else `BRIEFDESK_CHROMIUM`; else the usual install locations. */
  explicitPath?: string;
  environment: Readonly<Record<string, string | undefined>>;
  /** How long Chromium may take to start and answer, in milliseconds. */
  launchTimeoutMs?: number;
}

/** The sentence shown when no browser can be found, with every way to fix it. */
export function chromiumNotFoundMessage(
  explicitPath: string | undefined,
  environment: ChromiumLaunchOptions['environment'],
): string {
  const chosen = explicitPath || environment[chromiumEnvironmentVariable];
  if (chosen)
    return `No Chromium or Chrome was found at ${chosen}. Check the path given with --chromium or ${chromiumEnvironmentVariable}.`;
  return `PDF export needs Chromium or Google Chrome, and none was found in the usual places. Install Chromium (Debian/Ubuntu: "apt install chromium"), or give its path with --chromium PATH or the ${chromiumEnvironmentVariable} environment variable.`;
}

/** The page documents are printed in: its target, and the DevTools session attached to it. */
interface PrintPage {
  targetId: string;
  sessionId: string;
}

/** How long a printed page may take to go back to a blank document before it is closed instead. */
const releaseDeadlineMs = 10_000;

/**
 * Bytes of the PDF asked for by each `IO.read`: the reply (64,000 characters of base64 and a few more) fits in
 * one read of the pipe, and every string on both sides stays small. Replies of megabytes, each made, sent,
 * joined and parsed as one string, took several times longer to read the same PDF back, for a few round trips less.
 */
export const readSliceBytes = 48_000;

/**
 * Prints with a headless Chromium it starts itself and drives over `--remote-debugging-pipe`: each
 * document is written to a private file and loaded in one page kept between prints.
 */
export class ChromiumPdfPrinter implements PdfPrinter {
  readonly #process: ChildProcess;
  readonly #connection: CdpPipeConnection;
  readonly #profileDir: string;
  /** Every network request a printed page attempted; all were refused. */
  readonly blockedRequests: string[] = [];

  /** The browser's process id, for diagnostics. */
  get processId(): number | undefined {
    return this.#process.pid;
  }

  /** How many pages this printer has opened (a fresh one after a failed print), for diagnostics. */
  get pagesOpened(): number {
    return this.#pagesOpened;
  }

  #page: Promise<PrintPage> | undefined;
  /** The page going back to a blank document after a print; the next print waits for it. */
  #releasing: Promise<void> = Promise.resolve();
  #queue: Promise<unknown> = Promise.resolve();
  #documents = 0;
  #pagesOpened = 0;
  /** The file of the document being printed: the one request a page may make. */
  #allowedUrl: string | undefined;

  private constructor(process: ChildProcess, connection: CdpPipeConnection, profileDir: string) {
    this.#process = process;
    this.#connection = connection;
    this.#profileDir = profileDir;
    connection.onEvent((event) => this.#answerRequest(event));
  }

  /** Finds and starts Chromium; rejects with a sentence the user can act on when it cannot. */
  static async launch({
    explicitPath,
    environment,
    launchTimeoutMs = 20_000,
  }: ChromiumLaunchOptions): Promise<ChromiumPdfPrinter> {
    const executable = findChromium(explicitPath, environment);
    if (!executable) throw new PdfPrintError(chromiumNotFoundMessage(explicitPath, environment));
    const profileDir = await createPrintFolder('briefdesk-chromium-');
    const child = spawn(
      executable,
      [
        ...quietChromiumFlags,
        '--headless',
        '--remote-debugging-pipe',
        `--user-data-dir=${profileDir}`,
        '--hide-scrollbars',
        '--mute-audio',
        'about:blank',
      ],
      { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
    );
    const started = new Promise<void>((resolve, reject) => {
      child.once('spawn', resolve);
      child.once('error', (error) =>
        reject(new PdfPrintError(`Chromium could not be started from ${executable}: ${error.message}`)),
      );
    });
    const printer = new ChromiumPdfPrinter(child, new CdpPipeConnection(child), profileDir);
    try {
      await withDeadline(
        started.then(() => printer.#connection.send('Browser.getVersion')),
        launchTimeoutMs,
        `Chromium at ${executable} did not answer within ${Math.round(launchTimeoutMs / 1000)} seconds. Check that it is a working Chromium or Chrome, or choose another with --chromium.`,
      );
    } catch (error) {
      await printer.close();
      throw error instanceof PdfPrintError
        ? error
        : new PdfPrintError(`Chromium at ${executable} could not be used: ${String(error)}`, { cause: error });
    }
    return printer;
  }

  documentPath(): string {
    this.#documents += 1;
    return path.join(this.#profileDir, `document-${this.#documents}.html`);
  }

  /** Opens the page documents are printed in, if it is not open, while the caller renders the document. */
  async prepare(): Promise<void> {
    try {
      await this.#warmPage();
    } catch {
      // The print that follows opens the page again and says what went wrong.
    }
  }

  async print(html: string, options: PdfPrintOptions): Promise<Uint8Array[]> {
    const file = this.documentPath();
    try {
      await writeFile(file, html, { mode: 0o600 });
    } catch (error) {
      await rm(file, { force: true });
      throw error;
    }
    return this.printFile(file, options);
  }

  async printFile(file: string, options: PdfPrintOptions): Promise<Uint8Array[]> {
    // One page prints one document at a time; exports that overlap wait their turn.
    const printing = this.#queue.then(() => this.#printOne(file, options));
    this.#queue = printing.catch(() => undefined);
    try {
      return await printing;
    } catch (error) {
      if (error instanceof PdfPrintError) throw error;
      throw new PdfPrintError(
        `Chromium stopped while printing the PDF (${error instanceof Error ? error.message : String(error)}). Try the export again.`,
        { cause: error },
      );
    }
  }

  async #printOne(file: string, options: PdfPrintOptions): Promise<Uint8Array[]> {
    if (path.dirname(path.resolve(file)) !== this.#profileDir)
      throw new Error(`Only documents in the printer's own folder are printed, not ${file}.`);
    const url = pathToFileURL(file).href;
    this.#allowedUrl = url;
    try {
      return await withDeadline(
        this.#warmPage().then(async ({ page, sessionId }) => {
          const pdf = await this.#printInSession(sessionId, url, options);
          // A print that outlived its deadline finds its page discarded, and leaves the new one alone.
          if (this.#page === page) this.#releasing = this.#releaseDocument(page, sessionId);
          return pdf;
        }),
        options.timeoutMs,
        printTimeoutMessage(options.timeoutMs),
      );
    } catch (error) {
      // A page left mid-print is not reused: the next print opens a fresh one.
      this.#discardPage();
      throw error;
    } finally {
      this.#allowedUrl = undefined;
      await rm(file, { force: true });
    }
  }

  /** The page documents are printed in, opened on first use and kept: a warm page prints sooner than a new one. */
  async #warmPage(): Promise<{ page: Promise<PrintPage>; sessionId: string }> {
    await this.#releasing;
    this.#page ??= this.#openPage();
    const page = this.#page;
    return { page, sessionId: (await page).sessionId };
  }

  /**
   * Once printed, the page shows a blank document again, in the background: the printed one's memory is
   * freed while the printer waits, and the next print does not first tear down a hundred pages.
   */
  async #releaseDocument(page: Promise<PrintPage>, sessionId: string): Promise<void> {
    try {
      await withDeadline(this.#navigate(sessionId, 'about:blank'), releaseDeadlineMs, 'The page did not go blank.');
    } catch {
      // A page that will not go blank (crashed, hung) is closed; the next print opens a fresh one.
      if (this.#page === page) this.#discardPage();
    }
  }

  /** Loads `url` in the page and resolves once its load event has fired. */
  async #navigate(sessionId: string, url: string): Promise<void> {
    let stopWaiting = () => {};
    const loaded = new Promise<void>((resolve) => {
      stopWaiting = this.#connection.onEvent((event) => {
        if (event.sessionId === sessionId && event.method === 'Page.loadEventFired') resolve();
      });
    });
    try {
      const navigation = (await this.#connection.send('Page.navigate', { url }, sessionId)) as { errorText?: string };
      if (navigation.errorText)
        throw new PdfPrintError(`The page could not be loaded for printing (${navigation.errorText}). Try again.`);
      await loaded;
    } finally {
      stopWaiting();
    }
  }

  async #openPage(): Promise<PrintPage> {
    this.#pagesOpened += 1;
    const { targetId } = (await this.#connection.send('Target.createTarget', { url: 'about:blank' })) as {
      targetId: string;
    };
    const { sessionId } = (await this.#connection.send('Target.attachToTarget', { targetId, flatten: true })) as {
      sessionId: string;
    };
    const send = (method: string, params?: Record<string, unknown>) => this.#connection.send(method, params, sessionId);
    await send('Fetch.enable', { patterns: [{ urlPattern: '*' }] });
    await send('Page.enable');
    return { targetId, sessionId };
  }

  #discardPage(): void {
    const page = this.#page;
    this.#page = undefined;
    this.#releasing = Promise.resolve();
    void page?.then(({ targetId }) => this.#connection.send('Target.closeTarget', { targetId })).catch(() => undefined);
  }

  /** Every request but the document being printed is refused and recorded. */
  #answerRequest(event: CdpEvent): void {
    if (event.method !== 'Fetch.requestPaused') return;
    const url = String((event.params.request as { url?: string } | undefined)?.url);
    const allowed = url === this.#allowedUrl;
    if (!allowed) this.blockedRequests.push(url);
    void this.#connection
      .send(
        allowed ? 'Fetch.continueRequest' : 'Fetch.failRequest',
        allowed
          ? { requestId: event.params.requestId }
          : { requestId: event.params.requestId, errorReason: 'BlockedByClient' },
        event.sessionId,
      )
      .catch(() => undefined);
  }

  async #printInSession(sessionId: string, url: string, options: PdfPrintOptions): Promise<Uint8Array[]> {
    const send = (method: string, params?: Record<string, unknown>) => this.#connection.send(method, params, sessionId);
    await this.#navigate(sessionId, url);
    const evaluation = (await send('Runtime.evaluate', {
      expression: waitForFontsScript,
      awaitPromise: true,
      returnByValue: true,
    })) as {
      exceptionDetails?: { text?: string };
    };
    if (evaluation.exceptionDetails)
      throw new PdfPrintError(
        `The page could not be prepared for printing: ${evaluation.exceptionDetails.text ?? 'script error'}.`,
      );
    // As a stream read in small slices: each reply is parsed on main's thread in well under a millisecond, where
    // one message of the whole PDF would hold it far longer.
    const { stream } = (await send('Page.printToPDF', {
      ...devToolsPrintParameters(options),
      transferMode: 'ReturnAsStream',
    })) as { stream: string };
    const readSlice = () =>
      send('IO.read', { handle: stream, size: readSliceBytes }) as Promise<{
        data: string;
        base64Encoded?: boolean;
        eof: boolean;
      }>;
    const slices: Buffer[] = [];
    let reading = readSlice();
    for (;;) {
      const slice = await reading;
      // The next slice is asked for before this one is decoded: Chromium reads and encodes it meanwhile.
      if (!slice.eof) reading = readSlice();
      slices.push(Buffer.from(slice.data, slice.base64Encoded ? 'base64' : 'latin1'));
      if (slice.eof) break;
    }
    // Nothing waits for the stream's release: the PDF is all here.
    void send('IO.close', { handle: stream }).catch(() => undefined);
    // The slices as they came, not joined (see `PrintedPdf`): each one is its own buffer (a decoded slice is never in
    // Node's shared pool), so all of them are handed to the document worker, which joins them.
    return slices;
  }

  async close(): Promise<void> {
    if (this.#process.pid !== undefined && this.#process.exitCode === null && this.#process.signalCode === null) {
      const exited = new Promise((resolve) => this.#process.once('exit', resolve));
      // A browser that stopped answering never replies to Browser.close; it is killed instead.
      void this.#connection.send('Browser.close').catch(() => undefined);
      const forced = setTimeout(() => this.#process.kill('SIGKILL'), 2000);
      await exited;
      clearTimeout(forced);
    }
    await rm(this.#profileDir, { recursive: true, force: true, maxRetries: 3 });
  }
}
