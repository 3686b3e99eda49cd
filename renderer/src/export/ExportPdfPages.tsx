import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useRef, useState } from 'react';
import type { ExportPdfPreviewRequest } from '../../../electron/common/export/export-pdf-preview';
import { getBriefdeskApi } from '../briefdesk-api';

/** How long the options must stay still before the PDF is printed again. */
const settleMs = 250;

/** Pages drawn at most: enough to judge the layout; a long briefing's later pages are only counted. */
const shownPages = 6;

/** The width a page is drawn at, in CSS pixels. */
const pageWidth = 360;

const pageNumbers = (count: number) => Array.from({ length: count }, (_unused, index) => index + 1);

function bytesOf(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

function PdfPage({ document, number, count }: { document: PDFDocumentProxy; number: number; count: number }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (canvasRef.current) void drawPage(document, number, canvasRef.current);
  }, [document, number]);
  return (
    <canvas
      ref={canvasRef}
      className="export-pdf-page"
      role="img"
      aria-label={`Page ${number} of ${count}`}
      data-page={number}
    />
  );
}

async function drawPage(document: PDFDocumentProxy, number: number, canvas: HTMLCanvasElement) {
  const { drawPdfPage } = await import('./pdf-pages');
  try {
    const ratio = await drawPdfPage(document, number, canvas, pageWidth);
    canvas.dataset.ratio = ratio.toFixed(3);
  } catch {
    // The document was replaced by a newer preview while this page was being drawn.
  }
}

/**
 * The PDF itself, printed by main with the chosen options and drawn page by page with pdf.js: page
 * breaks, running header and footer as they print. Replaces the HTML preview when the format is PDF.
 */
export function ExportPdfPages({
  request,
  firstOfSeveral,
}: {
  request: ExportPdfPreviewRequest;
  firstOfSeveral: boolean;
}) {
  const [shown, setShown] = useState<{ document: PDFDocumentProxy } | { problem: string }>();
  const key = JSON.stringify(request);
  useEffect(() => {
    let current = true;
    let opened: PDFDocumentProxy | undefined;
    setShown(undefined);
    const timer = window.setTimeout(async () => {
      const answer = await getBriefdeskApi().export.previewPdf(JSON.parse(key) as ExportPdfPreviewRequest);
      if (!current) return;
      if (!answer.ok) {
        setShown({ problem: answer.error.message });
        return;
      }
      try {
        const { openPdfDocument } = await import('./pdf-pages');
        opened = await openPdfDocument(bytesOf(answer.value.base64));
        if (current) setShown({ document: opened });
        else void opened.destroy();
      } catch {
        if (current)
          setShown({ problem: 'The preview of the PDF could not be drawn. The export itself is not affected.' });
      }
    }, settleMs);
    return () => {
      current = false;
      window.clearTimeout(timer);
      void opened?.destroy();
    };
  }, [key]);
  if (!shown) return <p role="status">Printing the preview…</p>;
  if ('problem' in shown) {
    return (
      <p role="alert" className="message message-error">
        {shown.problem}
      </p>
    );
  }
  const count = shown.document.numPages;
  const drawn = Math.min(count, shownPages);
  return (
    <>
      <p className="hint export-pdf-pages-summary">
        {firstOfSeveral ? 'The first file, ' : ''}
        {count === 1 ? '1 page' : `${count} pages`} as printed
        {drawn < count ? `; the first ${drawn} are shown` : ''}.
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus to scroll from the keyboard */}
      <ul className="export-pdf-pages" aria-label="Pages of the PDF" tabIndex={0}>
        {pageNumbers(drawn).map((number) => (
          <li key={number}>
            <PdfPage document={shown.document} number={number} count={count} />
          </li>
        ))}
      </ul>
    </>
  );
}
