import { Worker } from 'node:worker_threads';
import { importWorkerHeapMegabytes, importWorkerTimeoutMilliseconds } from '../../common/limits/input-limits';
import { UserFacingError } from '../../common/user-facing-error';
import type { ConvertedText, ConvertTextRequest } from './convert-text-in-node';
import type {
  ImportWorkerPrepared,
  ImportWorkerReady,
  ImportWorkerReply,
  ImportWorkerRequest,
} from './import-worker-messages';
import { longWarmUpCharacters, warmUpCharacters } from './warm-up-page';

export interface ImportWorkerLimits {
  timeoutMilliseconds: number;
  heapMegabytes: number;
  /** How much of the warm-up page `prepare` has the worker convert. */
  warmUpCharacters: number;
  /** How much of the long warm-up page it converts after that. */
  longWarmUpCharacters: number;
}

const defaultLimits: ImportWorkerLimits = {
  timeoutMilliseconds: importWorkerTimeoutMilliseconds,
  heapMegabytes: importWorkerHeapMegabytes,
  warmUpCharacters,
  longWarmUpCharacters,
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
  /** Resolves with the rounds of the worker's warm-up once it prepared (`prepare`); 0 if it stopped first. */
  prepared?: Promise<number>;
  /** Conversions and warm-ups under way: while any is, the worker keeps the process alive. */
  holds: number;
}

/**
 * Runs import conversions in a worker thread with a time limit and a memory
 * limit (`resourceLimits`), one at a time. The worker is kept between imports;
 * one that runs out of time or memory is stopped, and the next import starts a
 * fresh one. An idle worker never keeps the process alive. `prepare` starts the
 * worker ahead of the imports and lets it warm up while none waits.
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

  /**
   * Starts the worker, if none runs, and has it convert a made-up page, then the same page at a long report's
   * length, until its code is compiled as a long article needs (the Import screen asks for this when it opens, while
   * the user picks what to import). An import that arrives meanwhile stops the warm-up after the round in progress.
   * Resolves with the rounds converted, once the worker is done; asked again, with the same rounds; never rejects (a
   * worker that stops resolves 0).
   */
  prepare(): Promise<number> {
    this.#running ??= this.#start();
    const running = this.#running;
    running.prepared ??= this.#warmUp(running);
    return running.prepared;
  }

  async #warmUp(running: RunningWorker): Promise<number> {
    this.#hold(running);
    try {
      await running.ready;
      if (this.#running !== running) return 0;
      return await new Promise<number>((resolve) => {
        const onMessage = (message: ImportWorkerPrepared | ImportWorkerReady | ImportWorkerReply) => {
          if (!('prepared' in message)) return;
          settle(message.rounds);
        };
        const onExit = () => settle(0);
        const settle = (rounds: number) => {
          running.worker.off('message', onMessage);
          running.worker.off('exit', onExit);
          resolve(rounds);
        };
        running.worker.on('message', onMessage);
        running.worker.on('exit', onExit);
        const { warmUpCharacters: characters, longWarmUpCharacters: longCharacters } = this.#limits;
        running.worker.postMessage({ prepare: { characters, longCharacters } } satisfies ImportWorkerRequest);
      });
    } finally {
      this.#release(running);
    }
  }

  #hold(running: RunningWorker): void {
    if (running.holds === 0) running.worker.ref();
    running.holds += 1;
  }

  #release(running: RunningWorker): void {
    running.holds -= 1;
    if (running.holds === 0) running.worker.unref();
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
    const running: RunningWorker = { worker, ready: new Promise((resolve) => (markReady = resolve)), holds: 0 };
    worker.on('message', (message: ImportWorkerReady | ImportWorkerReply | ImportWorkerPrepared) => {
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
    this.#hold(running);
    try {
      await running.ready;
      if (this.#running !== running) throw new Error('The import worker stopped while it started.');
      return await this.#request(running, id, request);
    } finally {
      this.#release(running);
    }
  }

  #request(running: RunningWorker, id: number, request: ConvertTextRequest): Promise<ConvertedText> {
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
      const onMessage = (reply: ImportWorkerReady | ImportWorkerReply | ImportWorkerPrepared) => {
        if (!('id' in reply) || reply.id !== id) return;
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
      };
      running.fail = (error) => {
        settle();
        reject(error);
      };
      running.worker.on('message', onMessage);
      running.worker.postMessage({ id, request } satisfies ImportWorkerRequest);
    });
  }
}

let sharedPool: ImportWorkerPool | undefined;

/** The process's one import worker pool, made on first use: imports from every window and command share it. */
export function sharedImportWorkerPool(): ImportWorkerPool {
  sharedPool ??= new ImportWorkerPool();
  return sharedPool;
}
