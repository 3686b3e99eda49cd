import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import type { AppNotice } from '../../common/app-info';
import { type Briefing, type BriefingSummary, briefingFileVersion } from '../../common/briefing/briefing';
import { type BriefingMetadata, briefingMetadataSchema } from '../../common/briefing/briefing-metadata';
import type { BriefingChanges, NewBriefing } from '../../common/briefing/briefing-requests';
import { isLockedForEditing, refuseLockedEdit } from '../../common/briefing/edit-lock';
import type { ForcedExportRecord } from '../../common/briefing/forced-export-record';
import { keepMainOwnedRecords } from '../../common/briefing/main-owned-records';
import { briefingContentVersion, emptyBriefingContent } from '../../common/document/briefing-content';
import { statusVersionNames } from '../../common/history/revision-comparison';
import type { RevisionReason } from '../../common/library/library-types';
import { zonedAt } from '../../common/time/zoned-time';
import { UserFacingError } from '../../common/user-facing-error';
import { CorruptFileError } from '../storage/corrupt-file-error';
import { quarantineWithNotice } from '../storage/quarantine-file';
import { setAsideLinkedFolders } from '../storage/set-aside-linked-folders';
import { toStorageError } from '../storage/storage-error';
import { admitBriefing } from './admit-briefing';
import { AssetStore } from './asset-store';
import { BriefingConflicts } from './briefing-conflicts';
import { wholeFileText } from './briefing-file-text';
import { BriefingFiles, NewerFormatError } from './briefing-files';
import { BriefingHistoryService } from './briefing-history-service';
import { describeBriefing, type LibraryContext } from './library-context';
import { LibraryIndex } from './library-index';
import { type LibraryPaths, libraryPaths } from './library-paths';
import { reconcileLibrary } from './library-reconcile';
import { LibrarySearchService } from './library-search-service';
import { LibraryTrash } from './library-trash';
import { offerJournalTextAtStart } from './offer-journal-text-at-start';
import { PendingSaves } from './pending-saves';
import { type BriefingPreparer, deriveLeftOut, type PreparedBriefing, prepareBriefingHere } from './prepare-briefing';
import { RecordRevisions } from './record-revisions';
import { onlyRecordsAddedElsewhere } from './records-added-elsewhere';
import { RecoveredTextService } from './recovered-text-service';
import { RecoveredTexts } from './recovered-texts';
import { type JournalEntry, RecoveryJournal } from './recovery-journal';
import { editingSnapshotIntervalMs, RevisionSnapshotStore } from './revision-snapshot-store';
import { SearchIndex } from './search-index';

/** What a save from the editor asks the gate to admit: its changes on the stored briefing, one revision on. */
function savedCandidate(
  current: Briefing,
  changes: BriefingChanges,
  metadata: BriefingMetadata,
  updatedAt: string,
): Briefing {
  return {
    ...current,
    metadata: keepMainOwnedRecords(current.metadata, metadata),
    content: changes.content,
    revision: current.revision + 1,
    updatedAt,
  };
}

/**
 * The library: one durable JSON file per briefing (the truth), a lowdb index of
 * summaries (a cache), revision history, trash, recovery journal, assets and search.
 */
export class BriefingStore {
  readonly paths: LibraryPaths;
  readonly history: BriefingHistoryService;
  readonly trash: LibraryTrash;
  readonly search: LibrarySearchService;
  readonly assets: AssetStore;
  readonly conflicts: BriefingConflicts;
  readonly pending: PendingSaves;
  /** Unsaved text found at start, offered beside the saved version. */
  readonly recovery: RecoveredTextService;
  readonly #context: LibraryContext;
  readonly #locks = new Map<string, Promise<unknown>>();
  readonly #lastSnapshot = new Map<string, number>();
  readonly #records = new RecordRevisions();
  readonly #afterReplies = new Set<Promise<unknown>>();
  #checked: Promise<void> = Promise.resolve();

