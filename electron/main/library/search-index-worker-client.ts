import { Worker } from 'node:worker_threads';
import { SearchIndexHost } from './search-index-host';
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

/**
 * The worker's space for new objects. V8 grows it up to 48 MB while a rebuild reads 50,000
 * files, and keeps it for as long as the library is open; what the worker keeps (the index)
 * is mostly typed arrays outside it. A rebuild took no longer with 16 (75–76 s against 83–92 s).
 */
const youngGenerationMb = 16;

/** `BRIEFDESK_SEARCH_INDEX_JOBS=in-process` runs the jobs on the calling thread (the unit tests, where a TypeScript worker takes seconds to start). */
const jobsInProcess = () => process.env.BRIEFDESK_SEARCH_INDEX_JOBS === 'in-process';

export type SearchIndexJobs = (request: SearchIndexWorkerRequest) => Promise<SearchIndexWorkerReply>;

/**
 * One library's search-index worker: started on first use, it keeps the index for as long
 * as the library is open (`stop`). If it dies, the jobs waiting are refused, `onLost` is
 * told, and the next job starts a new, empty worker.
 */
export class SearchIndexWorkerClient {
  readonly #where: 'thread' | 'in-process';
  #host: SearchIndexHost | undefined;
  #worker: Worker | undefined;
  #nextId = 0;
  readonly #waiting = new Map<number, { resolve(reply: SearchIndexWorkerReply): void; reject(error: Error): void }>();
  onLost: () => void = () => undefined;

  constructor(where: 'thread' | 'in-process' = jobsInProcess() ? 'in-process' : 'thread') {
    this.#where = where;
  }

  readonly run: SearchIndexJobs = (request) => {
    if (this.#where === 'in-process') {
      this.#host ??= new SearchIndexHost();
      return this.#host.run(request);
    }
    const worker = this.#started();
    const id = this.#nextId++;
    return new Promise<SearchIndexWorkerReply>((resolve, reject) => {
      this.#waiting.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ id, request }, transferablesOf(request));
    });
  };

  /** Stops the worker; the index it held is gone (persist it first). */
  async stop(): Promise<void> {
    this.#host = undefined;
    const worker = this.#worker;
    this.#worker = undefined;
    if (worker) await worker.terminate();
  }

  #started(): Worker {
    if (this.#worker) return this.#worker;
    const script = searchIndexWorkerScript();
    const worker = new Worker(script.url, {
      execArgv: script.execArgv,
      resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb },
    });
    worker.unref();
    worker.on('message', ({ id, reply }: { id: number; reply: SearchIndexWorkerReply }) => {
      const waiting = this.#waiting.get(id);
      this.#waiting.delete(id);
      if (this.#waiting.size === 0) worker.unref();
      waiting?.resolve(reply);
    });
    const lose = (error: Error) => {
      if (this.#worker !== worker) return;
      this.#worker = undefined;
      const waiting = [...this.#waiting.values()];
      this.#waiting.clear();
      for (const job of waiting) job.reject(error);
      this.onLost();
    };
    worker.once('error', (error) => {
      lose(error);
      void worker.terminate();
    });
    worker.once('exit', (code) => lose(new Error(`The search-index worker stopped (exit code ${code}).`)));
    this.#worker = worker;
    return worker;
  }
}
