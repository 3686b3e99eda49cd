import type { ConvertedText, ConvertTextRequest } from './convert-text-in-node';

/** How much the worker converts to prepare: that many characters of the warm-up page, then of its long version. */
export interface ImportWorkerWarmUp {
  characters: number;
  longCharacters: number;
}

/**
 * What main sends the import worker: a conversion, or the request to prepare for the imports to come by converting
 * the warm-up pages (the pool asks once in a worker's life).
 */
export type ImportWorkerRequest = { id: number; request: ConvertTextRequest } | { prepare: ImportWorkerWarmUp };

/** What the import worker answers to one request. */
export type ImportWorkerReply =
  | { id: number; outcome: 'converted'; converted: ConvertedText }
  /** Over a limit or not a briefing: `message` is the sentence for the user. */
  | { id: number; outcome: 'refused'; message: string }
  /** No article text was found: the user may ask again and import it anyway. */
  | { id: number; outcome: 'no-article'; message: string }
  /** A fault in the conversion: `message` is for the log, not the user. */
  | { id: number; outcome: 'failed'; message: string };

/** Sent once when the worker has loaded its modules and takes requests. */
export interface ImportWorkerReady {
  ready: true;
}

/** The answer to `{ prepare }`: how many rounds of the made-up pages, short and long, the worker converted. */
export interface ImportWorkerPrepared {
  prepared: true;
  rounds: number;
}
