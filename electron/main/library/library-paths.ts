import path from 'node:path';
import { briefingIdPattern } from '../../common/briefing/briefing-id';
import { revisionIdSchema } from '../../common/library/library-requests';
import { pathInFolder } from '../storage/contained-path';
import { StoredPathError } from '../storage/stored-path-error';

/** Where the library lives inside the data folder. */
export interface LibraryPaths {
  root: string;
  /** The index of summaries, version 2 (one JSON file): read once and migrated to `indexRows`. */
  index: string;
  /** The index of summaries: a cache, rebuilt from the briefing files when missing or damaged. A header line, then one row per line, newest first. */
  indexRows: string;
  /** Changes to the index since `indexRows` was written, one per line. */
  indexChanges: string;
  /** One JSON file per briefing, named by id: the truth. */
  briefings: string;
  /** Images, content-addressed by SHA-256. */
  assets: string;
  /** Unsaved text, one file per briefing, written ~300 ms after typing and cleared by a save. */
  journal: string;
  /** Unsaved text found at start and offered to the user, one file per briefing, until restored or discarded. */
  recovered: string;
  /** Revision snapshots, one folder per briefing. */
  history: string;
  /** Briefings moved to the trash, one file each. */
  trash: string;
  /** Originals of files being migrated to a newer `schemaVersion`, until the migrated file is written. */
  migrationBackups: string;
  /** The persisted full-text search index (a cache), version 4: the arrays' own bytes. */
  searchIndex: string;
  /** The search index as version 3 wrote it (JSON): migrated to `searchIndex` when found. */
  legacySearchIndex: string;
}

export function libraryPaths(dataDir: string): LibraryPaths {
  const root = path.join(dataDir, 'library');
  return {
    root,
    index: path.join(root, 'index.json'),
    indexRows: path.join(root, 'index.ndjson'),
    indexChanges: path.join(root, 'index-changes.ndjson'),
    briefings: path.join(root, 'briefings'),
    assets: path.join(root, 'assets'),
    journal: path.join(root, 'journal'),
    recovered: path.join(root, 'recovered'),
    history: path.join(root, 'history'),
    trash: path.join(root, 'trash'),
    migrationBackups: path.join(root, 'migration-backups'),
    searchIndex: path.join(root, 'search-index.bin'),
    legacySearchIndex: path.join(root, 'search-index.json'),
  };
}

/** A briefing id that passes its schema, or a refusal: the only ids a path may be built from. */
export function checkedBriefingId(folder: string, id: string): string {
  // The id schema's pattern, tested directly: this runs for every file of a 50,000-briefing library at start.
  if (typeof id !== 'string' || !briefingIdPattern.test(id)) {
    throw new StoredPathError(folder, String(id), 'it is not a briefing id');
  }
  return id;
}

export function briefingFilePath(paths: LibraryPaths, id: string): string {
  return pathInFolder(paths.briefings, `${checkedBriefingId(paths.briefings, id)}.json`);
}

export function trashFilePath(paths: LibraryPaths, id: string): string {
  return pathInFolder(paths.trash, `${checkedBriefingId(paths.trash, id)}.json`);
}

export function journalFilePath(paths: LibraryPaths, id: string): string {
  return pathInFolder(paths.journal, `${checkedBriefingId(paths.journal, id)}.json`);
}

/** `history/<id>/`: the snapshots of one briefing. */
export function historyFolderPath(historyRoot: string, id: string): string {
  return pathInFolder(historyRoot, checkedBriefingId(historyRoot, id));
}

/** `history/<id>/<revisionId>.json`. */
export function snapshotFilePath(historyRoot: string, id: string, revisionId: string): string {
  const folder = historyFolderPath(historyRoot, id);
  if (!revisionIdSchema.safeParse(revisionId).success) {
    throw new StoredPathError(folder, String(revisionId), 'it is not a revision id');
  }
  return pathInFolder(folder, `${revisionId}.json`);
}

/** The ids of the `<id>.json` files in a folder listing; other names are ignored, never used. */
export function briefingIdsInListing(names: readonly string[]): string[] {
  return names.flatMap((name) => {
    if (!name.endsWith('.json')) return [];
    const id = name.slice(0, -5);
    return briefingIdPattern.test(id) ? [id] : [];
  });
}
