import type { Briefing } from '../../common/briefing/briefing';
import type { BriefingChanges } from '../../common/briefing/briefing-requests';
import { UserFacingError } from '../../common/user-facing-error';

const retryableCodes = new Set(['storage-full', 'storage-read-only']);

/**
 * Saves that failed because the disk was full or read-only: the newest text of
 * each briefing is kept in memory and saved again on its own once writing works.
 */
export class PendingSaves {
  readonly #save: (changes: BriefingChanges) => Promise<Briefing>;
  readonly #intervalMs: number;
  readonly #pending = new Map<string, BriefingChanges>();
  /** A retry saved revision `from` as `to`: the editor, still at `from`, may go on from `to`. */
  readonly #rebased = new Map<string, { from: number; to: number }>();
  #timer: NodeJS.Timeout | undefined;

  constructor(save: (changes: BriefingChanges) => Promise<Briefing>, intervalMs = 5000) {
    this.#save = save;
    this.#intervalMs = intervalMs;
  }

  /** Ids of briefings whose latest text is not yet on disk. */
  ids(): string[] {
    return [...this.#pending.keys()];
  }

  /** The revision a save from the editor really builds on, after a retry saved its text meanwhile. */
  rebase(changes: BriefingChanges): number {
    const rebased = this.#rebased.get(changes.id);
    return rebased && rebased.from === changes.revision ? rebased.to : changes.revision;
  }

  /** Records a failed save; returns the error to show, saying what happens next when it will be retried. */
  keep(changes: BriefingChanges, error: unknown): unknown {
    if (!(error instanceof UserFacingError) || !retryableCodes.has(error.code)) return error;
    this.#pending.set(changes.id, changes);
    this.#schedule();
    return new UserFacingError(
      error.code,
      `${error.message} Your text stays in the editor and in the recovery journal, and Briefdesk saves it on its own as soon as it can write again.`,
      { cause: error },
    );
  }

  /** A save went through: nothing older is pending for that briefing any more. */
  saved(changes: BriefingChanges): void {
    const pending = this.#pending.get(changes.id);
    if (pending === changes || pending?.revision === changes.revision) this.#pending.delete(changes.id);
    this.#rebased.delete(changes.id);
  }

  /** Tries every pending save once; resolves to the ids saved. */
  async retry(): Promise<string[]> {
    const saved: string[] = [];
    for (const [id, changes] of [...this.#pending]) {
      try {
        const briefing = await this.#save(changes);
        this.#rebased.set(id, { from: changes.revision, to: briefing.revision });
        saved.push(id);
      } catch (error) {
        // A full or read-only disk may recover; anything else (a conflict) is the editor's to settle.
        if (!(error instanceof UserFacingError && retryableCodes.has(error.code))) this.#pending.delete(id);
      }
    }
    return saved;
  }

  stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #schedule(): void {
    if (this.#timer) return;
    this.#timer = setTimeout(async () => {
      this.#timer = undefined;
      await this.retry();
      if (this.#pending.size > 0) this.#schedule();
    }, this.#intervalMs);
    this.#timer.unref();
  }
}
