import { Worker } from 'node:worker_threads';
import { type Briefing, briefingContentSchema } from '../../../common/briefing/briefing';
import { contentJsonTextCheckedBy } from '../../../common/document/content-json-text';
import { UserFacingError } from '../../../common/user-facing-error';
import type { AssetResolver, HtmlExportOptions } from '../../export/export-options';
import type { PdfDocumentProperties } from '../../export/pdf/pdf-document-properties';
import type { PrintedPdf } from '../../export/pdf/pdf-printer';
import type { CombinedExportOptions, HtmlExport, WrittenHtmlExport } from '../../export/render-briefing-html';
import type { BriefingPreparer } from '../../library/prepare-briefing';
import {
  type CombinedOptionsForWorker,
  type DocumentJobResult,
  type DocumentWorkerJob,
  type DocumentWorkerReply,
  type DocumentWorkerRequest,
  type HtmlOptionsForWorker,
  transferableBytes,
} from './document-worker-messages';

/**
 * The worker script: the built `document-worker.js` (beside the entry, or one level up from a shared
 * chunk), or the TypeScript source through tsx, with the hooks that inline the fonts as Vite does,
 * when main runs from source (tests, benchmarks).
 */
function documentWorkerScript(): { url: URL; execArgv: string[] } {
  if (import.meta.url.endsWith('.ts')) {
    const hooks = new URL('../../../../tests/e2e/harness/inline-asset-hooks.mjs', import.meta.url).href;
    const registerHooks = `import { register } from 'node:module'; register(${JSON.stringify(hooks)});`;
    return {
      url: new URL('./document-worker.ts', import.meta.url),
      execArgv: ['--import', 'tsx', '--import', `data:text/javascript,${encodeURIComponent(registerHooks)}`],
    };
  }
  const folder = import.meta.url.includes('/chunks/') ? '../' : './';
  return { url: new URL(`${folder}document-worker.js`, import.meta.url), execArgv: [] };
}

/** `BRIEFDESK_DOCUMENT_JOBS=in-process` runs the jobs on the calling thread (the unit tests, where a TypeScript worker takes seconds to start). */
const jobsInProcess = () => process.env.BRIEFDESK_DOCUMENT_JOBS === 'in-process';

/** A worker with nothing to do for this long stops, so an idle app holds no second copy of the schema and renderer code. */
const idleMs = 30_000;

interface PendingJob {
  resolveAsset: AssetResolver;
  settle: (result: DocumentJobResult) => void;
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
  const script = documentWorkerScript();
  const current: RunningWorker = {
    worker: new Worker(script.url, { execArgv: script.execArgv }),
    pending: new Map(),
  };
  const failAll = (message: string) => {
    if (running === current) running = undefined;
    for (const job of current.pending.values()) job.settle({ outcome: 'failed', message });
    current.pending.clear();
  };
  current.worker.on('message', (reply: DocumentWorkerReply) => {
    const job = current.pending.get(reply.id);
    if (!job) return;
    if ('assetKey' in reply) {
      // Assets are read in main, where the data folder's resolver lives; the worker embeds them.
      void job
        .resolveAsset(reply.source)
        .catch(() => undefined)
        .then((asset) => {
          const answer: DocumentWorkerRequest = { id: reply.id, assetKey: reply.assetKey, asset };
          current.worker.postMessage(answer);
        });
      return;
    }
    current.pending.delete(reply.id);
    job.settle(reply);
    stopWhenIdle(current);
  });
  current.worker.on('error', (error) => failAll(`The document worker failed: ${error.stack ?? error.message}`));
  current.worker.on('exit', (code) => failAll(`The document worker stopped (exit code ${code}).`));
  running = current;
  return current;
}

function runInThread(job: DocumentWorkerJob, resolveAsset: AssetResolver): Promise<DocumentJobResult> {
  const current = startedWorker();
  clearTimeout(current.idleTimer);
  current.worker.ref();
  const id = nextId++;
  return new Promise((settle) => {
    current.pending.set(id, { resolveAsset, settle });
    const request: DocumentWorkerRequest = { id, job };
    const handedOver =
      job.kind === 'finish-pdf' || job.kind === 'read-destination-pages' ? transferableBytes(job.pdf) : [];
    current.worker.postMessage(request, handedOver);
  });
}

async function runJob(job: DocumentWorkerJob, resolveAsset: AssetResolver): Promise<DocumentJobResult> {
  // Loaded only when needed: main's start-up does not evaluate the rendering and PDF code.
  const result = jobsInProcess()
    ? await (await import('./document-worker-jobs')).runDocumentWorkerJob(job, resolveAsset)
    : await runInThread(job, resolveAsset);
  if (result.outcome !== 'failed') return result;
  if (result.code) throw new UserFacingError(result.code, result.message);
  throw new Error(`The job failed in the document worker: ${result.message}`);
}

const noAssets: AssetResolver = async () => undefined;

/** Only the HTML options cross: callers pass wider objects (a file renderer's carries its printer). */
function htmlOptionsForWorker(options: HtmlExportOptions): HtmlOptionsForWorker {
  return {
    exportedAt: options.exportedAt,
    appVersion: options.appVersion,
    ...(options.metadataFields ? { metadataFields: [...options.metadataFields] } : {}),
    ...(options.pageSize ? { pageSize: options.pageSize } : {}),
    ...(options.purpose ? { purpose: options.purpose } : {}),
    ...(options.digits ? { digits: options.digits } : {}),
  };
}

