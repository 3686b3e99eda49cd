import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Briefing } from '../../common/briefing/briefing';
import { assertInsideFolder, pathInFolder } from '../storage/contained-path';
import { CorruptFileError } from '../storage/corrupt-file-error';
import { parseStoredJson } from '../storage/parse-stored-json';
import { readStoredJson } from '../storage/read-stored-json';
import { writeFileDurably } from '../storage/write-file-durably';
import { storedSchemaVersion } from './briefing-migrations';
import { FileTextBuffers } from './file-text-buffers';
import { briefingFilePath, type LibraryPaths } from './library-paths';
import { briefingFileFormat } from './stored-library-formats';

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

export { NewerFormatError } from './stored-library-formats';

/** The hex SHA-256 of a file's text, or of its UTF-8 bytes. */
const sha256 = (text: string | Uint8Array) => createHash('sha256').update(text).digest('hex');

/** Serializes a briefing the way it is stored: compact, so a large briefing writes fast. */
export function serializeBriefing(briefing: Briefing): string {
  return `${JSON.stringify(briefing)}\n`;
}

/**
 * A briefing file's text as the pieces it is joined from, for a writer that encodes them one by one
 * (`FileTextBuffers`): joining a long text into one new string first copies it whole, into memory the process
 * touches for the first time. `bodyText` as for `serializeBriefingWithBodyText`.
 */
export function briefingFilePieces(briefing: Briefing, bodyText?: string): readonly string[] {
  if (bodyText === undefined) return [...briefingJsonInPieces(briefing), '\n'];
  const { content: _content, ...fields } = briefing;
  // A briefing always has fields besides its body, so the object's text ends with one of them.
  return [`${JSON.stringify(fields).slice(0, -1)},"content":`, bodyText, '}\n'];
}

/**
 * `JSON.stringify(briefing)` in pieces, the body's blocks one at a time, so that no piece is as long as the whole.
 * A random mark stands in the body's place, and in its blocks' place, while the rest is written, so no text of the
 * briefing can be taken for it.
 */
function briefingJsonInPieces(briefing: Briefing): string[] {
  const { content } = briefing;
  const blocks = content?.content;
  if (!Array.isArray(blocks)) return [JSON.stringify(briefing)];
  const mark = `briefdesk-piece-${randomUUID()}`;
  const quotedMark = JSON.stringify(mark);
  const outer = JSON.stringify({ ...briefing, content: mark }).split(quotedMark);
  const inner = JSON.stringify({ ...content, content: mark }).split(quotedMark);
  if (outer.length !== 2 || inner.length !== 2) return [JSON.stringify(briefing)];
  const pieces = [outer[0] as string, inner[0] as string, '['];
  blocks.forEach((block, index) => {
    if (index > 0) pieces.push(',');
    // As in an array's text: what JSON has no text for is written as null.
    pieces.push(JSON.stringify(block) ?? 'null');
  });
  pieces.push(']', inner[1] as string, outer[1] as string);
  return pieces;
}

/**
 * `serializeBriefing` of a briefing whose body is in hand as the JSON text it was parsed from (and checked as): the
 * text goes into the file as it came, after the other fields, instead of the body being serialized again. For a
 * body last among the briefing's keys and a text made by `JSON.stringify`, as the editor makes it, this is exactly
 * `serializeBriefing`'s text; any other text of the body stores the same values.
 */
export function serializeBriefingWithBodyText(briefing: Briefing, bodyText: string): string {
  return briefingFilePieces(briefing, bodyText).join('');
}

/** Parses stored text, migrating older `schemaVersion`s; throws CorruptFileError or NewerFormatError. */
export function parseBriefingFile(text: string, filePath: string): { briefing: Briefing; migratedFrom?: number } {
  const { value: briefing, migrated } = parseStoredJson(text, filePath, briefingFileFormat(filePath));
  return migrated ? { briefing, migratedFrom: declaredVersion(text) } : { briefing };
}

/** The `schemaVersion` of a file already known to parse. */
function declaredVersion(text: string): number {
  return storedSchemaVersion(JSON.parse(text) as Record<string, unknown>);
}

/** The briefing files: one durable JSON file per briefing, the truth of the library. */
export class BriefingFiles {
  readonly #paths: LibraryPaths;
  readonly #known = new Map<string, FileFingerprint>();
  readonly #cachedIds: string[] = [];
  readonly #buffers = new FileTextBuffers();

