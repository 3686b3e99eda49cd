import { lstat, mkdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import { UserFacingError } from '../../common/user-facing-error';

/** True when `candidate` lies strictly inside `folder`, by their written paths. */
export function isInsideFolder(folder: string, candidate: string): boolean {
  const relative = path.relative(folder, candidate);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

const refusal = () =>
  new UserFacingError(
    'invalid-argument',
    'The exports folder in your data folder leads somewhere else through a link, so Briefdesk will not write there. Choose where to save the export with the Save dialog.',
  );

/**
 * Prepares a destination inside `<data folder>/exports/` and proves, just before writing, that it
 * stays there with links resolved: the folder written into must resolve inside the exports folder,
 * which must itself be a real folder in the data folder, and the file must not be a link.
 */
export async function prepareExportsDestination(
  dataDir: string,
  exportsDir: string,
  destination: string,
  several: boolean,
): Promise<void> {
  const folder = several ? destination : path.dirname(destination);
  const exportsEntry = await lstat(exportsDir).catch(() => undefined);
  if (exportsEntry && !exportsEntry.isDirectory()) throw refusal();
  await mkdir(folder, { recursive: true });
  const [realData, realExports, realFolder] = await Promise.all([
    realpath(dataDir),
    realpath(exportsDir),
    realpath(folder),
  ]);
  if (realExports !== path.join(realData, 'exports')) throw refusal();
  if (realFolder !== realExports && !isInsideFolder(realExports, realFolder)) throw refusal();
  if (!several && (await lstat(destination).catch(() => undefined))?.isSymbolicLink()) throw refusal();
}
