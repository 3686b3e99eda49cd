import type { AppNotice } from '../../common/app-info';
import type { Briefing } from '../../common/briefing/briefing';
import type { RevisionReason } from '../../common/library/library-types';
import type { BriefingFiles } from './briefing-files';
import type { LibraryIndex } from './library-index';
import type { LibraryPaths } from './library-paths';
import type { RecoveredTexts } from './recovered-texts';
import type { RecoveryJournal } from './recovery-journal';
import type { RevisionSnapshotStore } from './revision-snapshot-store';
import type { SearchIndex } from './search-index';

/** The parts of one library that its services share; created by `BriefingStore.open`. */
export interface LibraryContext {
  dataDir: string;
  paths: LibraryPaths;
  files: BriefingFiles;
  index: LibraryIndex;
  snapshots: RevisionSnapshotStore;
  journal: RecoveryJournal;
  recovered: RecoveredTexts;
  searchIndex: SearchIndex;
  notices: AppNotice[];
  /** Reads a briefing through the store (migrating, remembering what was read). */
  read(id: string): Promise<Briefing>;
  /** Writes a briefing durably and updates the index, search and history. */
  commit(briefing: Briefing, options?: { previous?: Briefing; reason?: RevisionReason }): Promise<void>;
  /** Resolves once the start-up check of the library is done and the whole index is in memory. */
  checked(): Promise<void>;
  /** Runs `task` while no other write to briefing `id` runs. */
  exclusive<T>(id: string, task: () => Promise<T>): Promise<T>;
}

/** “Title” in quotes, or "the untitled briefing": how messages name a briefing. */
export function describeBriefing(briefing: { metadata: { title: string } } | { title: string }): string {
  const title = 'metadata' in briefing ? briefing.metadata.title : briefing.title;
  return title ? `“${title}”` : 'the untitled briefing';
}