/** `renderBriefingHtml` in the document worker, off main's thread; assets are still read through `options.resolveAsset`. */
export async function renderBriefingHtmlInWorker(briefing: Briefing, options: HtmlExportOptions): Promise<HtmlExport> {
  const job: DocumentWorkerJob = { kind: 'render-html', briefing, options: htmlOptionsForWorker(options) };
  const result = await runJob(job, options.resolveAsset);
  if (result.outcome !== 'rendered') throw new Error('The document worker answered a render with something else.');
  return result.rendered;
}

/** `renderBriefingHtml` in the document worker, which writes the HTML to `file` (a printer's `documentPath`). */
export function renderBriefingHtmlFileInWorker(
  briefing: Briefing,
  options: HtmlExportOptions,
  file: string,
): Promise<WrittenHtmlExport> {
  return renderToFile(
    { kind: 'render-html', briefing, options: htmlOptionsForWorker(options), writeTo: file },
    options,
  );
}

/** Runs a render job that writes its HTML to a file, and returns what the worker says it wrote. */
async function renderToFile(job: DocumentWorkerJob, options: HtmlExportOptions): Promise<WrittenHtmlExport> {
  const result = await runJob(job, options.resolveAsset);
  if (result.outcome !== 'written') throw new Error('The document worker answered a render with something else.');
  return result.written;
}

function combinedOptionsForWorker(options: CombinedExportOptions): CombinedOptionsForWorker {
  return {
    ...htmlOptionsForWorker(options),
    ...(options.title !== undefined ? { title: options.title } : {}),
    ...(options.startPages ? { startPages: new Map(options.startPages) } : {}),
  };
}

/** `renderCombinedBriefingsHtml` in the document worker: the cover, contents and every briefing, off main's thread. */
export async function renderCombinedBriefingsHtmlInWorker(
  briefings: readonly Briefing[],
  options: CombinedExportOptions,
): Promise<HtmlExport> {
  const job: DocumentWorkerJob = {
    kind: 'render-combined-html',
    briefings,
    options: combinedOptionsForWorker(options),
  };
  const result = await runJob(job, options.resolveAsset);
  if (result.outcome !== 'rendered') throw new Error('The document worker answered a render with something else.');
  return result.rendered;
}

/** `renderCombinedBriefingsHtml` in the document worker, which writes the HTML to `file` (a printer's `documentPath`). */
export function renderCombinedBriefingsHtmlFileInWorker(
  briefings: readonly Briefing[],
  options: CombinedExportOptions,
  file: string,
): Promise<WrittenHtmlExport> {
  const job: DocumentWorkerJob = {
    kind: 'render-combined-html',
    briefings,
    options: combinedOptionsForWorker(options),
    writeTo: file,
  };
  return renderToFile(job, options);
}

/**
 * `namedDestinationPages` in the document worker: where each named destination of a printed PDF landed.
 * The bytes are handed over, not copied, where `pdf` (or a piece of it) is a whole buffer: do not use `pdf` afterwards.
 */
export async function namedDestinationPagesInWorker(pdf: PrintedPdf): Promise<Map<string, number>> {
  const result = await runJob({ kind: 'read-destination-pages', pdf }, noAssets);
  if (result.outcome !== 'pages-read') throw new Error('The document worker answered a PDF with something else.');
  return result.pages;
}

/**
 * `finishBriefingPdf` in the document worker: stamps the properties and repairs PDF/UA-1 off main's thread.
 * The bytes are handed over, not copied, where `pdf` (or a piece of it) is a whole buffer: do not use `pdf` afterwards.
 */
export async function finishBriefingPdfInWorker(
  pdf: PrintedPdf,
  properties: PdfDocumentProperties,
): Promise<Uint8Array> {
  const result = await runJob({ kind: 'finish-pdf', pdf, properties }, noAssets);
  if (result.outcome !== 'finished') throw new Error('The document worker answered a PDF with something else.');
  return result.pdf;
}

/** The job for a candidate: a body IPC has checked crosses as the JSON text it came in, which is not walked to copy. */
function preparingJob(candidate: Briefing): DocumentWorkerJob {
  const checkedContentJson = contentJsonTextCheckedBy(candidate.content, briefingContentSchema);
  if (checkedContentJson === undefined) return { kind: 'prepare-briefing', candidate };
  const { content: _content, ...fields } = candidate;
  return { kind: 'prepare-checked-briefing', fields, checkedContentJson };
}

/**
 * `prepareBriefing` in the document worker: the check every briefing passes before it is written, its
 * file text and library row, off main's thread. A refusal arrives as the same `UserFacingError`.
 */
export const prepareBriefingInWorker: BriefingPreparer = async (candidate) => {
  const result = await runJob(preparingJob(candidate), noAssets);
  if (result.outcome !== 'prepared') throw new Error('The document worker answered a briefing with something else.');
  return result.prepared;
};

/** Stops the document worker now (at quit); the next job starts a fresh one. */
export async function stopDocumentWorker(): Promise<void> {
  const current = running;
  running = undefined;
  if (current) await current.worker.terminate();
}
