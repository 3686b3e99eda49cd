import { UserFacingError } from '../../common/user-facing-error';
import { StoredPathError } from './stored-path-error';

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

/**
 * Translates a file-system failure into a sentence the user can act on.
 * `subject` names what was being saved, e.g. "your settings".
 */
export function toStorageError(error: unknown, subject: string, folder: string): UserFacingError {
  if (error instanceof UserFacingError) return error;
  if (error instanceof StoredPathError) {
    return new UserFacingError(
      'storage-failed',
      `${subject.charAt(0).toUpperCase()}${subject.slice(1)} could not be saved because a file or folder in the data folder is a link to somewhere else (${error.folder}). Remove the link or restart Briefdesk, which sets such links aside, and save again.`,
      { cause: error },
    );
  }
  switch (errorCode(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new UserFacingError(
        'storage-full',
        `The disk is full, so ${subject} could not be saved. Free some space and save again.`,
        { cause: error },
      );
    case 'EROFS':
    case 'EACCES':
    case 'EPERM':
      return new UserFacingError(
        'storage-read-only',
        `Briefdesk cannot write to its data folder (${folder}), so ${subject} could not be saved. Make the folder writable or choose another one.`,
        { cause: error },
      );
    default:
      return new UserFacingError(
        'storage-failed',
        `Saving ${subject} failed (${errorCode(error) ?? 'unknown error'}). Nothing already saved was changed; please try again.`,
        { cause: error },
      );
  }
}
