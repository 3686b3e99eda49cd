/** What the probe saw: the longest lateness of a 10 ms timer, and how many pings it took. */
export interface StallReport {
  longestStallMs: number;
  pings: number;
}

/**
 * Pings this process's event loop every `intervalMs` with a timer and records how late
 * each ping fired: any work on the thread that runs main's code shows up as lateness.
 */
export function startStallProbe(intervalMs = 10): { stop(): StallReport } {
  let longest = 0;
  let pings = 0;
  let expected = performance.now() + intervalMs;
  let timer: NodeJS.Timeout;
  const ping = () => {
    const now = performance.now();
    longest = Math.max(longest, now - expected);
    pings += 1;
    expected = now + intervalMs;
    timer = setTimeout(ping, intervalMs);
  };
  timer = setTimeout(ping, intervalMs);
  return {
    stop() {
      clearTimeout(timer);
      // A job still blocking when it ends has made the pending ping late too.
      longest = Math.max(longest, performance.now() - expected);
      return { longestStallMs: longest, pings };
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