  private constructor(dataDir: string, index: LibraryIndex, notices: AppNotice[]) {
    this.paths = libraryPaths(dataDir);
    const files = new BriefingFiles(this.paths);
    this.#context = {
      dataDir,
      paths: this.paths,
      files,
      index,
      snapshots: new RevisionSnapshotStore(this.paths.history, {
        boundary: this.paths.root,
        setAside: async (filePath, what) => {
          await quarantineWithNotice(
            dataDir,
            filePath,
            notices,
            (movedTo) =>
              `Briefdesk set aside ${what} it could not trust: ${movedTo}. Your briefing itself is unchanged.`,
          );
        },
      }),
      journal: new RecoveryJournal(this.paths.journal),
      recovered: new RecoveredTexts(this.paths.recovered),
      searchIndex: new SearchIndex(
        { filePath: this.paths.searchIndex, legacyFilePath: this.paths.legacySearchIndex },
        async (filePath) => {
          await quarantineWithNotice(
            dataDir,
            filePath,
            notices,
            (movedTo) => `The search index was damaged, so Briefdesk set it aside (${movedTo}) and is rebuilding it.`,
          );
        },
      ),
      notices,
      read: (id) => this.get(id),
      commit: (briefing, options) => this.#commit(briefing, options),
      exclusive: (id, task) => this.#exclusive(id, task),
      checked: () => this.#checked,
    };
    this.history = new BriefingHistoryService(this.#context);
    this.trash = new LibraryTrash(this.#context);
    this.search = new LibrarySearchService(this.#context);
    this.assets = new AssetStore(this.paths.assets, dataDir);
    this.conflicts = new BriefingConflicts(this.#context, (briefing, title) => this.#createCopy(briefing, title));
    this.pending = new PendingSaves((changes) => this.save(changes));
    this.recovery = new RecoveredTextService(this.#context);
  }

  /**
   * Opens the library in `dataDir`: the index is checked against the files (damaged
   * files are quarantined, with a notice), old trash is purged, and unsaved text in
   * the recovery journal newer than its saved briefing is offered (never applied),
   * each reported through `notices`. With `checkInBackground` (the app) it resolves as
   * soon as the index's first rows are read, so the library shows at once, and that
   * check runs after (`checked`); whatever needs the whole index waits for it.
   */
  static async open(
    dataDir: string,
    notices: AppNotice[],
    now = new Date(),
    { checkInBackground = false }: { checkInBackground?: boolean } = {},
  ): Promise<BriefingStore> {
    const paths = libraryPaths(dataDir);
    await setAsideLinkedFolders(
      dataDir,
      [paths.root, paths.briefings, paths.trash, paths.journal, paths.history, paths.assets, paths.migrationBackups],
      notices,
    );
    await mkdir(paths.briefings, { recursive: true });
    const index = await LibraryIndex.open(
      { rows: paths.indexRows, changes: paths.indexChanges, legacy: paths.index },
      { dataDir, notices },
    );
    const store = new BriefingStore(dataDir, index, notices);
    const checking = (async () => {
      await reconcileLibrary(store.#context);
      await store.trash.reconcile();
      await store.trash.purgeOlderThan30Days(now);
      await offerJournalTextAtStart(store.#context);
    })();
    store.#checked = checking.catch((error: unknown) => {
      notices.push({ level: 'warning', message: toStorageError(error, 'the library', dataDir).message });
    });
    if (!checkInBackground) await checking;
    void store.search.warmUp();
    return store;
  }

  /** Resolves once the start-up check of the library against its files is done, and the whole index is in memory. */
  checked(): Promise<void> {
    return this.#checked;
  }

  /** The journal the editor writes unsaved text to. */
  get journal(): RecoveryJournal {
    return this.#context.journal;
  }

  /** Every briefing, most recently updated first (after `checked`). */
  list(): BriefingSummary[] {
    return this.#context.index.summaries();
  }

  /** The last five briefings opened, newest first. */
  recent(): BriefingSummary[] {
    const { index } = this.#context;
    return index.recentIds().flatMap((id) => {
      const entry = index.entry(id);
      return entry ? [entry.summary] : [];
    });
  }

  /** Records that a briefing was opened; resolves to the updated recent list. */
  markOpened(id: string): BriefingSummary[] {
    if (!this.#context.index.has(id)) {
      throw new UserFacingError('not-found', 'That briefing no longer exists. It may have been moved to the trash.');
    }
    this.#context.index.markOpened(id);
    return this.recent();
  }

  async get(id: string): Promise<Briefing> {
    let briefing: Briefing | null;
    try {
      briefing = await this.#context.files.read(id);
    } catch (error) {
      if (error instanceof CorruptFileError) {
        throw new UserFacingError(
          'storage-failed',
          `The briefing file ${error.filePath} is damaged and cannot be opened.`,
        );
      }
      if (error instanceof NewerFormatError) {
        throw new UserFacingError('storage-failed', `${error.message} Update Briefdesk to open it.`);
      }
      throw toStorageError(error, 'the briefing', this.#context.dataDir);
    }
    if (!briefing)
      throw new UserFacingError('not-found', 'That briefing no longer exists. It may have been moved to the trash.');
    return briefing;
  }

  #defaultTimeZone: () => string = () => 'UTC';
  #defaultLanguage: () => string = () => 'en';

  /** Where a new briefing whose metadata names no language takes it from (the settings' default). */
  takeDefaultLanguageFrom(defaultLanguage: () => string): void {
    this.#defaultLanguage = defaultLanguage;
  }

  /** Where a new briefing whose metadata names no zone takes its zone from (the settings' default). */
  takeDefaultTimeZoneFrom(defaultTimeZone: () => string): void {
    this.#defaultTimeZone = defaultTimeZone;
  }

  #prepare: BriefingPreparer = prepareBriefingHere;

  /** Where a new or saved briefing is checked and serialized before it is written: the app's document worker. */
  prepareBriefingsWith(preparer: BriefingPreparer): void {
    this.#prepare = preparer;
  }

  /** The save's gate (`admitBriefing`) and what the write derives from the content, through the preparer. */
  async #admit(candidate: Briefing): Promise<{ briefing: Briefing; prepared: PreparedBriefing }> {
    const prepared = await this.#prepare(candidate);
    return { briefing: { ...prepared.fields, content: candidate.content }, prepared };
  }

  async create({ templateId = null, metadata = {}, content = emptyBriefingContent() }: NewBriefing): Promise<Briefing> {
    const now = new Date().toISOString();
    const { briefing, prepared } = await this.#admit({
      schemaVersion: briefingFileVersion,
      contentVersion: briefingContentVersion,
      id: randomUUID(),
      createdAt: now,
      updatedAt: now,
      revision: 1,
      templateId,
      metadata: briefingMetadataSchema.parse({
        ...metadata,
        timeZone: metadata.timeZone || this.#defaultTimeZone(),
        language: metadata.language || this.#defaultLanguage(),
      }),
      content,
    });
    await this.#write(briefing, { reason: 'created' }, prepared);
    return briefing;
  }

  /** A copy with a new id, titled "… (copy)", back to draft. */
  async duplicate(id: string): Promise<Briefing> {
    const original = await this.get(id);
    return this.#createCopy({ ...original, metadata: { ...original.metadata, status: 'draft' } }, 'copy');
  }

  /**
   * Saves an edit unless the stored briefing moved on since `revision` was read,
   * or its file was changed by another program: then a `conflict` error names both.
   */
  save(changes: BriefingChanges): Promise<Briefing> {
    // Taken now: journal text that arrives while this save waits or runs is newer than it.
    const generation = this.#context.journal.generation(changes.id);
    return this.#exclusive(changes.id, async () => {
      const updatedAt = new Date().toISOString();
      const seen = this.#context.files.lastSeen(changes.id)?.briefing;
      // The file is looked at first, so that the disk answers while the save is prepared (on this thread, for an
      // editor's save), for the briefing last read or written, which it nearly always still is.
      const looking = (async () => {
        // One look at the file when nothing else touched it, as nearly always; else records another Briefdesk
        // process added are taken as seen, and any other change is a conflict.
        const lookedUnchanged = !(await this.#context.files.changedElsewhere(changes.id));
        if (!lookedUnchanged) await this.#adoptRecordsAddedElsewhere(changes.id);
        const base = this.#records.rebase(changes.id, this.pending.rebase(changes));
        return this.conflicts.currentUnchanged(changes.id, base, { lookedUnchanged });
      })();
      const parsedMetadata = briefingMetadataSchema.safeParse(changes.metadata);
      const early =
        seen && parsedMetadata.success
          ? this.#admit(savedCandidate(seen, changes, parsedMetadata.data, updatedAt))
          : undefined;
      // Looked at only if the briefing was still the one seen, and only where a refusal of its own would come.
      early?.catch(() => undefined);
      const current = await looking;
      const metadata = parsedMetadata.success ? parsedMetadata.data : briefingMetadataSchema.parse(changes.metadata);
      refuseLockedEdit(current, { content: changes.content, metadata });
      const { briefing: next, prepared } =
        early && current === seen
          ? await early
          : await this.#admit(savedCandidate(current, changes, metadata, updatedAt));
      try {
        await this.#write(next, { previous: current }, prepared);
      } catch (error) {
        throw this.pending.keep(changes, error);
      }
      this.pending.saved(changes);
      const { journal } = this.#context;
      const updating = journal.saved(changes.id, generation, current.revision, next.revision).catch(() => undefined);
      // Text typed during the save is moved on to the new revision before the reply. An entry holding no more
      // than the saved text is cleared after it: a crash before then leaves an entry older than the file,
      // which the next start drops.
      if (journal.generation(changes.id) === generation) this.#afterReply(updating);
      else await updating;
      return next;
    });
  }

  /**
   * Another Briefdesk process (the command line's `export --force`) may have added a record to the file
   * since this one read it; such a revision is taken as seen, and saves typed before it build on it.
   */
  async #adoptRecordsAddedElsewhere(id: string): Promise<void> {
    const seenRevision = this.#context.files.lastSeen(id)?.revision;
    const adopted = await this.#context.files.adoptChangeElsewhere(id, onlyRecordsAddedElsewhere);
    if (!adopted || seenRevision === undefined) return;
    for (let revision = seenRevision + 1; revision <= adopted.revision; revision += 1) this.#records.add(id, revision);
  }

