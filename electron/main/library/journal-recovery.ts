import { rm } from 'node:fs/promises';
import { type Briefing, briefingSchema } from '../../common/briefing/briefing';
import { quarantineFile } from '../storage/quarantine-file';
import { describeBriefing, type LibraryContext } from './library-context';
import type { JournalEntry } from './recovery-journal';

const sameText = (entry: JournalEntry, briefing: Briefing) =>
  JSON.stringify(entry.content) === JSON.stringify(briefing.content) &&
  JSON.stringify(entry.metadata) === JSON.stringify(briefing.metadata);

/**
 * At start: unsaved text in the recovery journal that is newer than its saved
 * briefing becomes the briefing's next revision, and a notice says so.
 */
export async function recoverJournal(context: LibraryContext): Promise<void> {
  const { journal, notices, index } = context;
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
    if (entry.writtenAt <= current.updatedAt || sameText(entry, current)) {
      await rm(filePath, { force: true });
      continue;
    }
    const recovered = briefingSchema.safeParse({
      ...current,
      metadata: entry.metadata,
      content: entry.content,
      revision: current.revision + 1,
      updatedAt: new Date().toISOString(),
    });
    if (!recovered.success) {
      const movedTo = await quarantineFile(context.dataDir, filePath);
      notices.push({
        level: 'warning',
        message: `Unsaved text of ${describeBriefing(current)} could not be recovered because it does not fit the briefing format; it was set aside: ${movedTo}.`,
      });
      continue;
    }
    await context.commit(recovered.data, { previous: current, reason: 'recovered' });
    await rm(filePath, { force: true });
    notices.push({
      level: 'info',
      message: `Recovered unsaved text of ${describeBriefing(recovered.data)} (typed at ${entry.writtenAt.slice(11, 19)} UTC) after Briefdesk closed without saving it.`,
    });
  }
}
