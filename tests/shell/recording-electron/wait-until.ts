import { type RecordedCall, recordedCalls } from './electron-record.ts';

/** Resolves with the first recorded call that matches, polling the record; rejects after `timeoutMs`. */
export async function waitForCall(
  matches: (call: RecordedCall) => boolean,
  description: string,
  timeoutMs = 10_000,
): Promise<RecordedCall> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = recordedCalls().find(matches);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${description}.`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** The `n`-th (from 1) call named `name`. */
export function waitForNamed(name: string, n = 1, timeoutMs?: number): Promise<RecordedCall> {
  let seen = 0;
  return waitForCall((call) => call.name === name && ++seen === n, `call ${n} of ${name}`, timeoutMs);
}