  constructor(paths: LibraryPaths) {
    this.#paths = paths;
  }

  filePath(id: string): string {
    return briefingFilePath(this.#paths, id);
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
    await assertInsideFolder(this.#paths.briefings, filePath, this.#paths.root);
    const read = await readStoredJson(filePath, briefingFileFormat(filePath));
    if (!read) return null;
    const { value: briefing, text, stat: fileStat, migrated } = read;
    // The file name is the id; a file holding another id is damaged, never trusted to name a path.
    if (briefing.id !== id) throw new CorruptFileError(filePath, 'it holds a briefing with another id');
    if (!migrated) {
      this.#remember(briefing, fileStat, sha256(text));
      return briefing;
    }
    const migratedFrom = declaredVersion(text);
    await mkdir(this.#paths.migrationBackups, { recursive: true });
    const backup = pathInFolder(this.#paths.migrationBackups, `${id}.v${migratedFrom}.json`);
    await writeFileDurably(backup, text);
    await this.write(briefing);
    await rm(backup, { force: true });
    return briefing;
  }

  /**
   * Writes the briefing; `text` is its `serializeBriefing` text when it was made elsewhere (the document worker), or
   * that text's pieces (`briefingFilePieces`). Resolves to the written file's time and size. `whileSyncing`: work
   * for this thread while the disk syncs the file.
   */
  async write(
    briefing: Briefing,
    text: string | readonly string[] = briefingFilePieces(briefing),
    whileSyncing?: () => void,
  ): Promise<{ mtimeMs: number; size: number }> {
    // The folder is checked while the text is encoded, once for the file and its hash. The hash is worked out while
    // the disk syncs the file, where main's thread would otherwise wait: on the thread pool it would cost a copy of
    // the whole text first, which takes longer here than the hash.
    const checking = assertInsideFolder(this.#paths.briefings, this.filePath(briefing.id), this.#paths.root);
    // Handled now, so that the first failure is the error thrown, never an unhandled rejection; awaited below.
    checking.catch(() => undefined);
    return this.#buffers.encoded(text, async (bytes) => {
      await checking;
      // Set before the write resolves: `writeFileDurably` runs this once the file's sync is asked for.
      let hash = '';
      const written = await writeFileDurably(this.filePath(briefing.id), bytes, () => {
        hash = sha256(bytes);
        whileSyncing?.();
      });
      this.#remember(briefing, written, hash);
      return written;
    });
  }

  /** Reads the file as it is on disk without taking it as seen (for describing a conflict); null if gone. */
  async peek(id: string): Promise<Briefing | null> {
    const filePath = this.filePath(id);
    await assertInsideFolder(this.#paths.briefings, filePath, this.#paths.root);
    return (await readStoredJson(filePath, briefingFileFormat(filePath)))?.value ?? null;
  }

  /**
   * Takes the file on disk as seen, when it changed elsewhere and `accept` allows the change from the
   * briefing last seen: returns the file's briefing, or null (nothing taken) when it was not accepted,
   * not changed, gone, damaged, or the last seen briefing is no longer in memory.
   */
  async adoptChangeElsewhere(
    id: string,
    accept: (seen: Briefing, onDisk: Briefing) => boolean,
  ): Promise<Briefing | null> {
    const seen = this.#known.get(id)?.briefing;
    if (!seen || !(await this.changedElsewhere(id))) return null;
    const filePath = this.filePath(id);
    await assertInsideFolder(this.#paths.briefings, filePath, this.#paths.root);
    const read = await readStoredJson(filePath, briefingFileFormat(filePath)).catch(() => null);
    if (!read || read.migrated || read.value.id !== id || !accept(seen, read.value)) return null;
    this.#remember(read.value, read.stat, sha256(read.text));
    return read.value;
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
    await assertInsideFolder(path.dirname(from), from, this.#paths.root);
    await assertInsideFolder(path.dirname(to), to, this.#paths.root);
    await rename(from, to);
    this.#known.delete(id);
  }

  forget(id: string): void {
    this.#known.delete(id);
  }

  #remember(briefing: Briefing, file: { mtimeMs: number; size: number }, hash: string): void {
    const { id, revision, updatedAt, metadata } = briefing;
    this.#known.set(id, {
      mtimeMs: file.mtimeMs,
      size: file.size,
      sha256: hash,
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
