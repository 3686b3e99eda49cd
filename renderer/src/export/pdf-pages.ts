import { GlobalWorkerOptions, getDocument, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

// pdf.js parses in its own worker, served from the app like every other script.
GlobalWorkerOptions.workerSrc = workerUrl;

/** Opens PDF bytes with pdf.js (loaded with the export dialog's page preview only, never at start). */
export function openPdfDocument(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  return getDocument({ data: bytes, useWorkerFetch: false, stopAtErrors: true }).promise;
}

/**
 * Draws page `number` of `document` into `canvas`, `cssWidth` CSS pixels wide at the screen's
 * density; returns the page's height-to-width ratio as printed.
 */
export async function drawPdfPage(
  document: PDFDocumentProxy,
  number: number,
  canvas: HTMLCanvasElement,
  cssWidth: number,
): Promise<number> {
  const page = await document.getPage(number);
  const unscaled = page.getViewport({ scale: 1 });
  const density = window.devicePixelRatio || 1;
  const viewport = page.getViewport({ scale: (cssWidth * density) / unscaled.width });
  canvas.width = Math.round(viewport.width);
  canvas.height = Math.round(viewport.height);
  canvas.style.width = `${cssWidth}px`;
  canvas.style.height = `${Math.round(viewport.height / density)}px`;
  await page.render({ canvas, viewport }).promise;
  page.cleanup();
  return unscaled.height / unscaled.width;
}
