import { lstat, mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Briefing, BriefingSummary } from '../../common/briefing/briefing';
import { countWords } from '../../common/document/count-words';
import { revisionIdSchema } from '../../common/library/library-requests';
import type { RevisionEntry, RevisionReason } from '../../common/library/library-types';
import type { RevisionManifest } from '../../common/library/stored-library-files';
import { assertInsideFolder } from '../storage/contained-path';
import { CorruptFileError } from '../storage/corrupt-file-error';
import { readStoredJson } from '../storage/read-stored-json';
import { StoredJsonFile } from '../storage/stored-json-file';
import { StoredPathError } from '../storage/stored-path-error';
import { writeFileDurably } from '../storage/write-file-durably';
import { historyFolderPath, snapshotFilePath } from './library-paths';
import { revisionsToKeep } from './revision-retention';
import { revisionManifestFormat, revisionSnapshotFormat } from './stored-library-formats';

/** A stored snapshot: the listing entry and the whole briefing as it was. */
export interface RevisionSnapshot {
  entry: RevisionEntry;
  briefing: Briefing;
}

/** Moves a refused file or link to quarantine with a notice; `what` names it for the user. */
export type SetAside = (filePath: string, what: string) => Promise<void>;

const refuse: SetAside = async (filePath, what) => {
  throw new CorruptFileError(filePath, `it is ${what}`);
};

const isLink = (target: string) =>
  lstat(target).then(
    (entry) => entry.isSymbolicLink(),
    () => false,
  );

/** While editing, at most one snapshot per this interval; status changes, names and restores always snapshot. */
export const editingSnapshotIntervalMs = 60 * 1000;

const manifestName = 'revisions.json';

function revisionIdFor(savedAt: string, revision: number): string {
  return `${savedAt.replace(/[-:.]/g, '')}-r${revision}`;
}

/**
 * Revision snapshots: one folder per briefing, one file per snapshot, and a small manifest (a cache).
 * Every path is built from a checked briefing id and revision id, and checked again before use.
 */
export class RevisionSnapshotStore {
  readonly #root: string;
  /** The library folder: no path this class uses may resolve outside it. */
  readonly #boundary: string;
  readonly #setAside: SetAside;
  readonly #manifests = new Map<string, StoredJsonFile<RevisionManifest>>();

  /** `setAside` moves a refused file (or link) to quarantine and tells the user. */
  constructor(
    root: string,
    { boundary = path.dirname(root), setAside = refuse }: { boundary?: string; setAside?: SetAside } = {},
  ) {
    this.#root = root;
    this.#boundary = boundary;
    this.#setAside = setAside;
  }

  #folder(id: string): string {
    return historyFolderPath(this.#root, id);
  }

  #snapshotPath(id: string, revisionId: string): string {
    return snapshotFilePath(this.#root, id, revisionId);
  }

  #manifest(id: string): StoredJsonFile<RevisionManifest> {
    let file = this.#manifests.get(id);
    if (!file) {
      file = new StoredJsonFile(path.join(this.#folder(id), manifestName), revisionManifestFormat);
      this.#manifests.set(id, file);
    }
    return file;
  }

  /**
   * Just before a history folder or file is used: one that is a link is set aside (and so never
   * followed); anything else that would leave the folder is refused.
   */
  async #checkInside(id: string, filePath?: string): Promise<void> {
    const folder = this.#folder(id);
    await this.#setAsideLink(this.#root, folder);
    if (filePath) await this.#setAsideLink(folder, filePath);
  }

