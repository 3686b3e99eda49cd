import { UserFacingError } from '../../../common/user-facing-error';
import type { AssetResolver } from '../../export/export-options';
import { finishBriefingPdf } from '../../export/pdf/finish-briefing-pdf';
import { namedDestinationPages } from '../../export/pdf/named-destination-pages';
import { renderBriefingHtml, renderCombinedBriefingsHtml } from '../../export/render-briefing-html';
import { prepareBriefing } from '../../library/prepare-briefing';
import type { DocumentJobResult, DocumentWorkerJob } from './document-worker-messages';

/** Runs one job where it is called (the document worker, or main in the unit tests); never throws. */
export async function runDocumentWorkerJob(
  job: DocumentWorkerJob,
  resolveAsset: AssetResolver,
): Promise<DocumentJobResult> {
  try {
    if (job.kind === 'render-html') {
      return {
        outcome: 'rendered',
        rendered: await renderBriefingHtml(job.briefing, { ...job.options, resolveAsset }),
      };
    }
    if (job.kind === 'render-combined-html') {
      return {
        outcome: 'rendered',
        rendered: await renderCombinedBriefingsHtml(job.briefings, { ...job.options, resolveAsset }),
      };
    }
    if (job.kind === 'read-destination-pages')
      return { outcome: 'pages-read', pages: await namedDestinationPages(job.pdf) };
    if (job.kind === 'prepare-briefing') return { outcome: 'prepared', prepared: prepareBriefing(job.candidate) };
    return { outcome: 'finished', pdf: await finishBriefingPdf(job.pdf, job.properties) };
  } catch (error) {
    if (error instanceof UserFacingError) return { outcome: 'failed', message: error.message, code: error.code };
    return { outcome: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}
