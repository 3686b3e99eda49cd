import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { measureStalls, threadCpuMs } from './event-loop-stall-probe';

/** Holds this thread until it has used `ms` of CPU, as a synchronous job on main would, however loaded the machine. */
function spin(ms: number): void {
  const from = threadCpuMs();
  while (threadCpuMs() - from < ms) {
    // busy
  }
}

describe('the event-loop stall probe', () => {
  it('charges a stall the thread spent working to its CPU, not to waiting for a core', async () => {
    const report = await measureStalls(async () => {
      // A shorter stall first: its CPU must not be charged to the longest.
      spin(40);
      await sleep(40);
      spin(80);
      await sleep(25);
    });
    expect(report.longestStallMs).toBeGreaterThanOrEqual(70);
    expect(report.longestStallCpuMs).toBeGreaterThanOrEqual(75);
    // Its CPU fits in the ping's interval: 10 ms, plus the stall.
    expect(report.longestStallCpuMs).toBeLessThanOrEqual(report.longestStallMs + 12);
    expect(report.pings).toBeGreaterThan(2);
  });

  it('charges next to no CPU to a stall while the job only waits', async () => {
    const report = await measureStalls(() => sleep(120));
    // However late a loaded machine makes a ping, the thread did next to nothing meanwhile.
    expect(report.longestStallCpuMs).toBeLessThan(20);
  });

  it.runIf(existsSync('/proc/thread-self/schedstat'))(
    'reads the run-queue wait where the system keeps it',
    async () => {
      const report = await measureStalls(async () => spin(30));
      expect(report.longestStallRunQueueMs).toBeGreaterThanOrEqual(0);
      // A thread is on a core, waiting for one, or asleep: the first two fit in the ping's interval (10 ms, plus the stall).
      expect(report.longestStallCpuMs + report.longestStallRunQueueMs).toBeLessThanOrEqual(report.longestStallMs + 12);
    },
  );
});
