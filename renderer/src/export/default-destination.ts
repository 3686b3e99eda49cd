import { fileNameSlug } from '../../../electron/common/export/export-file-name';
import type { ExportFormat } from '../../../electron/common/export/export-request';

/** Joins path parts with the separator of the platform main runs on. */
function joinPath(platform: string, ...parts: string[]): string {
  const separator = platform === 'win32' ? '\\' : '/';
  return parts.map((part, index) => (index === 0 ? part.replace(/[\\/]+$/, '') : part)).join(separator);
}

/**
 * Where an export goes unless the user picks a place: `exports/` in the data folder, which main accepts
 * without a save dialog; one file named after the briefing, or a folder for one file per briefing.
 */
export function defaultExportDestination(options: {
  dataDir: string;
  platform: string;
  format: ExportFormat;
  title: string;
  folder: boolean;
  date: string;
}): string {
  const exportsDir = joinPath(options.platform, options.dataDir, 'exports');
  if (options.folder) return joinPath(options.platform, exportsDir, `briefings-${options.date}`);
  return joinPath(options.platform, exportsDir, `${options.date}-${fileNameSlug(options.title)}.${options.format}`);
}
