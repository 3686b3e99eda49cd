import { closeSync, openSync, readSync } from 'node:fs';

/**
 * What the probe saw: the longest lateness of a 10 ms timer, and how many pings it took.
 * Over the same ping's wait, `longestStallCpuMs` is the CPU this thread used (its own work,
 * collections included) and `longestStallRunQueueMs` the time it was ready to run but had
 * no core (Linux only, NaN elsewhere): what is left of the stall is time the thread slept.
 */
export interface StallReport {
  longestStallMs: number;
  longestStallCpuMs: number;
  longestStallRunQueueMs: number;
  pings: number;
}

/** The calling thread's CPU time (user and system), in ms. */
export function threadCpuMs(): number {
  const used = process.threadCpuUsage();
  return (used.user + used.system) / 1000;
}

/**
 * How long the calling thread has waited, ready, for a core since it started, in ms (NaN where the system does
 * not say). The file is opened once and read into one buffer: `readFileSync` takes 64 KB for each read of a
 * file whose size the system does not give, 6.4 MB a second at this rate, enough to change when main collects
 * (in a minute-long idle scratch run it kept V8's memory reducer from starting its full collection).
 */
function openRunQueueWait(): { read(): number; close(): void } {
  let file: number;
  try {
    file = openSync('/proc/thread-self/schedstat', 'r');
  } catch {
    return { read: () => Number.NaN, close: () => undefined };
  }
  const bytes = Buffer.alloc(128);
  return {
    read() {
      // "<time on a core> <time waiting for one> <time slices>", in nanoseconds.
      const length = readSync(file, bytes, 0, bytes.length, 0);
      return Number(bytes.toString('latin1', 0, length).split(' ')[1]) / 1e6;
    },
    close: () => closeSync(file),
  };
}

/**
 * Pings this process's event loop every `intervalMs` with a timer and records how late
 * each ping fired: any work on the thread that runs main's code shows up as lateness.
 */
export function startStallProbe(intervalMs = 10): { stop(): StallReport } {
  const longest = { stallMs: 0, cpuMs: 0, runQueueMs: Number.NaN };
  let pings = 0;
  let expected = performance.now() + intervalMs;
  let lastCpuMs = threadCpuMs();
  const runQueueWait = openRunQueueWait();
  let lastRunQueueMs = runQueueWait.read();
  let timer: NodeJS.Timeout;
  const look = () => {
    const now = performance.now();
    const cpuMs = threadCpuMs();
    const runQueueMs = runQueueWait.read();
    if (now - expected > longest.stallMs) {
      longest.stallMs = now - expected;
      longest.cpuMs = cpuMs - lastCpuMs;
      longest.runQueueMs = runQueueMs - lastRunQueueMs;
    }
    lastCpuMs = cpuMs;
    lastRunQueueMs = runQueueMs;
    return now;
  };
  const ping = () => {
    const now = look();
    pings += 1;
    expected = now + intervalMs;
    timer = setTimeout(ping, intervalMs);
  };
  timer = setTimeout(ping, intervalMs);
  return {
    stop() {
      clearTimeout(timer);
      // A job still blocking when it ends has made the pending ping late too.
      look();
      runQueueWait.close();
      return {
        longestStallMs: longest.stallMs,
        longestStallCpuMs: longest.cpuMs,
        longestStallRunQueueMs: longest.runQueueMs,
        pings,
      };
    },
  };
}

/**
 * Runs `job` under the stall probe. `mainThreadCpuMs` is the CPU time this thread spent meanwhile
 * (the probe's pings included, a fraction of a millisecond each): unlike the stalls, other processes on a
 * loaded machine hardly move it, so it compares runs taken under different loads.
 */
export async function measureStalls(
  job: () => Promise<unknown>,
): Promise<StallReport & { jobMs: number; mainThreadCpuMs: number }> {
  const probe = startStallProbe();
  const started = performance.now();
  const cpu = process.threadCpuUsage();
  await job();
  const used = process.threadCpuUsage(cpu);
  const jobMs = performance.now() - started;
  return { ...probe.stop(), jobMs, mainThreadCpuMs: (used.user + used.system) / 1000 };
}
