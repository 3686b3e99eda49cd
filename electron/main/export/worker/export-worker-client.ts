import { Worker } from 'node:worker_threads';
import type { Briefing } from '../../../common/briefing/briefing';
import { UserFacingError } from '../../../common/user-facing-error';
import type { AssetResolver, HtmlExportOptions } from '../export-options';
import type { PdfDocumentProperties } from '../pdf/pdf-document-properties';
import type { HtmlExport } from '../render-briefing-html';
import { runExportWorkerJob } from './export-worker-jobs';
import {
  type ExportJobResult,
  type ExportWorkerJob,
  type ExportWorkerReply,
  type ExportWorkerRequest,
  type HtmlOptionsForWorker,
  transferableBytes,
} from './export-worker-messages';

/**
 * The worker script: the built `export-worker.js` (beside the entry, or one level up from a shared
 * chunk), or the TypeScript source through tsx, with the hooks that inline the fonts as Vite does,
 * when main runs from source (tests, benchmarks).
 */
function exportWorkerScript(): { url: URL; execArgv: string[] } {
  if (import.meta.url.endsWith('.ts')) {
    const hooks = new URL('../../../../tests/e2e/harness/inline-asset-hooks.mjs', import.meta.url).href;
    const registerHooks = `import { register } from 'node:module'; register(${JSON.stringify(hooks)});`;
    return {
      url: new URL('./export-worker.ts', import.meta.url),
      execArgv: ['--import', 'tsx', '--import', `data:text/javascript,${encodeURIComponent(registerHooks)}`],
    };
  }
  const folder = import.meta.url.includes('/chunks/') ? '../' : './';
  return { url: new URL(`${folder}export-worker.js`, import.meta.url), execArgv: [] };
}

/** `BRIEFDESK_EXPORT_JOBS=in-process` runs the jobs on the calling thread (the unit tests, where a TypeScript worker takes seconds to start). */
const jobsInProcess = () => process.env.BRIEFDESK_EXPORT_JOBS === 'in-process';

/** A worker with nothing to do for this long stops, so an app that exported once holds no second copy of the renderer code. */
const idleMs = 30_000;

interface PendingJob {
  resolveAsset: AssetResolver;
  settle: (result: ExportJobResult) => void;
}

interface RunningWorker {
  worker: Worker;
  pending: Map<number, PendingJob>;
  idleTimer?: NodeJS.Timeout;
}

let running: RunningWorker | undefined;
let nextId = 1;

function stopWhenIdle(current: RunningWorker): void {
  if (current.pending.size > 0) return;
  current.worker.unref();
  clearTimeout(current.idleTimer);
  current.idleTimer = setTimeout(() => void current.worker.terminate(), idleMs);
  current.idleTimer.unref();
}

function startedWorker(): RunningWorker {
  if (running) return running;
  const script = exportWorkerScript();
  const current: RunningWorker = {
    worker: new Worker(script.url, { execArgv: script.execArgv }),
    pending: new Map(),
  };
  const failAll = (message: string) => {
    if (running === current) running = undefined;
    for (const job of current.pending.values()) job.settle({ outcome: 'failed', message });
    current.pending.clear();
  };
  current.worker.on('message', (reply: ExportWorkerReply) => {
    const job = current.pending.get(reply.id);
    if (!job) return;
    if ('assetKey' in reply) {
      // Assets are read in main, where the data folder's resolver lives; the worker embeds them.
      void job
        .resolveAsset(reply.source)
        .catch(() => undefined)
        .then((asset) => {
          const answer: ExportWorkerRequest = { id: reply.id, assetKey: reply.assetKey, asset };
          current.worker.postMessage(answer);
        });
      return;
    }
    current.pending.delete(reply.id);
    job.settle(reply);
    stopWhenIdle(current);
  });
  current.worker.on('error', (error) => failAll(`The export worker failed: ${error.stack ?? error.message}`));
  current.worker.on('exit', (code) => failAll(`The export worker stopped (exit code ${code}).`));
  running = current;
  return current;
}

function runInThread(job: ExportWorkerJob, resolveAsset: AssetResolver): Promise<ExportJobResult> {
  const current = startedWorker();
  clearTimeout(current.idleTimer);
  current.worker.ref();
  const id = nextId++;
  return new Promise((settle) => {
    current.pending.set(id, { resolveAsset, settle });
    const request: ExportWorkerRequest = { id, job };
    current.worker.postMessage(request, job.kind === 'finish-pdf' ? transferableBytes(job.pdf) : []);
  });
}

async function runJob(job: ExportWorkerJob, resolveAsset: AssetResolver): Promise<ExportJobResult> {
  const result = jobsInProcess() ? await runExportWorkerJob(job, resolveAsset) : await runInThread(job, resolveAsset);
  if (result.outcome !== 'failed') return result;
  if (result.code) throw new UserFacingError(result.code, result.message);
  throw new Error(`The export failed in its worker: ${result.message}`);
}

const noAssets: AssetResolver = async () => undefined;

/** `renderBriefingHtml` in the export worker, off main's thread; assets are still read through `options.resolveAsset`. */
export async function renderBriefingHtmlInWorker(briefing: Briefing, options: HtmlExportOptions): Promise<HtmlExport> {
  // Only the HTML options cross: callers pass wider objects (a file renderer's carries its printer).
  const crossing: HtmlOptionsForWorker = {
    exportedAt: options.exportedAt,
    appVersion: options.appVersion,
    ...(options.metadataFields ? { metadataFields: [...options.metadataFields] } : {}),
    ...(options.pageSize ? { pageSize: options.pageSize } : {}),
    ...(options.purpose ? { purpose: options.purpose } : {}),
  };
  const result = await runJob({ kind: 'render-html', briefing, options: crossing }, options.resolveAsset);
  if (result.outcome !== 'rendered') throw new Error('The export worker answered a render with something else.');
  return result.rendered;
}

/**
 * `finishBriefingPdf` in the export worker: stamps the properties and repairs PDF/UA-1 off main's thread.
 * The bytes are handed over, not copied, when `pdf` is a whole buffer: do not use `pdf` afterwards.
 */
export async function finishBriefingPdfInWorker(
  pdf: Uint8Array,
  properties: PdfDocumentProperties,
): Promise<Uint8Array> {
  const result = await runJob({ kind: 'finish-pdf', pdf, properties }, noAssets);
  if (result.outcome !== 'finished') throw new Error('The export worker answered a PDF with something else.');
  return result.pdf;
}

/** Stops the export worker now (at quit); the next job starts a fresh one. */
export async function stopExportWorker(): Promise<void> {
  const current = running;
  running = undefined;
  if (current) await current.worker.terminate();
}
