import { useEffect, useState } from 'react';
import type { ExportPreviewRequest } from '../../../electron/common/export/export-request';
import { getBriefdeskApi } from '../briefdesk-api';

interface ExportPreviewProps {
  request: ExportPreviewRequest;
  /** The format chosen: a PDF is printed from exactly this HTML. */
  pdf: boolean;
  /** Several briefings, one file each: the preview shows the first file. */
  firstOfSeveral: boolean;
}

/** How long the options must stay still before the preview is rendered again. */
const settleMs = 250;

/**
 * The export's own HTML, rendered by main with the chosen options and shown in a sandboxed frame
 * (no script, an opaque origin), so what the user sees is what is written — or printed to PDF.
 */
export function ExportPreview({ request, pdf, firstOfSeveral }: ExportPreviewProps) {
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
  return (
    <section className="export-preview" aria-label="Preview">
      <p className="hint">
        {firstOfSeveral ? 'Preview of the first file. ' : 'Preview. '}
        {pdf ? 'The PDF is printed from this page, with page breaks, header and footer.' : 'This is the file as saved.'}
      </p>
      {preview && 'path' in preview ? (
        <iframe className="export-preview-frame" title="Preview of the export" sandbox="" src={preview.path} />
      ) : preview ? (
        <p role="alert" className="message message-error">
          {preview.problem}
        </p>
      ) : (
        <p role="status">Rendering the preview…</p>
      )}
    </section>
  );
}
