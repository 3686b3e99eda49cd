/** Why an operation failed, for code to branch on; the renderer and the CLI receive it with the message. */
export type ErrorCode =
  | 'invalid-argument'
  | 'unknown-channel'
  | 'forbidden-sender'
  | 'not-found'
  | 'conflict'
  | 'already-exists'
  | 'storage-full'
  | 'storage-read-only'
  | 'storage-failed'
  | 'export-failed'
  /** An import found no article text; nothing was stored, and the user may import it anyway. */
  | 'no-article'
  /** The pre-export check found something that stops a final export; the user may export anyway. */
  | 'check-blocked'
  /** The briefing is approved or published and not unlocked: only its status may change. */
  | 'locked'
  | 'internal';

/** An error whose message is written for the user and may cross the IPC boundary, or reach the terminal, as it is. */
export class UserFacingError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'UserFacingError';
    this.code = code;
  }
}
