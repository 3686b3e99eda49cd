import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { journalEntrySchema } from '../../common/library/library-requests';
import { writeFileDurably } from '../storage/write-file-durably';
import type { JournalEntry } from './recovery-journal';

const storedEntrySchema = journalEntrySchema.extend({ writtenAt: z.iso.datetime() });

/**
 * Unsaved text found at start that is newer than its saved briefing: `recovered/<id>.json`, kept
 * apart from the journal (which the editor keeps overwriting) until the user restores or discards it.
 */
export class RecoveredTexts {
  readonly folder: string;

  constructor(folder: string) {
    this.folder = folder;
  }

  filePath(id: string): string {
    return path.join(this.folder, `${id}.json`);
  }

  /** Keeps `entry` as the offer for its briefing, replacing an older one. */
  async keep(entry: JournalEntry): Promise<void> {
    await mkdir(this.folder, { recursive: true });
    await writeFileDurably(this.filePath(entry.briefingId), `${JSON.stringify(entry)}\n`);
  }

  /** The offer for briefing `id`, or null; a file that does not hold one is reported as damaged. */
  async read(id: string): Promise<JournalEntry | null> {
    const text = await readFile(this.filePath(id), 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    if (text === null) return null;
    let parsed: ReturnType<typeof storedEntrySchema.safeParse>;
    try {
      parsed = storedEntrySchema.safeParse(JSON.parse(text));
    } catch {
      throw new DamagedRecoveredTextError(this.filePath(id));
    }
    if (!parsed.success || parsed.data.briefingId !== id) throw new DamagedRecoveredTextError(this.filePath(id));
    return parsed.data as JournalEntry;
  }

  /** Ids of briefings with an offer. */
  async ids(): Promise<string[]> {
    const names = await readdir(this.folder).catch(() => [] as string[]);
    return names.filter((name) => name.endsWith('.json') && !name.startsWith('.')).map((name) => name.slice(0, -5));
  }

  /** Removes the offer for good. */
  async remove(id: string): Promise<void> {
    await rm(this.filePath(id), { force: true });
  }
}

/** A recovered-text file that cannot be read as one. */
export class DamagedRecoveredTextError extends Error {
  constructor(readonly filePath: string) {
    super(`The recovered text ${filePath} is damaged.`);
  }
}
