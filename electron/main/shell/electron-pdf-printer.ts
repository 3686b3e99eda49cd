import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BrowserWindow, type Session, session } from 'electron';
import { electronPrintOptions, type PdfPrintOptions, waitForFontsScript } from '../export/pdf/pdf-print-options';
import { PdfPrintError, type PdfPrinter } from '../export/pdf/pdf-printer';
import { createPrintFolder } from '../export/pdf/print-folders';
import { printTimeoutMessage, withDeadline } from '../export/pdf/with-deadline';
import { createSecureBrowserWindow } from './secure-browser-window';

const printPartition = 'briefdesk-export-print';
let preparedSession: Session | undefined;
const allowedFiles = new Set<string>();

/** An in-memory session that denies every permission and every request except the page being printed. */
function printSession(): Session {
  if (preparedSession) return preparedSession;
  const printing = session.fromPartition(printPartition, { cache: false });
  printing.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  printing.setPermissionCheckHandler(() => false);
  printing.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !(details.url.startsWith('data:') || allowedFiles.has(details.url)) });
  });
  preparedSession = printing;
  return printing;
}

/**
 * Prints with Electron's own Chromium: one hidden, sandboxed window kept between prints, loading each
 * self-contained HTML from a private temporary file with every other request cancelled.
 */
export async function openElectronPdfPrinter(): Promise<PdfPrinter> {
  const folder = await createPrintFolder('briefdesk-print-');
  let counter = 0;
  let window: BrowserWindow | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const documentPath = () => {
    counter += 1;
    return path.join(folder, `document-${counter}.html`);
  };
  const printOne = async (file: string, options: PdfPrintOptions): Promise<Uint8Array> => {
    if (path.dirname(path.resolve(file)) !== folder)
      throw new Error(`Only documents in the printer's own folder are printed, not ${file}.`);
    const url = pathToFileURL(file).href;
    allowedFiles.add(url);
    // A warm window prints sooner than a new one, which starts a renderer process first.
    if (!window || window.isDestroyed()) {
      window = createSecureBrowserWindow(
        { show: false },
        { allowDevTools: false, spellcheck: false, session: printSession() },
      );
    }
    const printing = window;
    try {
      return await withDeadline(
        (async () => {
          await printing.webContents.loadURL(url);
          await printing.webContents.executeJavaScript(waitForFontsScript, true);
          return new Uint8Array(await printing.webContents.printToPDF(electronPrintOptions(options)));
        })(),
        options.timeoutMs,
        printTimeoutMessage(options.timeoutMs),
      );
    } catch (error) {
      // A window left mid-print is not reused.
      if (!printing.isDestroyed()) printing.destroy();
      throw error instanceof PdfPrintError
        ? error
        : new PdfPrintError(`The PDF could not be printed: ${String(error)}`, { cause: error });
    } finally {
      allowedFiles.delete(url);
      await rm(file, { force: true });
    }
  };
  const printFile = (file: string, options: PdfPrintOptions): Promise<Uint8Array> => {
    // One window prints one document at a time; exports that overlap wait their turn.
    const printing = queue.then(() => printOne(file, options));
    queue = printing.catch(() => undefined);
    return printing;
  };
  return {
    documentPath,
    printFile,
    async print(html: string, options: PdfPrintOptions): Promise<Uint8Array> {
      const file = documentPath();
      try {
        await writeFile(file, html, { mode: 0o600 });
      } catch (error) {
        await rm(file, { force: true });
        throw error;
      }
      return printFile(file, options);
    },
    async close(): Promise<void> {
      if (window && !window.isDestroyed()) window.destroy();
      window = undefined;
      await rm(folder, { recursive: true, force: true });
    },
  };
}
