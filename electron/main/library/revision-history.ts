import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Briefing } from '../../common/briefing/briefing';
import { countWords } from '../../common/document/count-words';
import type { RevisionEntry, RevisionReason } from '../../common/library/library-types';
import { CorruptFileError } from '../storage/corrupt-file-error';
import { DurableJsonFile } from '../storage/durable-json-file';
import { writeFileDurably } from '../storage/write-file-durably';
import { revisionsToKeep } from './revision-retention';

/** A stored snapshot: the listing entry and the whole briefing as it was. */
export interface RevisionSnapshot {
  entry: RevisionEntry;
  briefing: Briefing;
}

interface RevisionManifest {
  version: 1;
  revisions: RevisionEntry[];
}

/** While editing, at most one snapshot per this interval; status changes and restores always snapshot. */
export const editingSnapshotIntervalMs = 5 * 60 * 1000;

const manifestName = 'revisions.json';

function revisionIdFor(savedAt: string, revision: number): string {
  return `${savedAt.replace(/[-:.]/g, '')}-r${revision}`;
}

/** Revision snapshots: one folder per briefing, one file per snapshot, and a small manifest (a cache). */
export class RevisionHistory {
  readonly #root: string;
  readonly #manifests = new Map<string, DurableJsonFile<RevisionManifest>>();

  constructor(root: string) {
    this.#root = root;
  }

  #folder(id: string): string {
    return path.join(this.#root, id);
  }

  #manifest(id: string): DurableJsonFile<RevisionManifest> {
    let file = this.#manifests.get(id);
    if (!file) {
      file = new DurableJsonFile<RevisionManifest>(path.join(this.#folder(id), manifestName));
      this.#manifests.set(id, file);
    }
    return file;
  }

  /** Newest first. A missing or damaged manifest is rebuilt from the snapshot files. */
  async list(id: string): Promise<RevisionEntry[]> {
    let manifest: RevisionManifest | null = null;
    try {
      manifest = await this.#manifest(id).read();
    } catch (error) {
      if (!(error instanceof CorruptFileError)) throw error;
    }
    if (manifest?.version === 1 && Array.isArray(manifest.revisions)) return manifest.revisions;
    return this.#rebuild(id);
  }

  async get(id: string, revisionId: string): Promise<RevisionSnapshot | null> {
    try {
      return await new DurableJsonFile<RevisionSnapshot>(path.join(this.#folder(id), `${revisionId}.json`)).read();
    } catch (error) {
      if (error instanceof CorruptFileError) return null;
      throw error;
    }
  }

  /** When the last snapshot was taken, or undefined if there is none. */
  async lastSnapshotTime(id: string): Promise<number | undefined> {
    const newest = (await this.list(id))[0];
    return newest ? Date.parse(newest.savedAt) : undefined;
  }

  /** Stores `briefing` as a snapshot, then applies the retention rule. */
  async snapshot(briefing: Briefing, reason: RevisionReason, now = new Date()): Promise<RevisionEntry> {
    const savedAt = now.toISOString();
    const entry: RevisionEntry = {
      revisionId: revisionIdFor(savedAt, briefing.revision),
      revision: briefing.revision,
      savedAt,
      reason,
      title: briefing.metadata.title,
      wordCount: countWords(briefing.content),
    };
    await mkdir(this.#folder(briefing.id), { recursive: true });
    const snapshot: RevisionSnapshot = { entry, briefing };
    await writeFileDurably(path.join(this.#folder(briefing.id), `${entry.revisionId}.json`), JSON.stringify(snapshot));
    const previous = (await this.list(briefing.id)).filter((existing) => existing.revisionId !== entry.revisionId);
    const all = [entry, ...previous];
    const keep = revisionsToKeep(all, now.getTime());
    const kept = all.filter((existing) => keep.has(existing.revisionId));
    await this.#manifest(briefing.id).write({ version: 1, revisions: kept });
    for (const dropped of all.filter((existing) => !keep.has(existing.revisionId))) {
      await rm(path.join(this.#folder(briefing.id), `${dropped.revisionId}.json`), { force: true });
    }
    return entry;
  }

  /** Removes every snapshot of a briefing (when the trash is emptied). */
  async removeAll(id: string): Promise<void> {
    this.#manifests.delete(id);
    await rm(this.#folder(id), { recursive: true, force: true });
  }

  async #rebuild(id: string): Promise<RevisionEntry[]> {
    let names: string[];
    try {
      names = await readdir(this.#folder(id));
    } catch {
      return [];
    }
    const revisions: RevisionEntry[] = [];
    for (const name of names) {
      if (name === manifestName || !name.endsWith('.json') || name.startsWith('.')) continue;
      const snapshot = await this.get(id, name.slice(0, -5));
      if (snapshot?.entry) revisions.push(snapshot.entry);
    }
    revisions.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    await this.#manifest(id)
      .write({ version: 1, revisions })
      .catch(() => undefined);
    return revisions;
  }
}
