import { opendir } from 'node:fs/promises';
import { temporaryFilePattern } from '../storage/write-file-durably';
import { briefingIdsInListing } from './library-paths';

/** Names read from the folder per call into libuv's threads, and so the most main's thread handles at once. */
const namesPerRead = 256;

/** What the briefings folder holds: the briefing files' ids and the temporary files of writes a crash interrupted. */
export interface BriefingFolderListing {
  /** In the folder's order. */
  ids: string[];
  /** The same ids, to look up: filled slice by slice like the list. */
  present: Set<string>;
  interruptedWrites: string[];
}

/**
 * Lists the briefings folder once, a few hundred names at a time: a single `readdir` of
 * 50,000 names turned them all into strings and checked them in one task on main's thread.
 */
export async function listBriefingFolder(folder: string): Promise<BriefingFolderListing> {
  const listing: BriefingFolderListing = { ids: [], present: new Set(), interruptedWrites: [] };
  let names: string[] = [];
  const take = () => {
    for (const id of briefingIdsInListing(names)) {
      listing.ids.push(id);
      listing.present.add(id);
    }
    names = [];
  };
  for await (const entry of await opendir(folder, { bufferSize: namesPerRead })) {
    if (temporaryFilePattern.test(entry.name)) listing.interruptedWrites.push(entry.name);
    else names.push(entry.name);
    if (names.length === namesPerRead) take();
  }
  take();
  return listing;
}
