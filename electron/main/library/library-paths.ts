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
}

export function libraryPaths(dataDir: string): LibraryPaths {
  const root = path.join(dataDir, 'library');
  return {
    root,
    index: path.join(root, 'index.json'),
    briefings: path.join(root, 'briefings'),
    assets: path.join(root, 'assets'),
  };
}

export function briefingFilePath(paths: LibraryPaths, id: string): string {
  return path.join(paths.briefings, `${id}.json`);
}
