import type { IpcErrorCode } from '../../common/ipc-result';

/** An error whose message is written for the user and may cross the IPC boundary as it is. */
export class UserFacingError extends Error {
  readonly code: IpcErrorCode;

  constructor(code: IpcErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'UserFacingError';
    this.code = code;
  }
}