  async #setAsideLink(folder: string, target: string): Promise<void> {
    try {
      await assertInsideFolder(folder, target, this.#boundary);
    } catch (error) {
      if (!(error instanceof StoredPathError) || !(await isLink(target))) throw error;
      await this.#setAside(target, 'a link in the history folder');
      await assertInsideFolder(folder, target, this.#boundary);
    }
  }

  /** Newest first. A missing or damaged manifest is rebuilt from the snapshot files. */
  async list(id: string): Promise<RevisionEntry[]> {
    let manifest: RevisionManifest | null = null;
    await this.#checkInside(id, this.#manifest(id).filePath);
    try {
      manifest = await this.#manifest(id).read();
    } catch (error) {
      if (!(error instanceof CorruptFileError)) throw error;
      await this.#setAside(this.#manifest(id).filePath, 'a damaged history list');
    }
    return manifest ? manifest.revisions : this.#rebuild(id);
  }

  /**
   * A snapshot that passes the same check as a save (its briefing must be `id` and fit the briefing
   * schema), or null when it is missing or refused.
   */
  async get(id: string, revisionId: string): Promise<RevisionSnapshot | null> {
    const filePath = this.#snapshotPath(id, revisionId);
    await this.#checkInside(id, filePath);
    try {
      const snapshot = (await readStoredJson(filePath, revisionSnapshotFormat))?.value ?? null;
      if (snapshot && (snapshot.briefing.id !== id || snapshot.entry.revisionId !== revisionId)) {
        throw new CorruptFileError(filePath, 'it belongs to another briefing or revision');
      }
      return snapshot;
    } catch (error) {
      if (!(error instanceof CorruptFileError)) throw error;
      await this.#setAside(filePath, 'a damaged history snapshot');
      return null;
    }
  }

  /** When the last snapshot was taken, or undefined if there is none. */
  async lastSnapshotTime(id: string): Promise<number | undefined> {
    const newest = (await this.list(id))[0];
    return newest ? Date.parse(newest.savedAt) : undefined;
  }

  /**
   * Stores `briefing` as a snapshot, then applies the retention rule. A revision is kept once: a
   * second snapshot of the same revision replaces the first, keeping its name unless given a new one.
   */
  /** Stores a snapshot; `prepared` (the briefing's file text and row, made for its save) spares main recounting and reserializing it. */
  async snapshot(
    briefing: Briefing,
    reason: RevisionReason,
    now = new Date(),
    name?: string,
    prepared?: { text: string; summary: BriefingSummary },
  ): Promise<RevisionEntry> {
    const savedAt = now.toISOString();
    const revisionId = revisionIdFor(savedAt, briefing.revision);
    // Listed once: listing again after the write would rebuild a missing manifest by reading back, and
    // checking, the snapshot just written (a whole briefing's check on main's thread).
    const listed = await this.list(briefing.id);
    const replaced = listed.filter(
      (existing) => existing.revision === briefing.revision && existing.revisionId !== revisionId,
    );
    const keptName = name ?? replaced.find((existing) => existing.name)?.name;
    const entry: RevisionEntry = {
      revisionId,
      revision: briefing.revision,
      savedAt,
      reason,
      title: briefing.metadata.title,
      wordCount: prepared?.summary.wordCount ?? countWords(briefing.content),
      ...(keptName ? { name: keptName } : {}),
    };
    const snapshotPath = this.#snapshotPath(briefing.id, entry.revisionId);
    await this.#checkInside(briefing.id);
    await mkdir(this.#folder(briefing.id), { recursive: true });
    await this.#checkInside(briefing.id, snapshotPath);
    const snapshot: RevisionSnapshot = { entry, briefing };
    // The same bytes as JSON.stringify(snapshot): the briefing's file text is that briefing's JSON and a newline.
    const text = prepared
      ? `{"entry":${JSON.stringify(entry)},"briefing":${prepared.text.trimEnd()}}`
      : JSON.stringify(snapshot);
    await writeFileDurably(snapshotPath, text);
    const previous = listed.filter(
      (existing) => existing.revisionId !== entry.revisionId && existing.revision !== entry.revision,
    );
    const all = [entry, ...previous];
    const keep = revisionsToKeep(all, now.getTime());
    const kept = all.filter((existing) => keep.has(existing.revisionId));
    await this.#manifest(briefing.id).write({ version: 1, revisions: kept });
    for (const dropped of [...replaced, ...all.filter((existing) => !keep.has(existing.revisionId))]) {
      const droppedPath = this.#snapshotPath(briefing.id, dropped.revisionId);
      await this.#checkInside(briefing.id, droppedPath);
      await rm(droppedPath, { force: true });
    }
    return entry;
  }

  /** Removes every snapshot of a briefing (when the trash is emptied). */
  async removeAll(id: string): Promise<void> {
    const folder = this.#folder(id);
    this.#manifests.delete(id);
    await this.#checkInside(id);
    // `rm` removes links inside the folder, never what they point at.
    await rm(folder, { recursive: true, force: true });
  }

  async #rebuild(id: string): Promise<RevisionEntry[]> {
    await this.#checkInside(id);
    let names: string[];
    try {
      names = await readdir(this.#folder(id));
    } catch {
      return [];
    }
    const revisions: RevisionEntry[] = [];
    for (const name of names) {
      const revisionId = name.slice(0, -5);
      if (!name.endsWith('.json') || !revisionIdSchema.safeParse(revisionId).success) continue;
      const snapshot = await this.get(id, revisionId);
      if (snapshot) revisions.push(snapshot.entry);
    }
    revisions.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    await this.#manifest(id)
      .write({ version: 1, revisions })
      .catch(() => undefined);
    return revisions;
  }
}
