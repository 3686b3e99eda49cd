import type { Briefing } from '../../../electron/common/briefing/briefing';
import type { BriefingMetadata } from '../../../electron/common/briefing/briefing-metadata';
import type { BriefingContent } from '../../../electron/common/document/briefing-content';
import type { IpcError, IpcResult } from '../../../electron/common/ipc-result';
import type { SavedBriefing } from '../../../electron/common/library/saved-briefing';
import { whenIdle } from './when-idle';

/** What the save indicator shows. */
export type SaveState =
  | { kind: 'saved'; at: Date }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'failed'; error: IpcError }
  | { kind: 'conflict'; error: IpcError };

export interface BriefingSaverOptions {
  briefing: Briefing;
  /** `briefings.save`, with the body as values or as one JSON text. */
  save: (
    changes: { id: string; revision: number; metadata: BriefingMetadata } & (
      | { content: BriefingContent }
      | { contentJson: string }
    ),
  ) => Promise<IpcResult<SavedBriefing>>;
  /** Reads the editor's current body; called only when a save starts, never per keystroke. */
  readContent: () => BriefingContent;
  /** Reads the body as JSON text instead, which a long body sends faster; when given, saves use it. */
  readContentJson?: () => string;
  /** Quiet time after the last change before saving. */
  delayMs?: number;
  /** Time before retrying after a failed save (disk full, read-only…). */
  retryMs?: number;
  /** Longest time changes wait while the user keeps typing without a pause. */
  maxWaitMs?: number;
}

/**
 * Autosave for one open briefing: saves about a second after changes stop,
 * one save at a time, revision-checked. A conflict stops autosaving until the
 * user chooses; nothing here ever discards the editor's text.
 */
export class BriefingSaver {
  readonly #options: Required<Omit<BriefingSaverOptions, 'readContentJson'>> &
    Pick<BriefingSaverOptions, 'readContentJson'>;
  #revision: number;
  #metadata: BriefingMetadata;
  #state: SaveState;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #dirty = false;
  /** When the oldest unsaved change was made, for the maximum wait. */
  #dirtySince: number | undefined;
  #inFlight: Promise<void> | undefined;
  readonly #listeners = new Set<() => void>();

  constructor(options: BriefingSaverOptions) {
    this.#options = { delayMs: 1000, retryMs: 10_000, maxWaitMs: 5000, ...options };
    this.#revision = options.briefing.revision;
    this.#metadata = options.briefing.metadata;
    this.#state = { kind: 'saved', at: new Date(options.briefing.updatedAt) };
  }

  get state(): SaveState {
    return this.#state;
  }

  get metadata(): BriefingMetadata {
    return this.#metadata;
  }

  get revision(): number {
    return this.#revision;
  }

  get hasUnsavedChanges(): boolean {
    return this.#dirty || this.#inFlight !== undefined;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  getState = (): SaveState => this.#state;

  /** The body changed; cheap enough to call on every transaction. */
  markChanged(): void {
    this.#dirty = true;
    this.#dirtySince ??= Date.now();
    if (this.#state.kind === 'conflict') return;
    if (this.#state.kind !== 'saving' && this.#state.kind !== 'pending' && this.#state.kind !== 'failed') {
      this.#setState({ kind: 'pending' });
    }
    const waited = Date.now() - this.#dirtySince;
    this.#schedule(Math.max(0, Math.min(this.#options.delayMs, this.#options.maxWaitMs - waited)));
  }

  /** New metadata (already valid); saved with the next save. */
  setMetadata(metadata: BriefingMetadata, immediately = false): void {
    this.#metadata = metadata;
    this.markChanged();
    if (immediately) void this.flush();
  }

  /** Saves now if anything is unsaved; resolves when the save (and any queued one) is done. */
  flush(): Promise<void> {
    return this.#run(true);
  }

  async #run(untilClean: boolean): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    while (this.#inFlight) await this.#inFlight;
    if (!this.#dirty || this.#state.kind === 'conflict') return;
    this.#inFlight = this.#saveOnce().finally(() => {
      this.#inFlight = undefined;
    });
    await this.#inFlight;
    if (untilClean && this.#dirty && this.#state.kind === 'pending') await this.#run(true);
  }

  /** Resolves once no save is running, so what is read next is based on the revision it wrote. */
  async settled(): Promise<void> {
    while (this.#inFlight) await this.#inFlight;
  }

  /** Stops the pending autosave timer (the caller flushes first if it wants the last change saved). */
  dispose(): void {
    clearTimeout(this.#timer);
  }

  #schedule(delay: number): void {
    if (this.#state.kind === 'saving') delay = Math.max(delay, this.#options.delayMs);
    clearTimeout(this.#timer);
    // Reading and sending a long body takes a few milliseconds: do it between keystrokes, not during one.
    this.#timer = setTimeout(() => whenIdle(() => void this.#run(false), 1000), delay);
  }

  async #saveOnce(): Promise<void> {
    this.#dirty = false;
    this.#dirtySince = undefined;
    this.#setState({ kind: 'saving' });
    const { briefing, save, readContent, readContentJson } = this.#options;
    let result: IpcResult<SavedBriefing>;
    try {
      result = await save({
        id: briefing.id,
        revision: this.#revision,
        metadata: this.#metadata,
        ...(readContentJson ? { contentJson: readContentJson() } : { content: readContent() }),
      });
    } catch (error) {
      result = {
        ok: false,
        error: {
          code: 'internal',
          message: error instanceof Error ? error.message : 'The save did not reach the app.',
        },
      };
    }
    if (result.ok) {
      this.#revision = result.value.revision;
      // A change made while this save ran is not in it: its own save is already scheduled.
      this.#setState(this.#dirty ? { kind: 'pending' } : { kind: 'saved', at: new Date(result.value.updatedAt) });
      return;
    }
    this.#dirty = true;
    if (result.error.code === 'conflict') {
      this.#setState({ kind: 'conflict', error: result.error });
      return;
    }
    this.#setState({ kind: 'failed', error: result.error });
    this.#schedule(this.#options.retryMs);
  }

  #setState(state: SaveState): void {
    this.#state = state;
    for (const listener of this.#listeners) listener();
  }
}
