import { UserFacingError } from '../../../common/user-facing-error';
import type { PdfPrintOptions } from './pdf-print-options';

/**
 * Prints one self-contained HTML document to PDF. Two implementations share these options:
 * Electron's hidden window (`electron/main/shell/`) in the app, Chromium over DevTools for the CLI and tests.
 */
export interface PdfPrinter {
  print(html: string, options: PdfPrintOptions): Promise<Uint8Array>;
  /**
   * A new path in the printer's private folder: the document worker writes a rendered export there, so
   * that its HTML never crosses main's thread, and `printFile` prints it.
   */
  documentPath(): string;
  /**
   * Gets ready to print (a browser page opened, for one that needs it) while the caller renders the
   * document; never rejects: what fails here fails the print that follows.
   */
  prepare?(): Promise<void>;
  /** Prints a file at a path `documentPath` gave, then removes it. */
  printFile(file: string, options: PdfPrintOptions): Promise<Uint8Array>;
  /** Releases the browser or window; the printer cannot be used afterwards. */
  close(): Promise<void>;
}

/** Why a PDF could not be produced, phrased for the user. */
export class PdfPrintError extends UserFacingError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('export-failed', message, options);
    this.name = 'PdfPrintError';
  }
}
