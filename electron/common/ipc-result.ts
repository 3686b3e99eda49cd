import type { ErrorCode } from './user-facing-error';

/** One problem with one field of an argument, phrased for the user. */
export interface IpcFieldIssue {
  /** Dotted path of the offending field, empty for the argument as a whole. */
  path: string;
  message: string;
}

export interface IpcError {
  code: ErrorCode;
  /** A sentence the renderer can show as it is. */
  message: string;
  issues?: IpcFieldIssue[];
}

/** Every IPC call resolves to this; handlers never reject across the boundary. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export function ipcSuccess<T>(value: T): IpcResult<T> {
  return { ok: true, value };
}

export function ipcFailure(code: ErrorCode, message: string, issues?: IpcFieldIssue[]): IpcResult<never> {
  return issues ? { ok: false, error: { code, message, issues } } : { ok: false, error: { code, message } };
}
