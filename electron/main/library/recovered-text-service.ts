import { type Briefing, briefingSchema } from '../../common/briefing/briefing';
import { briefingMetadataSchema } from '../../common/briefing/briefing-metadata';
import { refuseLockedEdit } from '../../common/briefing/edit-lock';
import type { RecoveredText } from '../../common/library/library-types';
import { metadataChanges } from '../../common/library/metadata-changes';
import { UserFacingError } from '../../common/user-facing-error';
import { CorruptFileError } from '../storage/corrupt-file-error';
import type { LibraryContext } from './library-context';
import type { JournalEntry } from './recovery-journal';
import { diffBriefingText } from './revision-diff';

/** The editor's side of recovered text: show it beside the saved version, restore it, or discard it for good. */
export class RecoveredTextService {
  readonly #context: LibraryContext;

  constructor(context: LibraryContext) {
    this.#context = context;
  }

  async #entry(id: string): Promise<JournalEntry | null> {
    try {
      return await this.#context.recovered.read(id);
    } catch (error) {
      if (error instanceof CorruptFileError) {
        throw new UserFacingError(
          'storage-failed',
          `The recovered text ${error.filePath} is damaged and cannot be shown.`,
        );
      }
      throw error;
    }
  }

  #asBriefing(saved: Briefing, entry: JournalEntry): Briefing {
    const parsed = briefingSchema.safeParse({ ...saved, metadata: entry.metadata, content: entry.content });
    if (!parsed.success) {
      throw new UserFacingError(
        'storage-failed',
        'The recovered text does not fit the briefing format and cannot be used.',
      );
    }
    return parsed.data;
  }

  /** The unsaved text waiting for briefing `id`, compared with the saved version; null when there is none. */
  async get(id: string): Promise<RecoveredText | null> {
    // Text found at start is moved here by the start-up check.
    await this.#context.checked();
    const entry = await this.#entry(id);
    if (!entry) return null;
    const saved = await this.#context.read(id);
    const unsaved = this.#asBriefing(saved, entry);
    return {
      briefingId: id,
      revision: entry.revision,
      writtenAt: entry.writtenAt,
      ...diffBriefingText(saved, unsaved),
      metadataChanges: metadataChanges(saved.metadata, briefingMetadataSchema.parse(unsaved.metadata)),
    };
  }

  /** Makes the recovered text (and the metadata typed with it) the next revision; the saved one stays in the history. */
  restore(id: string): Promise<Briefing> {
    return this.#context.exclusive(id, async () => {
      const entry = await this.#entry(id);
      if (!entry) throw new UserFacingError('not-found', 'That unsaved text was already restored or discarded.');
      const current = await this.#context.read(id);
      const unsaved = this.#asBriefing(current, entry);
      const restored: Briefing = {
        ...unsaved,
        revision: current.revision + 1,
        updatedAt: new Date().toISOString(),
      };
      // Recovered text is an edit: an approved or published briefing takes it only once unlocked.
      refuseLockedEdit(current, restored);
      await this.#context.snapshots.snapshot(current, 'before-restore').catch(() => undefined);
      await this.#context.commit(restored, { previous: current, reason: 'recovered' });
      await this.#context.recovered.remove(id);
      return restored;
    });
  }

  /** Drops the recovered text for good. */
  async discard(id: string): Promise<{ id: string }> {
    await this.#context.exclusive(id, () => this.#context.recovered.remove(id));
    return { id };
  }
}