  /**
   * Records a final export made despite blocking findings, as a new revision in the briefing's history.
   * An editor open on the briefing goes on saving over it without a conflict, and keeps the record.
   */
  recordForcedExport(id: string, record: ForcedExportRecord): Promise<Briefing> {
    return this.#addRecord(id, (metadata) => ({ ...metadata, forcedExports: [...metadata.forcedExports, record] }), {
      reason: 'forced-export',
      name: `Exported anyway by ${record.by}`,
    });
  }

  /**
   * Unlocks an approved or published briefing for editing, recording who and when, as a new revision named
   * "Unlocked by …" in its history; a briefing that is not locked is returned as it is.
   */
  unlock(id: string, by: string, now = new Date()): Promise<Briefing> {
    const name = by.trim() || 'Unknown';
    return this.#addRecord(
      id,
      (metadata) =>
        isLockedForEditing(metadata)
          ? { ...metadata, unlocked: { by: name, at: zonedAt(now.getTime(), metadata.timeZone) } }
          : undefined,
      { reason: 'unlocked', name: `Unlocked by ${name}` },
    );
  }

  async #addRecord(
    id: string,
    record: (metadata: BriefingMetadata) => BriefingMetadata | undefined,
    history: { reason: RevisionReason; name: string },
  ): Promise<Briefing> {
    return this.#exclusive(id, async () => {
      const current = await this.get(id);
      const recorded = record(current.metadata);
      if (!recorded) return current;
      const next = admitBriefing({
        ...current,
        metadata: briefingMetadataSchema.parse(recorded),
        revision: current.revision + 1,
        updatedAt: new Date().toISOString(),
      });
      await this.#write(next, { previous: current, ...history });
      this.#records.add(id, next.revision);
      // Unsaved text typed on the revision before is typed on this one too.
      await this.#context.journal.moveOn(id, current.revision, next.revision).catch(() => undefined);
      return next;
    });
  }

  /** Keeps unsaved text in the recovery journal: cheap, called by the editor ~300 ms after typing stops. */
  async writeJournal(entry: Omit<JournalEntry, 'writtenAt'>): Promise<{ writtenAt: string }> {
    await this.#checked;
    if (!this.#context.index.has(entry.briefingId)) {
      throw new UserFacingError('not-found', 'That briefing no longer exists. It may have been moved to the trash.');
    }
    try {
      return await this.#context.journal.write({
        ...entry,
        revision: this.#records.rebase(entry.briefingId, entry.revision),
      });
    } catch (error) {
      throw toStorageError(error, 'the unsaved text', this.#context.dataDir);
    }
  }

  /** Resolves once the work saves leave for after their reply (clearing journal entries of saved text) is done. */
  async settled(): Promise<void> {
    while (this.#afterReplies.size > 0) await Promise.all(this.#afterReplies);
  }

  #afterReply(work: Promise<unknown>): void {
    const tracked = work.finally(() => this.#afterReplies.delete(tracked));
    this.#afterReplies.add(tracked);
  }

  /** Writes the index and search index now; call before quitting. */
  async close(): Promise<void> {
    this.pending.stop();
    await this.settled();
    await this.#checked;
    await this.search.settled();
    await Promise.all([this.#context.index.flush(), this.#context.searchIndex.close()]);
  }

  async #createCopy(source: Briefing, label: 'copy' | 'conflict copy'): Promise<Briefing> {
    const title = `${source.metadata.title || 'Untitled'} (${label})`.slice(0, 300);
    return this.create({
      templateId: source.templateId,
      metadata: { ...source.metadata, title },
      content: source.content,
    });
  }

  /** Every write from outside `save`/`create` passes the save's gate: a restore, a recovery, a conflict copy. */
  async #commit(candidate: Briefing, options: { previous?: Briefing; reason?: RevisionReason } = {}): Promise<void> {
    if (options.previous) refuseLockedEdit(options.previous, candidate);
    return this.#write(admitBriefing(candidate), options);
  }

  async #write(
    briefing: Briefing,
    options: { previous?: Briefing; reason?: RevisionReason; name?: string } = {},
    prepared?: PreparedBriefing,
  ): Promise<void> {
    const context = this.#context;
    let file: { mtimeMs: number; size: number };
    // The row and search text a preparer left out are derived while the disk syncs the file, not before the write.
    let derived: ReturnType<typeof deriveLeftOut> | undefined = prepared?.derived && {
      summary: prepared.derived.summary,
      searchBody: { plainText: prepared.derived.searchText },
    };
    try {
      file = await context.files.write(briefing, prepared?.text, () => {
        derived ??= deriveLeftOut(briefing, prepared?.text);
      });
    } catch (error) {
      throw toStorageError(error, describeBriefing(briefing), context.dataDir);
    }
    derived ??= deriveLeftOut(briefing, prepared?.text);
    context.index.put(derived.summary, file);
    context.searchIndex.put(briefing, derived.searchBody);
    const reason = options.reason ?? this.#snapshotReason(briefing, options.previous);
    if (reason) {
      this.#lastSnapshot.set(briefing.id, Date.now());
      // History is secondary to the save itself, which has already succeeded.
      const name =
        options.name ?? (reason === 'status-change' ? statusVersionNames[briefing.metadata.status] : undefined);
      await context.snapshots
        .snapshot(
          briefing,
          reason,
          new Date(),
          name,
          prepared && { text: wholeFileText(prepared.text), summary: derived.summary },
        )
        .catch(() => undefined);
    }
  }

  #snapshotReason(briefing: Briefing, previous: Briefing | undefined): RevisionReason | undefined {
    if (previous && previous.metadata.status !== briefing.metadata.status) return 'status-change';
    const last = this.#lastSnapshot.get(briefing.id);
    if (last === undefined) {
      // Unknown in this session: take one now rather than read the manifest on every save.
      return 'editing';
    }
    return Date.now() - last >= editingSnapshotIntervalMs ? 'editing' : undefined;
  }

  #exclusive<T>(id: string, task: () => Promise<T>): Promise<T> {
    const previous = this.#locks.get(id) ?? Promise.resolve();
    const run = previous.then(task, task);
    const settled = run.catch(() => undefined);
    this.#locks.set(id, settled);
    void settled.then(() => {
      if (this.#locks.get(id) === settled) this.#locks.delete(id);
    });
    return run;
  }
}
