import { randomUUID } from 'node:crypto';
import { mkdir, readdir } from 'node:fs/promises';
import { Low } from 'lowdb';
import type { AppNotice } from '../../common/app-info';
import {
  type Briefing,
  type BriefingSummary,
  briefingFileVersion,
  briefingSchema,
} from '../../common/briefing/briefing';
import { type BriefingMetadataInput, briefingMetadataSchema } from '../../common/briefing/briefing-metadata';
import {
  type BriefingContent,
  briefingContentVersion,
  emptyBriefingContent,
} from '../../common/document/briefing-content';
import { UserFacingError } from '../ipc/user-facing-error';
import { CorruptFileError } from '../storage/corrupt-file-error';
import { DurableJsonFile } from '../storage/durable-json-file';
import { quarantineFile } from '../storage/quarantine-file';
import { toStorageError } from '../storage/storage-error';
import { briefingFilePath, type LibraryPaths, libraryPaths } from './library-paths';
import { summarizeBriefing } from './summarize-briefing';

interface LibraryIndex {
  version: 1;
  briefings: Record<string, BriefingSummary>;
}

export interface NewBriefing {
  templateId?: string | null;
  metadata?: BriefingMetadataInput;
  content?: BriefingContent;
}

export interface BriefingChanges {
  id: string;
  /** The revision the editor started from; a different stored revision means someone else saved. */
  revision: number;
  metadata: BriefingMetadataInput;
  content: BriefingContent;
}

function describe(briefing: { metadata: { title: string } }): string {
  return briefing.metadata.title ? `“${briefing.metadata.title}”` : 'the untitled briefing';
}

/** The library: one durable JSON file per briefing, plus an index of summaries that is only a cache. */
export class BriefingStore {
  readonly paths: LibraryPaths;
  readonly #dataDir: string;
  readonly #index: Low<LibraryIndex>;
  readonly #files = new Map<string, DurableJsonFile<Briefing>>();

  private constructor(dataDir: string, index: Low<LibraryIndex>) {
    this.#dataDir = dataDir;
    this.paths = libraryPaths(dataDir);
    this.#index = index;
  }

  static async open(dataDir: string, notices: AppNotice[]): Promise<BriefingStore> {
    const paths = libraryPaths(dataDir);
    await mkdir(paths.briefings, { recursive: true });
    const indexFile = new DurableJsonFile<LibraryIndex>(paths.index);
    const index = new Low<LibraryIndex>(indexFile, { version: 1, briefings: {} });
    const store = new BriefingStore(dataDir, index);
    let stored: LibraryIndex | null = null;
    try {
      stored = await indexFile.read();
    } catch (error) {
      if (!(error instanceof CorruptFileError)) throw error;
    }
    if (stored?.version === 1 && typeof stored.briefings === 'object' && stored.briefings !== null) {
      index.data = stored;
    } else {
      await store.#rebuildIndex(notices);
    }
    return store;
  }

  list(): BriefingSummary[] {
    return Object.values(this.#index.data.briefings).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  async get(id: string): Promise<Briefing> {
    let stored: Briefing | null;
    try {
      stored = await this.#file(id).read();
    } catch (error) {
      if (error instanceof CorruptFileError) {
        throw new UserFacingError(
          'storage-failed',
          `The briefing file ${error.filePath} is damaged and cannot be opened.`,
        );
      }
      throw error;
    }
    if (!stored) throw new UserFacingError('not-found', 'That briefing no longer exists. It may have been deleted.');
    const parsed = briefingSchema.safeParse(stored);
    if (!parsed.success) {
      throw new UserFacingError(
        'storage-failed',
        `The briefing file for ${id} does not fit the briefing format and cannot be opened.`,
      );
    }
    return parsed.data;
  }

  async create({ templateId = null, metadata = {}, content = emptyBriefingContent() }: NewBriefing): Promise<Briefing> {
    const now = new Date().toISOString();
    const briefing = briefingSchema.parse({
      schemaVersion: briefingFileVersion,
      contentVersion: briefingContentVersion,
      id: randomUUID(),
      createdAt: now,
      updatedAt: now,
      revision: 1,
      templateId,
      metadata: briefingMetadataSchema.parse(metadata),
      content,
    });
    await this.#write(briefing);
    return briefing;
  }

  /** Saves an edit unless the stored briefing moved on since `revision` was read. */
  async save(changes: BriefingChanges): Promise<Briefing> {
    const current = await this.get(changes.id);
    if (current.revision !== changes.revision) {
      throw new UserFacingError(
        'conflict',
        `${describe(current)} was changed elsewhere since you opened it. Reload it to see the other version; your text stays in the editor.`,
      );
    }
    const next = briefingSchema.parse({
      ...current,
      metadata: briefingMetadataSchema.parse(changes.metadata),
      content: changes.content,
      revision: current.revision + 1,
      updatedAt: new Date().toISOString(),
    });
    await this.#write(next);
    return next;
  }

  #file(id: string): DurableJsonFile<Briefing> {
    let file = this.#files.get(id);
    if (!file) {
      file = new DurableJsonFile<Briefing>(briefingFilePath(this.paths, id));
      this.#files.set(id, file);
    }
    return file;
  }

  async #write(briefing: Briefing): Promise<void> {
    try {
      await this.#file(briefing.id).write(briefing);
    } catch (error) {
      throw toStorageError(error, describe(briefing), this.#dataDir);
    }
    this.#index.data.briefings[briefing.id] = summarizeBriefing(briefing);
    // The index is a cache: failing to update it never fails the save.
    await this.#index.write().catch(() => undefined);
  }

  async #rebuildIndex(notices: AppNotice[]): Promise<void> {
    const briefings: Record<string, BriefingSummary> = {};
    for (const name of await readdir(this.paths.briefings)) {
      if (!name.endsWith('.json') || name.startsWith('.')) continue;
      const id = name.slice(0, -'.json'.length);
      try {
        const briefing = await this.get(id);
        briefings[briefing.id] = summarizeBriefing(briefing);
      } catch {
        const movedTo = await quarantineFile(this.#dataDir, briefingFilePath(this.paths, id));
        notices.push({
          level: 'warning',
          message: `A damaged briefing file was set aside so the library could open: ${movedTo}`,
        });
      }
    }
    this.#index.data = { version: 1, briefings };
    await this.#index.write().catch(() => undefined);
  }
}
