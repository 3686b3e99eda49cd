import { mkdir, rename } from 'node:fs/promises';
import path from 'node:path';

/** Folder inside the data folder where damaged files are set aside, never deleted. */
export const quarantineFolderName = 'quarantine';

/** Moves a damaged file out of the way and returns where it went. */
export async function quarantineFile(dataDir: string, filePath: string): Promise<string> {
  const folder = path.join(dataDir, quarantineFolderName);
  await mkdir(folder, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const destination = path.join(folder, `${stamp}-${path.basename(filePath)}`);
  await rename(filePath, destination);
  return destination;
}
