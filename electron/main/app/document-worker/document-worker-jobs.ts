import { closeSync, openSync, writeSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { UserFacingError } from '../../../common/user-facing-error';
import type { AssetResolver } from '../../export/export-options';
import { finishBriefingPdf } from '../../export/pdf/finish-briefing-pdf';
import { namedDestinationPages } from '../../export/pdf/named-destination-pages';
import { joinedPdf } from '../../export/pdf/pdf-printer';
import {
  type HtmlExportPieces,
  renderBriefingHtml,
  renderBriefingHtmlPieces,
  renderCombinedBriefingsHtml,
  renderCombinedBriefingsHtmlPieces,
} from '../../export/render-briefing-html';
import { prepareBriefing, prepareBriefingOfCheckedText } from '../../library/prepare-briefing';
import type { DocumentJobResult, DocumentWorkerJob } from './document-worker-messages';

/**
 * Writes `pieces` one after the other to `file`, a private file that did not exist: the printer's folder is this
 * user's alone. The pieces are not joined first (a large export's pictures would be copied once more for it), and
 * are written on this thread (a worker's), not in the 512 KB pieces of `fs.promises.writeFile`, each a trip to
 * the thread pool.
 */
function writeNewFile(file: string, pieces: readonly string[]): void {
  const descriptor = openSync(file, 'wx', 0o600);
  try {
    for (const piece of pieces) {
      // Written from the string: its bytes go through a scratch buffer that is freed at once, not a new Buffer each.
      const written = writeSync(descriptor, piece);
      const bytes = written < Buffer.byteLength(piece) ? Buffer.from(piece).subarray(written) : undefined;
      for (let at = 0; bytes && at < bytes.length; ) at += writeSync(descriptor, bytes, at);
    }
  } finally {
    closeSync(descriptor);
  }
}

/** A rendered export written to `file` and sent back without its HTML. */
async function writtenReply(rendered: HtmlExportPieces, file: string): Promise<DocumentJobResult> {
  const { pieces, ...rest } = rendered;
  try {
    writeNewFile(file, pieces);
  } catch (error) {
    // A partly written file is removed; one that was already there is not the worker's to remove.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') await rm(file, { force: true });
    throw error;
  }
  return { outcome: 'written', written: { ...rest, file } };
}

/** Runs one job where it is called (the document worker, or main in the unit tests); never throws. */
export async function runDocumentWorkerJob(
  job: DocumentWorkerJob,
  resolveAsset: AssetResolver,
): Promise<DocumentJobResult> {
  try {
    if (job.kind === 'render-html') {
      const options = { ...job.options, resolveAsset };
      if (job.writeTo === undefined)
        return { outcome: 'rendered', rendered: await renderBriefingHtml(job.briefing, options) };
      return writtenReply(await renderBriefingHtmlPieces(job.briefing, options), job.writeTo);
    }
    if (job.kind === 'render-combined-html') {
      const options = { ...job.options, resolveAsset };
      if (job.writeTo === undefined)
        return { outcome: 'rendered', rendered: await renderCombinedBriefingsHtml(job.briefings, options) };
      return writtenReply(await renderCombinedBriefingsHtmlPieces(job.briefings, options), job.writeTo);
    }
    if (job.kind === 'read-destination-pages')
      return { outcome: 'pages-read', pages: await namedDestinationPages(joinedPdf(job.pdf)) };
    if (job.kind === 'prepare-briefing') return { outcome: 'prepared', prepared: prepareBriefing(job.candidate) };
    if (job.kind === 'prepare-checked-briefing')
      return { outcome: 'prepared', prepared: prepareBriefingOfCheckedText(job.fields, job.checkedContentJson) };
    return { outcome: 'finished', pdf: await finishBriefingPdf(joinedPdf(job.pdf), job.properties) };
  } catch (error) {
    if (error instanceof UserFacingError) return { outcome: 'failed', message: error.message, code: error.code };
    return { outcome: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}
