import { lstat, mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { AppNotice } from '../../common/app-info';
import { quarantineFolderName } from './quarantine-file';

const isLink = (folder: string) =>
  lstat(folder).then(
    (entry) => entry.isSymbolicLink(),
    () => false,
  );

/**
 * Before a store uses its folders: any of them that is a symbolic link (to a colleague's folder, to
 * `/`) is moved aside — the link itself, never what it points at — and a new, empty folder takes its
 * place. `folders` are listed parents first. A linked `quarantine/` is removed, being only a link.
 */
export async function setAsideLinkedFolders(
  dataDir: string,
  folders: readonly string[],
  notices: AppNotice[],
): Promise<void> {
  const quarantine = path.join(dataDir, quarantineFolderName);
  if (await isLink(quarantine)) {
    await rm(quarantine);
    notices.push({
      level: 'warning',
      message: `The quarantine folder ${quarantine} was a link elsewhere; Briefdesk removed the link and uses a new folder.`,
    });
  }
  for (const folder of folders) {
    if (!(await isLink(folder))) continue;
    await mkdir(quarantine, { recursive: true });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const movedTo = path.join(quarantine, `${stamp}-${path.basename(folder)}-link`);
    await rename(folder, movedTo);
    await mkdir(folder, { recursive: true });
    notices.push({
      level: 'warning',
      message: `The folder ${folder} was a link to somewhere outside your data folder, so Briefdesk set the link aside (${movedTo}) and uses a new, empty folder. Nothing the link pointed to was changed.`,
    });
  }
}
