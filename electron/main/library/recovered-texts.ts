import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { assertInsideFolder, pathInFolder } from '../storage/contained-path';
import { CorruptFileError } from '../storage/corrupt-file-error';
import { readStoredJson } from '../storage/read-stored-json';
import { writeFileDurably } from '../storage/write-file-durably';
import { briefingIdsInListing, checkedBriefingId } from './library-paths';
import type { JournalEntry } from './recovery-journal';
import { journalEntryFormat } from './stored-library-formats';

/**
 * Unsaved text found at start that is newer than its saved briefing: `recovered/<id>.json`, kept
 * apart from the journal (which the editor keeps overwriting) until the user restores or discards it.
 */
export class RecoveredTexts {
  readonly folder: string;

  constructor(folder: string) {
    this.folder = folder;
  }

  /** The file of briefing `id`; the id must pass its schema. */
  filePath(id: string): string {
    return pathInFolder(this.folder, `${checkedBriefingId(this.folder, id)}.json`);
  }

  /** Keeps `entry` as the offer for its briefing, replacing an older one. */
  async keep(entry: JournalEntry): Promise<void> {
    await mkdir(this.folder, { recursive: true });
    const filePath = this.filePath(entry.briefingId);
    await assertInsideFolder(this.folder, filePath, path.dirname(this.folder));
    await writeFileDurably(filePath, `${JSON.stringify(entry)}\n`);
  }

  /** The offer for briefing `id`, or null; rejects with `CorruptFileError` when the file does not hold one. */
  async read(id: string): Promise<JournalEntry | null> {
    const stored = await readStoredJson(this.filePath(id), journalEntryFormat);
    if (!stored) return null;
    if (stored.value.briefingId !== id) {
      throw new CorruptFileError(this.filePath(id), 'it holds the text of another briefing');
    }
    return stored.value;
  }

  /** Ids of briefings with an offer; other names in the folder are ignored. */
  async ids(): Promise<string[]> {
    return briefingIdsInListing(await readdir(this.folder).catch(() => [] as string[]));
  }

  /** Removes the offer for good. */
  async remove(id: string): Promise<void> {
    const filePath = this.filePath(id);
    await assertInsideFolder(this.folder, filePath, path.dirname(this.folder));
    await rm(filePath, { force: true });
  }
}
