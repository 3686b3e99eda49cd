import type { IpcResult } from '../../../electron/common/ipc-result';

/** Unwraps an IPC result, turning a failure into an Error whose message is main's sentence for the user. */
export async function unwrap<T>(call: Promise<IpcResult<T>>): Promise<T> {
  const result = await call;
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
