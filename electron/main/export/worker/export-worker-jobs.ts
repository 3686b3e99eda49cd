import { UserFacingError } from '../../../common/user-facing-error';
import type { AssetResolver } from '../export-options';
import { finishBriefingPdf } from '../pdf/finish-briefing-pdf';
import { renderBriefingHtml } from '../render-briefing-html';
import type { ExportJobResult, ExportWorkerJob } from './export-worker-messages';

/** Runs one export job where it is called (the export worker, or main in the unit tests); never throws. */
export async function runExportWorkerJob(job: ExportWorkerJob, resolveAsset: AssetResolver): Promise<ExportJobResult> {
  try {
    if (job.kind === 'render-html') {
      return {
        outcome: 'rendered',
        rendered: await renderBriefingHtml(job.briefing, { ...job.options, resolveAsset }),
      };
    }
    return { outcome: 'finished', pdf: await finishBriefingPdf(job.pdf, job.properties) };
  } catch (error) {
    if (error instanceof UserFacingError) return { outcome: 'failed', message: error.message, code: error.code };
    return { outcome: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}
