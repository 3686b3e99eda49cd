import path from 'node:path';

/** Where the library lives inside the data folder. */
export interface LibraryPaths {
  root: string;
  /** lowdb index of summaries: a cache, rebuilt from the briefing files when missing or damaged. */
  index: string;
  /** One JSON file per briefing, named by id: the truth. */
  briefings: string;
  /** Images, content-addressed by SHA-256. */
  assets: string;
  /** Unsaved text, one file per briefing, written ~300 ms after typing and cleared by a save. */
  journal: string;
  /** Revision snapshots, one folder per briefing. */
  history: string;
  /** Briefings moved to the trash, one file each. */
  trash: string;
  /** Originals of files being migrated to a newer `schemaVersion`, until the migrated file is written. */
  migrationBackups: string;
  /** The persisted full-text search index (a cache). */
  searchIndex: string;
}

export function libraryPaths(dataDir: string): LibraryPaths {
  const root = path.join(dataDir, 'library');
  return {
    root,
    index: path.join(root, 'index.json'),
    briefings: path.join(root, 'briefings'),
    assets: path.join(root, 'assets'),
    journal: path.join(root, 'journal'),
    history: path.join(root, 'history'),
    trash: path.join(root, 'trash'),
    migrationBackups: path.join(root, 'migration-backups'),
    searchIndex: path.join(root, 'search-index.json'),
  };
}

export function briefingFilePath(paths: LibraryPaths, id: string): string {
  return path.join(paths.briefings, `${id}.json`);
}
