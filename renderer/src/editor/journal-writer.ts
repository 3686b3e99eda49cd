import type { BriefingMetadata } from '../../../electron/common/briefing/briefing-metadata';
import type { BriefingContent } from '../../../electron/common/document/briefing-content';
import type { IpcResult } from '../../../electron/common/ipc-result';
import { whenIdle } from './when-idle';

type JournalSnapshot = { revision: number; metadata: BriefingMetadata } & (
  | { content: BriefingContent }
  | { contentJson: string }
);

export interface JournalWriterOptions {
  briefingId: string;
  /** `journal.write` */
  write: (entry: { briefingId: string } & JournalSnapshot) => Promise<IpcResult<{ writtenAt: string }>>;
  /** The current text (as values, or as one JSON text), revision and metadata; read only when a write starts, never per keystroke. */
  readSnapshot: () => JournalSnapshot;
  /**
   * Resolves once no autosave is running: text typed during a save is written
   * only afterwards, with the revision that save wrote, so it never looks older than it is.
   */
  whenNotSaving?: () => Promise<void>;
  /** Quiet time after the last change before the text goes to the journal. */
  delayMs?: number;
}

/**
 * Keeps the recovery journal current: about 300 ms after changes stop, the
 * editor's text goes to `journal.write`, one write at a time. If Briefdesk
 * closes before the autosave lands, the library restores this text at the next
 * start. A failed write is not shown: the autosave reports storage problems.
 */
export class JournalWriter {
  readonly #options: Required<JournalWriterOptions>;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #cancelIdle: (() => void) | undefined;
  #dirty = false;
  #inFlight: Promise<void> | undefined;
  #disposed = false;

  constructor(options: JournalWriterOptions) {
    this.#options = { delayMs: 300, whenNotSaving: async () => undefined, ...options };
  }

  /** The text changed; cheap enough to call on every transaction. */
  markChanged(): void {
    if (this.#disposed) return;
    this.#dirty = true;
    clearTimeout(this.#timer);
    this.#cancelIdle?.();
    this.#timer = setTimeout(() => {
      this.#cancelIdle = whenIdle(() => void this.#writeWhenFree(), 200);
    }, this.#options.delayMs);
  }

  /** Stops pending writes; one already sent still lands. */
  dispose(): void {
    this.#disposed = true;
    clearTimeout(this.#timer);
    this.#cancelIdle?.();
  }

  /** Stops pending writes and resolves once a write already sent has landed. */
  async stop(): Promise<void> {
    this.dispose();
    while (this.#inFlight) await this.#inFlight;
  }

  async #writeWhenFree(): Promise<void> {
    while (this.#inFlight) await this.#inFlight;
    if (!this.#dirty || this.#disposed) return;
    this.#inFlight = this.#writeOnce().finally(() => {
      this.#inFlight = undefined;
    });
    await this.#inFlight;
  }

  async #writeOnce(): Promise<void> {
    const { briefingId, write, readSnapshot, whenNotSaving } = this.#options;
    await whenNotSaving();
    if (this.#disposed) return;
    this.#dirty = false;
    await write({ briefingId, ...readSnapshot() }).catch(() => undefined);
  }
}
