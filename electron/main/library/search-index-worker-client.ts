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

/**
 * Runs one search-index job in a worker thread of its own, which ends with the job, so an
 * idle library holds no second copy of the index. Typed arrays are handed over, not copied.
 */
export function runSearchIndexJob(
  request: SearchIndexWorkerRequest,
  where: 'thread' | 'in-process' = jobsInProcess() ? 'in-process' : 'thread',
): Promise<SearchIndexWorkerReply> {
  if (where === 'in-process') return runSearchIndexJobHere(request);
  return new Promise((resolve, reject) => {
    const script = searchIndexWorkerScript();
    const worker = new Worker(script.url, { execArgv: script.execArgv });
    worker.once('message', (reply: SearchIndexWorkerReply) => {
      resolve(reply);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The search-index worker stopped (exit code ${code}).`)));
    worker.postMessage(request, request.kind === 'write' ? transferablesOf(request.library) : []);
  });
}
