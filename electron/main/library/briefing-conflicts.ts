import type { Briefing } from '../../common/briefing/briefing';
import { briefingMetadataSchema } from '../../common/briefing/briefing-metadata';
import type { BriefingChanges } from '../../common/briefing/briefing-requests';
import { refuseLockedEdit } from '../../common/briefing/edit-lock';
import type { ConflictInfo, ConflictResolution } from '../../common/library/library-types';
import { UserFacingError } from '../../common/user-facing-error';
import { describeBriefing, type LibraryContext } from './library-context';
import { summarizeBriefing } from './summarize-briefing';

type CreateCopy = (source: Briefing, label: 'conflict copy') => Promise<Briefing>;

type ConflictChoice = 'mine' | 'theirs' | 'discard-mine';

const readableTime = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

/** Detects edits made outside this app before they are overwritten, and resolves them on the user's choice. */
export class BriefingConflicts {
  readonly #context: LibraryContext;
  readonly #createCopy: CreateCopy;

  constructor(context: LibraryContext, createCopy: CreateCopy) {
    this.#context = context;
    this.#createCopy = createCopy;
  }

  /**
   * The stored briefing a save may replace, or a `conflict` error that names both versions. `lookedUnchanged`: the
   * caller has just found the file as this process last read or wrote it (`changedElsewhere`), so it is not looked at
   * again.
   */
  async currentUnchanged(id: string, baseRevision: number, { lookedUnchanged = false } = {}): Promise<Briefing> {
    const { files } = this.#context;
    if (!lookedUnchanged && (await files.changedElsewhere(id))) {
      const onDisk = await files.peek(id).catch(() => null);
      const title = describeBriefing(onDisk ?? { title: files.lastSeen(id)?.title ?? '' });
      const other = onDisk
        ? `the file now holds revision ${onDisk.revision}, saved ${readableTime(onDisk.updatedAt)}`
        : 'its file was removed';
      throw new UserFacingError(
        'conflict',
        `${title} was changed outside Briefdesk (for example by a sync tool) since you opened it: ${other}; you were editing revision ${baseRevision}. Choose which version to keep; the other is kept as a conflict copy unless you discard it. Your text stays in the editor.`,
      );
    }
    // The file is the one last read or written: the briefing kept from then needs no second look at it.
    const current = files.lastSeen(id)?.briefing ?? (await this.#context.read(id));
    if (current.revision !== baseRevision) {
      throw new UserFacingError(
        'conflict',
        `${describeBriefing(current)} was changed elsewhere since you opened it: it is now at revision ${current.revision}, saved ${readableTime(current.updatedAt)}; you were editing revision ${baseRevision}. Choose which version to keep; the other is kept as a conflict copy unless you discard it. Your text stays in the editor.`,
      );
    }
    return current;
  }

  async info(id: string): Promise<ConflictInfo> {
    const onDisk = await this.#context.files.peek(id).catch(() => null);
    const seen = this.#context.files.lastSeen(id);
    return {
      onDisk: onDisk ? summarizeBriefing(onDisk) : null,
      lastSeen: seen ? { revision: seen.revision, updatedAt: seen.updatedAt, title: seen.title } : null,
    };
  }

  /**
   * `mine`: the editor's text becomes the next revision and the other version a
   * new briefing "… (conflict copy)" (and a revision in this briefing's history);
   * `theirs`: the other version stays and the editor's text becomes the copy;
   * `discard-mine`: the other version stays and the editor's text is dropped for good.
   * The recovery journal of the briefing is cleared in every case: its text was typed on the losing side.
   */
  resolve(changes: BriefingChanges & { keep: ConflictChoice }): Promise<ConflictResolution> {
    return this.#context.exclusive(changes.id, async () => {
      const { files, journal } = this.#context;
      const seen = files.lastSeen(changes.id);
      files.forget(changes.id);
      const stored = await files.read(changes.id);
      const base = stored ?? seen?.briefing;
      if (!base) throw new UserFacingError('not-found', 'That briefing no longer exists.');
      const mine: Briefing = {
        ...base,
        metadata: briefingMetadataSchema.parse(changes.metadata),
        content: changes.content,
      };
      const resolution = await this.#keep(changes.keep, mine, stored);
      await journal.clear(changes.id).catch(() => undefined);
      return resolution;
    });
  }

  async #keep(choice: ConflictChoice, mine: Briefing, stored: Briefing | null): Promise<ConflictResolution> {
    if (!stored) {
      if (choice === 'mine') {
        const next: Briefing = { ...mine, revision: mine.revision + 1, updatedAt: new Date().toISOString() };
        await this.#context.commit(next);
        return { briefing: next, conflictCopy: null };
      }
      throw new UserFacingError(
        'not-found',
        'The other version no longer exists: its file was removed. Keep your version to save it again.',
      );
    }
    if (choice === 'discard-mine') return { briefing: stored, conflictCopy: null };
    if (choice === 'theirs') {
      const copy = await this.#createCopy(mine, 'conflict copy');
      return { briefing: stored, conflictCopy: summarizeBriefing(copy) };
    }
    // Keeping mine over an approved or published version is an edit it takes only once unlocked.
    refuseLockedEdit(stored, mine);
    const copy = await this.#createCopy(stored, 'conflict copy');
    // The replaced version also stays in this briefing's own history.
    await this.#context.snapshots.snapshot(stored, 'before-conflict-choice').catch(() => undefined);
    const next: Briefing = { ...mine, revision: stored.revision + 1, updatedAt: new Date().toISOString() };
    // The kept version is snapshotted too: a later outside change must not be able to erase the user's choice.
    await this.#context.commit(next, { previous: stored, reason: 'conflict-choice' });
    return { briefing: next, conflictCopy: summarizeBriefing(copy) };
  }
}
