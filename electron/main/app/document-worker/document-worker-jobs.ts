import { writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { UserFacingError } from '../../../common/user-facing-error';
import type { AssetResolver } from '../../export/export-options';
import { finishBriefingPdf } from '../../export/pdf/finish-briefing-pdf';
import { namedDestinationPages } from '../../export/pdf/named-destination-pages';
import { type HtmlExport, renderBriefingHtml, renderCombinedBriefingsHtml } from '../../export/render-briefing-html';
import { prepareBriefing, prepareBriefingOfCheckedText } from '../../library/prepare-briefing';
import type { DocumentJobResult, DocumentWorkerJob } from './document-worker-messages';

/** A rendered export as the job answers it: sent back whole, or written to `file` and sent back without its HTML. */
async function renderedReply(rendered: HtmlExport, file: string | undefined): Promise<DocumentJobResult> {
  if (file === undefined) return { outcome: 'rendered', rendered };
  const { html, ...rest } = rendered;
  try {
    // A private file that did not exist: the printer's folder is this user's alone. Written in one call on
    // this thread (a worker's), not in the 512 KB pieces of `fs.promises.writeFile`, each a trip to the thread pool.
    writeFileSync(file, html, { mode: 0o600, flag: 'wx' });
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
    if (job.kind === 'render-html')
      return renderedReply(await renderBriefingHtml(job.briefing, { ...job.options, resolveAsset }), job.writeTo);
    if (job.kind === 'render-combined-html') {
      const rendered = await renderCombinedBriefingsHtml(job.briefings, { ...job.options, resolveAsset });
      return renderedReply(rendered, job.writeTo);
    }
    if (job.kind === 'read-destination-pages')
      return { outcome: 'pages-read', pages: await namedDestinationPages(job.pdf) };
    if (job.kind === 'prepare-briefing') return { outcome: 'prepared', prepared: prepareBriefing(job.candidate) };
    if (job.kind === 'prepare-checked-briefing')
      return { outcome: 'prepared', prepared: prepareBriefingOfCheckedText(job.fields, job.checkedContentJson) };
    return { outcome: 'finished', pdf: await finishBriefingPdf(job.pdf, job.properties) };
  } catch (error) {
    if (error instanceof UserFacingError) return { outcome: 'failed', message: error.message, code: error.code };
    return { outcome: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}
