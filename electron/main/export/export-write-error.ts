import { UserFacingError } from '../../common/user-facing-error';
import type { ExportTarget } from './export-target';

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

/** A failed write of an export, as a sentence naming the place and what to do. */
export function toExportWriteError(error: unknown, target: ExportTarget): UserFacingError {
  if (error instanceof UserFacingError) return error;
  const place = 'file' in target ? target.file : target.folder;
  switch (errorCode(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new UserFacingError(
        'storage-full',
        `The disk is full, so the export could not be saved to ${place}. Free some space and export again.`,
        { cause: error },
      );
    case 'EROFS':
    case 'EACCES':
    case 'EPERM':
      return new UserFacingError(
        'storage-read-only',
        `Briefdesk may not write to ${place}. Choose another place to save the export.`,
        { cause: error },
      );
    case 'ENOENT':
    case 'ENOTDIR':
      return new UserFacingError(
        'storage-failed',
        `The folder for ${place} does not exist any more. Choose another place to save the export.`,
        { cause: error },
      );
    default:
      return new UserFacingError(
        'storage-failed',
        `The export could not be saved to ${place} (${errorCode(error) ?? 'unknown error'}). Please try again.`,
        { cause: error },
      );
  }
}
