import { createHash } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { type Briefing, briefingFileVersion, briefingSchema } from '../../common/briefing/briefing';
import { CorruptFileError } from '../storage/corrupt-file-error';
import { writeFileDurably } from '../storage/write-file-durably';
import { migrateBriefingFile, storedSchemaVersion } from './briefing-migrations';
import { briefingFilePath, type LibraryPaths } from './library-paths';

/** What we last read or wrote, to notice a change made by something else (a sync tool, another machine). */
export interface FileFingerprint {
  mtimeMs: number;
  size: number;
  sha256: string;
  revision: number;
  updatedAt: string;
  title: string;
  /** The briefing that file held, kept for the few most recently used, so an unchanged file is not parsed again. */
  briefing?: Briefing;
}

/** How many parsed briefings stay in memory. */
const cachedBriefings = 24;

/** A file written by a newer Briefdesk: left untouched, never quarantined. */
export class NewerFormatError extends Error {
  constructor(readonly filePath: string) {
    super(`${filePath} was written by a newer version of Briefdesk.`);
    this.name = 'NewerFormatError';
  }
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Serializes a briefing the way it is stored: compact, so a large briefing writes fast. */
export function serializeBriefing(briefing: Briefing): string {
  return `${JSON.stringify(briefing)}\n`;
}

/** Parses stored text, migrating older `schemaVersion`s; throws CorruptFileError or NewerFormatError. */
export function parseBriefingFile(text: string, filePath: string): { briefing: Briefing; migratedFrom?: number } {
  let stored: unknown;
  try {
    stored = JSON.parse(text);
  } catch (error) {
    throw new CorruptFileError(filePath, 'it is not valid JSON', { cause: error });
  }
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) {
    throw new CorruptFileError(filePath, 'it does not hold a briefing');
  }
  const version = storedSchemaVersion(stored as Record<string, unknown>);
  if (version > briefingFileVersion) throw new NewerFormatError(filePath);
  let candidate: unknown = stored;
  if (version < briefingFileVersion) {
    try {
      candidate = migrateBriefingFile(stored as Record<string, unknown>);
    } catch (error) {
      throw new CorruptFileError(filePath, `it could not be migrated (${String(error)})`, { cause: error });
    }
  }
  const parsed = briefingSchema.safeParse(candidate);
  if (!parsed.success) throw new CorruptFileError(filePath, 'it does not fit the briefing format');
  return version < briefingFileVersion ? { briefing: parsed.data, migratedFrom: version } : { briefing: parsed.data };
}

/** The briefing files: one durable JSON file per briefing, the truth of the library. */
export class BriefingFiles {
  readonly #paths: LibraryPaths;
  readonly #known = new Map<string, FileFingerprint>();
  readonly #cachedIds: string[] = [];

  constructor(paths: LibraryPaths) {
    this.#paths = paths;
  }

  filePath(id: string): string {
    return briefingFilePath(this.#paths, id);
  }

  /** Ids of every briefing file present, damaged or not. */
  async listIds(): Promise<string[]> {
    const names = await readdir(this.#paths.briefings);
    return names.filter((name) => name.endsWith('.json') && !name.startsWith('.')).map((name) => name.slice(0, -5));
  }

  /**
   * Reads a briefing, or `null` if it does not exist. An older file is migrated:
   * the original is copied aside, the migrated file written, then the copy removed.
   */
  async read(id: string): Promise<Briefing | null> {
    const known = this.#known.get(id);
    if (known) {
      const current = await stat(this.filePath(id)).catch(() => undefined);
      if (known.briefing && current && current.mtimeMs === known.mtimeMs && current.size === known.size) {
        return known.briefing;
      }
    }
    const filePath = this.filePath(id);
    let text: string;
    let fileStat: { mtimeMs: number; size: number };
    try {
      const handle = await open(filePath, 'r');
      try {
        fileStat = await handle.stat();
        text = await handle.readFile('utf8');
      } finally {
        await handle.close();
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    const { briefing, migratedFrom } = parseBriefingFile(text, filePath);
    if (migratedFrom === undefined) {
      this.#remember(briefing, fileStat, text);
      return briefing;
    }
    await mkdir(this.#paths.migrationBackups, { recursive: true });
    const backup = path.join(this.#paths.migrationBackups, `${id}.v${migratedFrom}.json`);
    await writeFileDurably(backup, text);
    await this.write(briefing);
    await rm(backup, { force: true });
    return briefing;
  }

  async write(briefing: Briefing): Promise<void> {
    const text = serializeBriefing(briefing);
    await writeFileDurably(this.filePath(briefing.id), text);
    this.#remember(briefing, await stat(this.filePath(briefing.id)), text);
  }

  /** Reads the file as it is on disk without taking it as seen (for describing a conflict); null if gone. */
  async peek(id: string): Promise<Briefing | null> {
    const text = await readFile(this.filePath(id), 'utf8').catch(() => null);
    return text === null ? null : parseBriefingFile(text, this.filePath(id)).briefing;
  }

  /** What this process last read or wrote of the briefing, if anything. */
  lastSeen(id: string): FileFingerprint | undefined {
    return this.#known.get(id);
  }

  /** True when the file on disk is no longer what this process last read or wrote. */
  async changedElsewhere(id: string): Promise<boolean> {
    const known = this.#known.get(id);
    if (!known) return false;
    let current: { mtimeMs: number; size: number };
    try {
      current = await stat(this.filePath(id));
    } catch {
      return true;
    }
    if (current.mtimeMs === known.mtimeMs && current.size === known.size) return false;
    const text = await readFile(this.filePath(id), 'utf8').catch(() => '');
    return sha256(text) !== known.sha256;
  }

  /** Moves the file elsewhere (the trash, or back); forgets what was known about it. */
  async move(id: string, from: string, to: string): Promise<void> {
    await mkdir(path.dirname(to), { recursive: true });
    await rename(from, to);
    this.#known.delete(id);
  }

  forget(id: string): void {
    this.#known.delete(id);
  }

  #remember(briefing: Briefing, file: { mtimeMs: number; size: number }, text: string): void {
    const { id, revision, updatedAt, metadata } = briefing;
    this.#known.set(id, {
      mtimeMs: file.mtimeMs,
      size: file.size,
      sha256: sha256(text),
      revision,
      updatedAt,
      title: metadata.title,
      briefing,
    });
    const position = this.#cachedIds.indexOf(id);
    if (position >= 0) this.#cachedIds.splice(position, 1);
    this.#cachedIds.push(id);
    for (const evicted of this.#cachedIds.splice(0, Math.max(0, this.#cachedIds.length - cachedBriefings))) {
      const entry = this.#known.get(evicted);
      if (entry) entry.briefing = undefined;
    }
  }
}
