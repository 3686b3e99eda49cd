import { type ChildProcess, spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { chromiumEnvironmentVariable, findChromium, quietChromiumFlags } from '../../chromium/find-chromium';
import { CdpPipeConnection } from './cdp-pipe-connection';
import { devToolsPrintParameters, type PdfPrintOptions, waitForFontsAndImagesScript } from './pdf-print-options';
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

/** Prints with a headless Chromium it starts itself and drives over `--remote-debugging-pipe`. */
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

  private constructor(process: ChildProcess, connection: CdpPipeConnection, profileDir: string) {
    this.#process = process;
    this.#connection = connection;
    this.#profileDir = profileDir;
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

  async print(html: string, options: PdfPrintOptions): Promise<Uint8Array> {
    try {
      return await this.#print(html, options);
    } catch (error) {
      if (error instanceof PdfPrintError) throw error;
      throw new PdfPrintError(
        `Chromium stopped while printing the PDF (${error instanceof Error ? error.message : String(error)}). Try the export again.`,
        { cause: error },
      );
    }
  }

  async #print(html: string, options: PdfPrintOptions): Promise<Uint8Array> {
    const { targetId } = (await this.#connection.send('Target.createTarget', { url: 'about:blank' })) as {
      targetId: string;
    };
    let stopListening = () => {};
    try {
      const { sessionId } = (await this.#connection.send('Target.attachToTarget', { targetId, flatten: true })) as {
        sessionId: string;
      };
      stopListening = this.#connection.onEvent((event) => {
        if (event.sessionId !== sessionId || event.method !== 'Fetch.requestPaused') return;
        this.blockedRequests.push(String((event.params.request as { url?: string } | undefined)?.url));
        void this.#connection
          .send('Fetch.failRequest', { requestId: event.params.requestId, errorReason: 'BlockedByClient' }, sessionId)
          .catch(() => undefined);
      });
      return await withDeadline(
        this.#printInSession(sessionId, html, options),
        options.timeoutMs,
        printTimeoutMessage(options.timeoutMs),
      );
    } finally {
      stopListening();
      await this.#connection.send('Target.closeTarget', { targetId }).catch(() => undefined);
    }
  }

  async #printInSession(sessionId: string, html: string, options: PdfPrintOptions): Promise<Uint8Array> {
    const send = (method: string, params?: Record<string, unknown>) => this.#connection.send(method, params, sessionId);
    await send('Fetch.enable', { patterns: [{ urlPattern: '*' }] });
    await send('Page.enable');
    const { frameTree } = (await send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    await send('Page.setDocumentContent', { frameId: frameTree.frame.id, html });
    const evaluation = (await send('Runtime.evaluate', {
      expression: waitForFontsAndImagesScript,
      awaitPromise: true,
      returnByValue: true,
    })) as {
      exceptionDetails?: { text?: string };
    };
    if (evaluation.exceptionDetails)
      throw new PdfPrintError(
        `The page could not be prepared for printing: ${evaluation.exceptionDetails.text ?? 'script error'}.`,
      );
    const { data } = (await send('Page.printToPDF', devToolsPrintParameters(options))) as { data: string };
    return new Uint8Array(Buffer.from(data, 'base64'));
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
