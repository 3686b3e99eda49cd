import type { Briefing } from '../../../common/briefing/briefing';
import type { ErrorCode } from '../../../common/user-facing-error';
import type { DamagedAsset, HtmlExportOptions, ResolvedAsset } from '../../export/export-options';
import type { PdfDocumentProperties } from '../../export/pdf/pdf-document-properties';
import type { PrintedPdf } from '../../export/pdf/pdf-printer';
import type { CombinedExportOptions, HtmlExport, WrittenHtmlExport } from '../../export/render-briefing-html';
import type { PreparedBriefing } from '../../library/prepare-briefing';

/** The HTML options as they cross to the worker: everything but the asset resolver, which stays in main. */
export type HtmlOptionsForWorker = Omit<HtmlExportOptions, 'resolveAsset'>;

/** The combined file's options as they cross: its cover title and, on the second pass, each briefing's start page. */
export type CombinedOptionsForWorker = Omit<CombinedExportOptions, 'resolveAsset'>;

/** One job for the document worker. A render with `writeTo` writes its HTML to that file instead of sending it back. */
export type DocumentWorkerJob =
  | { kind: 'render-html'; briefing: Briefing; options: HtmlOptionsForWorker; writeTo?: string }
  | {
      kind: 'render-combined-html';
      briefings: readonly Briefing[];
      options: CombinedOptionsForWorker;
      writeTo?: string;
    }
  | { kind: 'read-destination-pages'; pdf: PrintedPdf }
  | { kind: 'finish-pdf'; pdf: PrintedPdf; properties: PdfDocumentProperties }
  | { kind: 'prepare-briefing'; candidate: Briefing }
  /** A briefing whose body is the JSON text IPC's check has passed: the text crosses, not a copy of the tree. */
  | { kind: 'prepare-checked-briefing'; fields: Omit<Briefing, 'content'>; checkedContentJson: string };

/** What main sends: a job, or the answer to the worker's question about an asset. */
export type DocumentWorkerRequest =
  | { id: number; job: DocumentWorkerJob }
  | { id: number; assetKey: number; asset: ResolvedAsset | DamagedAsset | undefined };

/** How a job ended. */
export type DocumentJobResult =
  | { outcome: 'rendered'; rendered: HtmlExport }
  | { outcome: 'written'; written: WrittenHtmlExport }
  | { outcome: 'finished'; pdf: Uint8Array }
  | { outcome: 'pages-read'; pages: Map<string, number> }
  | { outcome: 'prepared'; prepared: PreparedBriefing }
  /** `code` is set for a `UserFacingError`, whose message is for the user; otherwise the message is for the log. */
  | { outcome: 'failed'; message: string; code?: ErrorCode };

/** What the worker sends: a job's result, or a question about an asset the job needs. */
export type DocumentWorkerReply =
  | ({ id: number } & DocumentJobResult)
  | { id: number; assetKey: number; source: string };

/** The buffers to transfer with a PDF (one array or its pieces): each array that is the whole of its buffer (others are copied). */
export function transferableBytes(bytes: PrintedPdf): ArrayBuffer[] {
  const handedOver = new Set<ArrayBuffer>();
  for (const piece of bytes instanceof Uint8Array ? [bytes] : bytes) {
    const buffer = piece.buffer;
    if (buffer instanceof ArrayBuffer && piece.byteOffset === 0 && piece.byteLength === buffer.byteLength)
      handedOver.add(buffer);
  }
  return [...handedOver];
}
