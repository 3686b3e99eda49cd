import { useEffect, useState } from 'react';
import type { ExportPdfPreviewRequest } from '../../../electron/common/export/export-pdf-preview';
import type { ExportPreviewRequest } from '../../../electron/common/export/export-request';
import { getBriefdeskApi } from '../briefdesk-api';
import { ExportPdfPages } from './ExportPdfPages';

interface ExportPreviewProps {
  request: ExportPreviewRequest;
  /** The format is PDF: the pages themselves are shown, printed with these options. */
  pdf?: ExportPdfPreviewRequest;
  /** Several briefings, one file each: the preview shows the first file. */
  firstOfSeveral: boolean;
}

/** How long the options must stay still before the preview is rendered again. */
const settleMs = 250;

/**
 * The export's own HTML, rendered by main with the chosen options and shown in a sandboxed frame
 * (no script, an opaque origin), so what the user sees is what is written.
 */
function HtmlPreviewFrame({ request }: { request: ExportPreviewRequest }) {
  const [preview, setPreview] = useState<{ path: string } | { problem: string }>();
  const key = JSON.stringify(request);
  useEffect(() => {
    let current = true;
    const timer = window.setTimeout(() => {
      void getBriefdeskApi()
        .export.preview(JSON.parse(key) as ExportPreviewRequest)
        .then((answer) => {
          if (current) setPreview(answer.ok ? { path: answer.value.path } : { problem: answer.error.message });
        });
    }, settleMs);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [key]);
  if (preview && 'path' in preview) {
    return <iframe className="export-preview-frame" title="Preview of the export" sandbox="" src={preview.path} />;
  }
  return preview ? (
    <p role="alert" className="message message-error">
      {preview.problem}
    </p>
  ) : (
    <p role="status">Rendering the preview…</p>
  );
}

/** What the export will write: the PDF's printed pages, or the file itself for the other formats. */
export function ExportPreview({ request, pdf, firstOfSeveral }: ExportPreviewProps) {
  return (
    <section className="export-preview" aria-label="Preview">
      {pdf ? (
        <ExportPdfPages request={pdf} firstOfSeveral={firstOfSeveral} />
      ) : (
        <>
          <p className="hint">
            {firstOfSeveral ? 'Preview of the first file. ' : 'Preview. '}This is the file as saved.
          </p>
          <HtmlPreviewFrame request={request} />
        </>
      )}
    </section>
  );
}
