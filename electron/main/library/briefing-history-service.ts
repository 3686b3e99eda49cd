import type { Briefing } from '../../common/briefing/briefing';
import { refuseLockedEdit } from '../../common/briefing/edit-lock';
import type { ComparedVersion, RevisionComparison } from '../../common/history/revision-comparison';
import { revisionLabel } from '../../common/history/revision-label';
import type { RestoreChoices, RevisionDiff, RevisionEntry } from '../../common/library/library-types';
import { applyMetadataFields, type MetadataField, metadataChanges } from '../../common/library/metadata-changes';
import { UserFacingError } from '../../common/user-facing-error';
import { compareBriefingBodies } from './history/compare-briefings';
import type { LibraryContext } from './library-context';
import { diffBriefingText } from './revision-diff';
import type { RevisionSnapshot } from './revision-snapshot-store';

type RevisionId = string;

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

  /** Names the newest saved revision (e.g. "Sent to desk"); history then keeps it whatever its age. */
  name(id: string, name: string): Promise<RevisionEntry> {
    return this.#context.exclusive(id, async () =>
      this.#context.snapshots.snapshot(await this.#context.read(id), 'named', new Date(), name.trim().slice(0, 80)),
    );
  }

  /** Any two versions side by side: the body block by block (a moved section as a move) and the metadata. */
  async compare(id: string, older: RevisionId | 'current', newer: RevisionId | 'current'): Promise<RevisionComparison> {
    const [olderVersion, newerVersion] = await Promise.all([this.#version(id, older), this.#version(id, newer)]);
    const metadata = metadataChanges(newerVersion.briefing.metadata, olderVersion.briefing.metadata).map((change) => ({
      field: change.field,
      label: change.label,
      older: change.other,
      newer: change.current,
    }));
    return {
      older: olderVersion.version,
      newer: newerVersion.version,
      ...compareBriefingBodies(olderVersion.briefing, newerVersion.briefing),
      metadata,
    };
  }

  async #version(
    id: string,
    revisionId: RevisionId | 'current',
  ): Promise<{ briefing: Briefing; version: ComparedVersion }> {
    if (revisionId === 'current') {
      const briefing = await this.#context.read(id);
      return { briefing, version: { label: `Current text (revision ${briefing.revision})` } };
    }
    const { briefing, entry } = await this.get(id, revisionId);
    return { briefing, version: { label: revisionLabel(entry), entry } };
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
      const restored: Briefing = {
        ...current,
        metadata: applyMetadataFields(current.metadata, snapshot.briefing.metadata, metadataFields),
        content: snapshot.briefing.content,
        revision: current.revision + 1,
        updatedAt: new Date().toISOString(),
      };
      // A restore is an edit: an approved or published briefing takes it only once unlocked, as a save would.
      refuseLockedEdit(current, restored);
      await this.#context.snapshots.snapshot(current, 'before-restore');
      await this.#context.commit(restored, { previous: current, reason: 'restored' });
      await this.#context.journal.clear(id).catch(() => undefined);
      return restored;
    });
  }
}
