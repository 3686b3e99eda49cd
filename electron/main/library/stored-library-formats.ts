import { z } from 'zod';
import { type Briefing, briefingFileVersion, briefingSchema } from '../../common/briefing/briefing';
import { isLibraryIndexFile } from '../../common/library/is-library-index-file';
import type { RevisionEntry } from '../../common/library/library-types';
import {
  type LibraryIndexFile,
  legacySearchIndexSchema,
  type PersistedSearchIndex,
  persistedSearchIndexSchema,
  type RevisionManifest,
  revisionManifestSchema,
  revisionSnapshotSchema,
  type StoredJournalEntry,
  storedJournalEntrySchema,
} from '../../common/library/stored-library-files';
import { CorruptFileError } from '../storage/corrupt-file-error';
import { StoredFileRefusal } from '../storage/parse-stored-json';
import type { StoredJsonFormat } from '../storage/stored-json-format';
import { migrateBriefingFile, storedSchemaVersion } from './briefing-migrations';

const megabytes = (count: number) => count * 1024 * 1024;

/** A file written by a newer Briefdesk: left untouched, never quarantined. */
export class NewerFormatError extends StoredFileRefusal {
  readonly filePath: string;

  constructor(filePath: string) {
    super(`${filePath} was written by a newer version of Briefdesk.`);
    this.name = 'NewerFormatError';
    this.filePath = filePath;
  }
}

/** `briefings/<id>.json` and `trash/<id>.json`: older `schemaVersion`s are migrated on read. */
export function briefingFileFormat(filePath: string): StoredJsonFormat<Briefing> {
  return {
    what: 'a briefing',
    schema: briefingSchema,
    maxBytes: megabytes(64),
    migrate(stored) {
      if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) {
        throw new CorruptFileError(filePath, 'it does not hold a briefing');
      }
      const version = storedSchemaVersion(stored as Record<string, unknown>);
      if (version > briefingFileVersion) throw new NewerFormatError(filePath);
      return version < briefingFileVersion ? migrateBriefingFile(stored as Record<string, unknown>) : stored;
    },
  };
}

export const libraryIndexFormat: StoredJsonFormat<LibraryIndexFile> = {
  what: 'the library index',
  // The same rules as `libraryIndexFileSchema`, checked by hand: zod takes a second on 50,000 rows.
  schema: z.custom<LibraryIndexFile>(isLibraryIndexFile, 'The library index does not fit its format.'),
  maxBytes: megabytes(256),
};

export const revisionManifestFormat: StoredJsonFormat<RevisionManifest> = {
  what: 'a history list',
  schema: revisionManifestSchema,
  maxBytes: megabytes(8),
};

export const revisionSnapshotFormat: StoredJsonFormat<{ entry: RevisionEntry; briefing: Briefing }> = {
  what: 'a history snapshot',
  schema: revisionSnapshotSchema,
  maxBytes: megabytes(64),
  // A snapshot keeps the briefing as it was saved, so it may hold an older `schemaVersion`.
  migrate(stored) {
    if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return stored;
    const { briefing } = stored as { briefing?: unknown };
    if (typeof briefing !== 'object' || briefing === null || Array.isArray(briefing)) return stored;
    const version = storedSchemaVersion(briefing as Record<string, unknown>);
    if (version >= briefingFileVersion) return stored;
    return { ...stored, briefing: migrateBriefingFile(briefing as Record<string, unknown>) };
  },
};

export const journalEntryFormat: StoredJsonFormat<StoredJournalEntry> = {
  what: 'unsaved text',
  schema: storedJournalEntrySchema,
  maxBytes: megabytes(64),
};

/** A search index in the form an earlier version wrote: not damage, so it is rebuilt without a notice. */
export class OutdatedSearchIndexError extends StoredFileRefusal {}

export const searchIndexFormat: StoredJsonFormat<PersistedSearchIndex> = {
  what: 'the search index',
  schema: persistedSearchIndexSchema,
  maxBytes: megabytes(1024),
  migrate(stored) {
    if (legacySearchIndexSchema.safeParse(stored).success) {
      throw new OutdatedSearchIndexError('The search index was written by an earlier version of Briefdesk.');
    }
    return stored;
  },
};
