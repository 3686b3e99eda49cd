import { describe, expect, it } from 'vitest';
import { UserFacingError } from '../../common/user-facing-error';
import { toStorageError } from './storage-error';
import { StoredPathError } from './stored-path-error';

function fsError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: boom`), { code });
}

describe('toStorageError', () => {
  it('says the disk is full for ENOSPC and EDQUOT', () => {
    for (const code of ['ENOSPC', 'EDQUOT']) {
      const error = toStorageError(fsError(code), 'your settings', '/data');
      expect(error.code).toBe('storage-full');
      expect(error.message).toBe(
        'The disk is full, so your settings could not be saved. Free some space and save again.',
      );
    }
  });

  it('names the folder when it cannot be written', () => {
    for (const code of ['EROFS', 'EACCES', 'EPERM']) {
      const error = toStorageError(fsError(code), 'your settings', '/media/usb/Briefdesk');
      expect(error.code).toBe('storage-read-only');
      expect(error.message).toContain('/media/usb/Briefdesk');
    }
  });

  it('keeps other failures plain, with the system code but no stack', () => {
    const error = toStorageError(fsError('EIO'), 'the briefing', '/data');
    expect(error.code).toBe('storage-failed');
    expect(error.message).toContain('(EIO)');
    expect(error.message).not.toContain('boom');
  });

  it('passes a user-facing error through unchanged', () => {
    const original = new UserFacingError('conflict', 'Changed elsewhere.');
    expect(toStorageError(original, 'x', '/data')).toBe(original);
  });

  it('names the folder and the way out when a path would go through a link', () => {
    const error = toStorageError(
      new StoredPathError('/data/library/trash', 'abcdefgh.json', 'it is a symbolic link'),
      '“Daily brief”',
      '/data',
    );
    expect(error.code).toBe('storage-failed');
    expect(error.message).toBe(
      '“Daily brief” could not be saved because a file or folder in the data folder is a link to somewhere else (/data/library/trash). Remove the link or restart Briefdesk, which sets such links aside, and save again.',
    );
  });

  it('keeps the failure as the cause, and copes with thrown values that are not errors', () => {
    const original = fsError('ENOSPC');
    expect(toStorageError(original, 'x', '/data').cause).toBe(original);
    expect(toStorageError(fsError('EROFS'), 'x', '/data').cause).toMatchObject({ code: 'EROFS' });
    expect(toStorageError(fsError('EIO'), 'x', '/data').cause).toMatchObject({ code: 'EIO' });
    for (const thrown of [null, undefined, 'ENOSPC', 28, { message: 'no code' }]) {
      const error = toStorageError(thrown, 'the briefing', '/data');
      expect(error.code).toBe('storage-failed');
      expect(error.message).toBe(
        'Saving the briefing failed (unknown error). Nothing already saved was changed; please try again.',
      );
    }
  });
});
