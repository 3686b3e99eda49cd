import { rm } from 'node:fs/promises';
import { type Briefing, briefingSchema } from '../../common/briefing/briefing';
import { CorruptFileError } from '../storage/corrupt-file-error';
import { quarantineFile } from '../storage/quarantine-file';
import { describeBriefing, type LibraryContext } from './library-context';
import type { JournalEntry } from './recovery-journal';

const sameText = (entry: JournalEntry, briefing: Briefing) =>
  JSON.stringify(entry.content) === JSON.stringify(briefing.content) &&
  JSON.stringify(entry.metadata) === JSON.stringify(briefing.metadata);

/** True when the entry was typed on the saved revision (or a later one) and says something the file does not. */
export function isNewerThanSaved(entry: JournalEntry, saved: Briefing): boolean {
  return entry.revision >= saved.revision && !sameText(entry, saved);
}

const typedAt = (entry: JournalEntry) => `${entry.writtenAt.slice(11, 16)} UTC`;

/**
 * At start: unsaved text in the recovery journal typed on the saved revision is
 * offered to the user (kept in `recovered/` with a notice), never applied by
 * itself. Text typed on an older revision lost to a newer save and is dropped.
 */
export async function offerJournalTextAtStart(context: LibraryContext): Promise<void> {
  const { journal, notices, index, recovered } = context;
  await dropStaleOffers(context);
  const { entries, damaged } = await journal.readAll();
  for (const filePath of damaged) {
    const movedTo = await quarantineFile(context.dataDir, filePath);
    notices.push({ level: 'warning', message: `Damaged unsaved text was set aside: ${movedTo}.` });
  }
  for (const entry of entries) {
    const filePath = journal.filePath(entry.briefingId);
    if (!index.has(entry.briefingId)) {
      // The briefing was trashed or removed; its unsaved text goes with it.
      if (!index.trashEntry(entry.briefingId)) await journal.clear(entry.briefingId);
      continue;
    }
    const current = await context.read(entry.briefingId).catch(() => undefined);
    if (!current) continue;
    if (!isNewerThanSaved(entry, current)) {
      await rm(filePath, { force: true });
      continue;
    }
    const fits = briefingSchema.safeParse({ ...current, metadata: entry.metadata, content: entry.content });
    if (!fits.success) {
      const movedTo = await quarantineFile(context.dataDir, filePath);
      notices.push({
        level: 'warning',
        message: `Unsaved text of ${describeBriefing(current)} could not be recovered because it does not fit the briefing format; it was set aside: ${movedTo}.`,
      });
      continue;
    }
    await recovered.keep(entry);
    await rm(filePath, { force: true });
    notices.push({
      level: 'info',
      message: `Unsaved text of ${describeBriefing(current)} from ${typedAt(entry)} was found after Briefdesk closed without saving it. Open the briefing to restore, compare or discard it.`,
    });
  }
}

/** Offers left from an earlier start whose briefing has since been saved again, or is gone, are dropped. */
async function dropStaleOffers(context: LibraryContext): Promise<void> {
  const { recovered, index, notices } = context;
  for (const id of await recovered.ids()) {
    let entry: JournalEntry | null;
    try {
      entry = await recovered.read(id);
    } catch (error) {
      if (!(error instanceof CorruptFileError)) throw error;
      const movedTo = await quarantineFile(context.dataDir, error.filePath);
      notices.push({ level: 'warning', message: `Damaged recovered text was set aside: ${movedTo}.` });
      continue;
    }
    if (!entry) continue;
    if (!index.has(id)) {
      if (!index.trashEntry(id)) await recovered.remove(id);
      continue;
    }
    const current = await context.read(id).catch(() => undefined);
    if (current && !isNewerThanSaved(entry, current)) await recovered.remove(id);
  }
}
