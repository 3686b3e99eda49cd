import { Worker } from 'node:worker_threads';
import { runSearchIndexJobHere } from './search-index-jobs';
import {
  type SearchIndexWorkerReply,
  type SearchIndexWorkerRequest,
  transferablesOf,
} from './search-index-worker-messages';

/**
 * The worker script: the built `search-index-worker.js` (beside the entry, or one level
 * up from a shared chunk), or the TypeScript source through tsx when main runs from source (tests).
 */
function searchIndexWorkerScript(): { url: URL; execArgv: string[] } {
  if (import.meta.url.endsWith('.ts')) {
    return { url: new URL('./search-index-worker.ts', import.meta.url), execArgv: ['--import', 'tsx'] };
  }
  const folder = import.meta.url.includes('/chunks/') ? '../' : './';
  return { url: new URL(`${folder}search-index-worker.js`, import.meta.url), execArgv: [] };
}

/** `BRIEFDESK_SEARCH_INDEX_JOBS=in-process` runs the jobs on the calling thread (the unit tests, where a TypeScript worker takes seconds to start). */
const jobsInProcess = () => process.env.BRIEFDESK_SEARCH_INDEX_JOBS === 'in-process';

const idleMs = 10_000;

interface RunningWorker {
  worker: Worker;
  idleTimer?: NodeJS.Timeout;
}

let running: RunningWorker | undefined;
let queue: Promise<unknown> = Promise.resolve();

/** The worker, started on first use and stopped after `idleMs` without a job, so an idle library holds no second copy of anything. */
function startedWorker(): RunningWorker {
  if (running) {
    clearTimeout(running.idleTimer);
    return running;
  }
  const script = searchIndexWorkerScript();
  const started: RunningWorker = { worker: new Worker(script.url, { execArgv: script.execArgv }) };
  started.worker.unref();
  started.worker.once('exit', () => {
    if (running === started) running = undefined;
  });
  running = started;
  return started;
}

function runInThread(request: SearchIndexWorkerRequest): Promise<SearchIndexWorkerReply> {
  const current = startedWorker();
  const { worker } = current;
  worker.ref();
  return new Promise<SearchIndexWorkerReply>((resolve, reject) => {
    const settle = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      worker.unref();
      current.idleTimer = setTimeout(() => void worker.terminate(), idleMs);
      current.idleTimer.unref();
    };
    const onMessage = (reply: SearchIndexWorkerReply) => {
      settle();
      resolve(reply);
    };
    const onError = (error: Error) => {
      settle();
      if (running === current) running = undefined;
      void worker.terminate();
      reject(error);
    };
    const onExit = (code: number) => {
      settle();
      reject(new Error(`The search-index worker stopped (exit code ${code}).`));
    };
    worker.on('message', onMessage);
    worker.once('error', onError);
    worker.once('exit', onExit);
    worker.postMessage(request, request.kind === 'write' ? transferablesOf(request.library) : []);
  });
}

/**
 * Runs one search-index job in the search-index worker thread, one job at a time. Typed
 * arrays are handed over, not copied.
 */
export function runSearchIndexJob(
  request: SearchIndexWorkerRequest,
  where: 'thread' | 'in-process' = jobsInProcess() ? 'in-process' : 'thread',
): Promise<SearchIndexWorkerReply> {
  if (where === 'in-process') return runSearchIndexJobHere(request);
  const result = queue.then(() => runInThread(request));
  queue = result.catch(() => undefined);
  return result;
}
