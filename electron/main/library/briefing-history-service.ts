import type { Briefing } from '../../common/briefing/briefing';
import type { RestoreChoices, RevisionDiff, RevisionEntry } from '../../common/library/library-types';
import { applyMetadataFields, type MetadataField, metadataChanges } from '../../common/library/metadata-changes';
import { UserFacingError } from '../../common/user-facing-error';
import type { LibraryContext } from './library-context';
import { diffBriefingText } from './revision-diff';
import type { RevisionSnapshot } from './revision-snapshot-store';

/** The history panel's service: list, view, compare and restore revisions. */
export class BriefingHistoryService {
  readonly #context: LibraryContext;

  constructor(context: LibraryContext) {
    this.#context = context;
  }

  /** Newest first. */
  async list(id: string): Promise<RevisionEntry[]> {
    await this.#context.read(id);
    return this.#context.snapshots.list(id);
  }

  async get(id: string, revisionId: string): Promise<RevisionSnapshot> {
    const snapshot = await this.#context.snapshots.get(id, revisionId);
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

  /** What a restore of the revision would change in the metadata, field by field, for the user to choose. */
  async restoreChoices(id: string, revisionId: string): Promise<RestoreChoices> {
    const [snapshot, current] = await Promise.all([this.get(id, revisionId), this.#context.read(id)]);
    return { entry: snapshot.entry, metadataChanges: metadataChanges(current.metadata, snapshot.briefing.metadata) };
  }

  /**
   * Makes the revision's text the newest revision, with of its metadata only
   * `metadataFields`; the current revision is snapshotted first so the restore
   * can itself be undone.
   */
  restore(id: string, revisionId: string, metadataFields: readonly MetadataField[] = []): Promise<Briefing> {
    return this.#context.exclusive(id, async () => {
      const snapshot = await this.get(id, revisionId);
      const current = await this.#context.read(id);
      await this.#context.snapshots.snapshot(current, 'before-restore');
      const restored: Briefing = {
        ...current,
        metadata: applyMetadataFields(current.metadata, snapshot.briefing.metadata, metadataFields),
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
