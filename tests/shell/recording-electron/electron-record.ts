/** One thing the main process did to the `electron` double, or one thing the scenario made happen, in order. */
export interface RecordedCall {
  /** Position in the run, from 1. */
  order: number;
  /** What happened, e.g. `protocol.registerSchemesAsPrivileged`, `app.emit:ready`, `BrowserWindow.new`. */
  name: string;
  /** Plain data about the call (arguments that matter to the checks). */
  detail?: unknown;
}

const calls: RecordedCall[] = [];

/** Appends one call to the run's record. */
export function record(name: string, detail?: unknown): void {
  calls.push({ order: calls.length + 1, name, ...(detail === undefined ? {} : { detail }) });
}

/** The record so far, as plain data. */
export function recordedCalls(): RecordedCall[] {
  return calls.map((call) => ({ ...call }));
}
