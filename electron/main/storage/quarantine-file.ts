import { mkdir, rename } from 'node:fs/promises';
import path from 'node:path';
import type { AppNotice } from '../../common/app-info';
import { assertInsideFolder } from './contained-path';

/** Folder inside the data folder where damaged files are set aside, never deleted. */
export const quarantineFolderName = 'quarantine';

/** Moves a damaged file (or the link standing in its place) out of the way and returns where it went. */
export async function quarantineFile(dataDir: string, filePath: string): Promise<string> {
  const folder = path.join(dataDir, quarantineFolderName);
  await mkdir(folder, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const destination = path.join(folder, `${stamp}-${path.basename(filePath)}`);
  await assertInsideFolder(folder, destination, dataDir);
  await rename(filePath, destination);
  return destination;
}

/**
 * Sets a damaged file aside and tells the user where it went, in the sentence
 * `message` makes of the new location.
 */
export async function quarantineWithNotice(
  dataDir: string,
  filePath: string,
  notices: AppNotice[],
  message: (movedTo: string) => string,
): Promise<string> {
  const movedTo = await quarantineFile(dataDir, filePath);
  notices.push({ level: 'warning', message: message(movedTo) });
  return movedTo;
}
