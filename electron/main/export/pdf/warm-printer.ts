import type { PdfPrintOptions } from './pdf-print-options';
import type { PdfPrinter } from './pdf-printer';

/**
 * Keeps one printer open between export jobs, so that the next PDF is printed by a browser that is
 * already running. Each job borrows it as a `PdfPrinter` whose `close` only gives it back; the printer
 * itself closes after `idleMs` without a borrower, or when `close` is called here (at quit).
 */
export class WarmPrinter {
  readonly #open: () => Promise<PdfPrinter>;
  readonly #idleMs: number;
  #printer: Promise<PdfPrinter> | undefined;
  #borrowers = 0;
  #idleTimer: NodeJS.Timeout | undefined;

  constructor(open: () => Promise<PdfPrinter>, idleMs = 120_000) {
    this.#open = open;
    this.#idleMs = idleMs;
  }

  /** The warm printer, opened if it is not; its `close` gives it back rather than closing it. */
  async borrow(): Promise<PdfPrinter> {
    clearTimeout(this.#idleTimer);
    this.#borrowers += 1;
    this.#printer ??= this.#open();
    const opening = this.#printer;
    let printer: PdfPrinter;
    try {
      printer = await opening;
    } catch (error) {
      if (this.#printer === opening) this.#printer = undefined;
      this.#giveBack();
      throw error;
    }
    let returned = false;
    return {
      print: (html: string, options: PdfPrintOptions) => printer.print(html, options),
      documentPath: () => printer.documentPath(),
      prepare: async () => printer.prepare?.(),
      printFile: (file: string, options: PdfPrintOptions) => printer.printFile(file, options),
      close: async () => {
        if (returned) return;
        returned = true;
        this.#giveBack();
      },
    };
  }

  /** Closes the printer now, borrowed or not. */
  async close(): Promise<void> {
    clearTimeout(this.#idleTimer);
    const printer = this.#printer;
    this.#printer = undefined;
    await (await printer?.catch(() => undefined))?.close();
  }

  #giveBack(): void {
    this.#borrowers -= 1;
    if (this.#borrowers > 0) return;
    this.#idleTimer = setTimeout(() => void this.close(), this.#idleMs);
    this.#idleTimer.unref();
  }
}
