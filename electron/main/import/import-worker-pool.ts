import { Worker } from 'node:worker_threads';
import { importWorkerHeapMegabytes, importWorkerTimeoutMilliseconds } from '../../common/limits/input-limits';
import { UserFacingError } from '../../common/user-facing-error';
import type { ConvertedText, ConvertTextRequest } from './convert-text-in-node';
import type { ImportWorkerReady, ImportWorkerReply } from './import-worker-messages';

export interface ImportWorkerLimits {
  timeoutMilliseconds: number;
  heapMegabytes: number;
}

const defaultLimits: ImportWorkerLimits = {
  timeoutMilliseconds: importWorkerTimeoutMilliseconds,
  heapMegabytes: importWorkerHeapMegabytes,
};

/**
 * The worker script: the built `import-worker.js` (beside the entry, or one level
 * up from a shared chunk), or the TypeScript source through tsx when main runs from source (tests).
 */
function importWorkerScript(): { url: URL; execArgv: string[] } {
  if (import.meta.url.endsWith('.ts')) {
    return { url: new URL('./import-worker.ts', import.meta.url), execArgv: ['--import', 'tsx'] };
  }
  const folder = import.meta.url.includes('/chunks/') ? '../' : './';
  return { url: new URL(`${folder}import-worker.js`, import.meta.url), execArgv: [] };
}

/**
 * The worker's space for new objects: two halves of 16 MB, so a large conversion (about 18 MB of short-lived
 * objects) meets about one collection. With 64 MB the first large imports ran into memory the worker had never
 * touched, which costs more than the collections it saves: 16-19 thousand page faults against 10-12 thousand.
 */
const youngGenerationMegabytes = 32;

interface RunningWorker {
  worker: Worker;
  /** Resolves when the worker has loaded its modules. */
  ready: Promise<void>;
  /** Settles the request in flight, if any, when the worker fails or stops. */
  fail?: (error: Error) => void;
}

/**
 * Runs import conversions in a worker thread with a time limit and a memory
 * limit (`resourceLimits`), one at a time. The worker is kept between imports;
 * one that runs out of time or memory is stopped, and the next import starts a
 * fresh one. An idle worker never keeps the process alive.
 */
export class ImportWorkerPool {
  readonly #limits: ImportWorkerLimits;
  #running: RunningWorker | undefined;
  #queue: Promise<unknown> = Promise.resolve();
  #nextId = 1;

  constructor(limits: Partial<ImportWorkerLimits> = {}) {
    this.#limits = { ...defaultLimits, ...limits };
  }

  /** Converts one text in the worker; refusals and stops arrive as a `UserFacingError`. */
  convert(request: ConvertTextRequest): Promise<ConvertedText> {
    const result = this.#queue.then(() => this.#convertNow(request));
    this.#queue = result.catch(() => undefined);
    return result;
  }

  /** Stops the worker, if one runs. */
  async close(): Promise<void> {
    const running = this.#running;
    this.#running = undefined;
    if (running) await running.worker.terminate();
  }

  #start(): RunningWorker {
    const script = importWorkerScript();
    const worker = new Worker(script.url, {
      execArgv: script.execArgv,
      resourceLimits: {
        maxOldGenerationSizeMb: this.#limits.heapMegabytes,
        maxYoungGenerationSizeMb: youngGenerationMegabytes,
      },
    });
    let markReady = () => {};
    const running: RunningWorker = { worker, ready: new Promise((resolve) => (markReady = resolve)) };
    worker.on('message', (message: ImportWorkerReady | ImportWorkerReply) => {
      if ('ready' in message) markReady();
    });
    const stop = (error: Error) => {
      if (this.#running === running) this.#running = undefined;
      markReady();
      running.fail?.(error);
    };
    worker.on('error', (error: Error & { code?: string }) =>
      stop(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new UserFacingError(
              'invalid-argument',
              `The import needed more than ${this.#limits.heapMegabytes} MB of memory and was stopped; import a smaller part of the text.`,
            )
          : error,
      ),
    );
    worker.on('exit', (code) => stop(new Error(`The import worker stopped (exit code ${code}).`)));
    worker.unref();
    return running;
  }

  async #convertNow(request: ConvertTextRequest): Promise<ConvertedText> {
    this.#running ??= this.#start();
    const running = this.#running;
    const id = this.#nextId++;
    running.worker.ref();
    await running.ready;
    if (this.#running !== running) throw new Error('The import worker stopped while it started.');
    return new Promise<ConvertedText>((resolve, reject) => {
      const timer = setTimeout(() => {
        settle();
        this.#running = undefined;
        void running.worker.terminate();
        reject(
          new UserFacingError(
            'invalid-argument',
            `The import took longer than ${Math.round(this.#limits.timeoutMilliseconds / 1000)} seconds and was stopped; import a smaller part of the text.`,
          ),
        );
      }, this.#limits.timeoutMilliseconds);
      const onMessage = (reply: ImportWorkerReady | ImportWorkerReply) => {
        if ('ready' in reply || reply.id !== id) return;
        settle();
        if (reply.outcome === 'converted') resolve(reply.converted);
        else if (reply.outcome === 'refused') reject(new UserFacingError('invalid-argument', reply.message));
        else if (reply.outcome === 'no-article') reject(new UserFacingError('no-article', reply.message));
        else reject(new Error(`The import failed in its worker: ${reply.message}`));
      };
      const settle = () => {
        clearTimeout(timer);
        running.worker.off('message', onMessage);
        running.fail = undefined;
        running.worker.unref();
      };
      running.fail = (error) => {
        settle();
        reject(error);
      };
      running.worker.on('message', onMessage);
      running.worker.postMessage({ id, request });
    });
  }
}

let sharedPool: ImportWorkerPool | undefined;

/** The process's one import worker pool, made on first use: imports from every window and command share it. */
export function sharedImportWorkerPool(): ImportWorkerPool {
  sharedPool ??= new ImportWorkerPool();
  return sharedPool;
}
