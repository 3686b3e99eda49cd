import type { Briefing } from '../../common/briefing/briefing';
import type { RevisionDiff, RevisionEntry } from '../../common/library/library-types';
import { UserFacingError } from '../../common/user-facing-error';
import type { LibraryContext } from './library-context';
import { diffBriefingText } from './revision-diff';
import type { RevisionSnapshot } from './revision-history';

/** The history panel's service: list, view, compare and restore revisions. */
export class BriefingHistory {
  readonly #context: LibraryContext;

  constructor(context: LibraryContext) {
    this.#context = context;
  }

  /** Newest first. */
  async list(id: string): Promise<RevisionEntry[]> {
    await this.#context.read(id);
    return this.#context.history.list(id);
  }

  async get(id: string, revisionId: string): Promise<RevisionSnapshot> {
    const snapshot = await this.#context.history.get(id, revisionId);
    if (!snapshot || snapshot.briefing?.id !== id) {
      throw new UserFacingError('not-found', 'That revision is no longer kept. Pick another one from the history.');
    }
    return snapshot;
  }

  /** What the current text adds to and removes from the revision, word by word. */
  async diff(id: string, revisionId: string): Promise<RevisionDiff> {
    const [snapshot, current] = await Promise.all([this.get(id, revisionId), this.#context.read(id)]);
    return { revisionId, ...diffBriefingText(snapshot.briefing, current) };
  }

  /**
   * Makes the revision's text and metadata the newest revision, after
   * snapshotting the current one so the restore can itself be undone.
   */
  restore(id: string, revisionId: string): Promise<Briefing> {
    return this.#context.exclusive(id, async () => {
      const snapshot = await this.get(id, revisionId);
      const current = await this.#context.read(id);
      await this.#context.history.snapshot(current, 'before-restore');
      const restored: Briefing = {
        ...current,
        metadata: snapshot.briefing.metadata,
        content: snapshot.briefing.content,
        revision: current.revision + 1,
        updatedAt: new Date().toISOString(),
      };
      await this.#context.commit(restored, { previous: current, reason: 'restored' });
      await this.#context.journal.clear(id).catch(() => undefined);
      return restored;
    });
  }
}
