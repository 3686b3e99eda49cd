import { Worker } from 'node:worker_threads';
import type {
  SpellingCheckRequest,
  SpellingCheckResult,
  SpellingSuggestRequest,
} from '../../common/spelling/spelling-requests';
import { UserFacingError } from '../../common/user-facing-error';
import type { SpellingWorkerReply, SpellingWorkerRequest } from './spelling-messages';

/** The worker script: built `spelling-worker.js` beside the entry (or one level up from a chunk), or the source through tsx. */
function spellingWorkerScript(): { url: URL; execArgv: string[] } {
  if (import.meta.url.endsWith('.ts')) {
    return { url: new URL('./spelling-worker.ts', import.meta.url), execArgv: ['--import', 'tsx'] };
  }
  const folder = import.meta.url.includes('/chunks/') ? '../' : './';
  return { url: new URL(`${folder}spelling-worker.js`, import.meta.url), execArgv: [] };
}

/**
 * Checks spelling in a worker thread, so loading a dictionary (up to seconds for Ukrainian) and checking a
 * long briefing never hold main's event loop. The personal word list is kept by the caller and sent along.
 */
export class SpellingService {
  #worker: Worker | undefined;
  #nextId = 1;
  readonly #pending = new Map<number, (reply: SpellingWorkerReply) => void>();
  readonly #personalWords: () => readonly string[];

  constructor(personalWords: () => readonly string[] = () => []) {
    this.#personalWords = personalWords;
  }

  /** The misspelled words of each text, in the order given. */
  async check(request: SpellingCheckRequest): Promise<SpellingCheckResult> {
    const reply = await this.#ask({ language: request.language, texts: request.texts, suggestFor: request.suggestFor });
    return { misspellings: reply.misspellings, suggestions: reply.suggestions };
  }

  /** Replacements for one word from its language's dictionary, best first; none for a language without one. */
  async suggest(request: SpellingSuggestRequest): Promise<{ suggestions: string[] }> {
    const reply = await this.#ask({ language: request.language, texts: [], suggestFor: request.word });
    return { suggestions: reply.suggestions };
  }

  async close(): Promise<void> {
    await this.#worker?.terminate();
    this.#worker = undefined;
  }

  #ask(request: Omit<SpellingWorkerRequest, 'id' | 'personalWords'>) {
    const worker = this.#start();
    const id = this.#nextId++;
    return new Promise<Extract<SpellingWorkerReply, { ok: true }>>((resolve, reject) => {
      this.#pending.set(id, (reply) => {
        if (reply.ok) resolve(reply);
        else reject(new UserFacingError('internal', `Spelling could not be checked: ${reply.message}`));
      });
      worker.postMessage({ ...request, id, personalWords: [...this.#personalWords()] } satisfies SpellingWorkerRequest);
    });
  }

  #start(): Worker {
    if (this.#worker) return this.#worker;
    const script = spellingWorkerScript();
    const worker = new Worker(script.url, { execArgv: script.execArgv });
    worker.unref();
    worker.on('message', (reply: SpellingWorkerReply) => {
      this.#pending.get(reply.id)?.(reply);
      this.#pending.delete(reply.id);
    });
    worker.on('error', (error) => {
      for (const settle of this.#pending.values()) settle({ id: 0, ok: false, message: error.message });
      this.#pending.clear();
      this.#worker = undefined;
    });
    this.#worker = worker;
    return worker;
  }
}
