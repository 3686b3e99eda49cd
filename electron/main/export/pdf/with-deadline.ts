import { PdfPrintError } from './pdf-printer';

/** Resolves like `work`, or rejects with `message` once `milliseconds` have passed. */
export function withDeadline<T>(work: Promise<T>, milliseconds: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new PdfPrintError(message)), milliseconds);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/** The sentence for a print that ran out of time, shared by both printers. */
export function printTimeoutMessage(timeoutMs: number): string {
  const seconds = Math.max(1, Math.round(timeoutMs / 1000));
  return `Printing the PDF took longer than ${seconds} seconds and was stopped. Very large images can cause this; try again, or export HTML instead.`;
}
