import { closeHarnessBrowser, openHarnessApp } from '../tests/e2e/harness/app-harness';
import { sampleStatistics } from './sample-statistics';

/**
 * Round trips renderer → harness bridge → dispatcher → service → renderer in Chromium, and the shell's
 * first paint. The bridge is the test harness's Playwright binding, not Electron IPC, so the figures say so.
 */
export async function runIpcBenchmarks(): Promise<Record<string, number>> {
  const loads: number[] = [];
  let roundTrips: number[] = [];
  try {
    for (let run = 0; run < 5; run += 1) {
      const started = performance.now();
      // Each start in a page of its own, as the app's window is: a page kept from the last one would skip the renderer's start.
      const app = await openHarnessApp({ newPage: true });
      await app.page.getByRole('heading', { name: 'Library' }).waitFor();
      loads.push(performance.now() - started);
      if (run === 0) {
        roundTrips = await app.page.evaluate(async () => {
          const samples: number[] = [];
          for (let index = 0; index < 500; index += 1) {
            const started = performance.now();
            await window.briefdesk?.settings.get();
            samples.push(performance.now() - started);
          }
          return samples;
        });
      }
      await app.close();
    }
  } finally {
    await closeHarnessBrowser();
  }
  const roundTrip = sampleStatistics(roundTrips);
  return {
    harness_bridge_roundtrip_median_ms: roundTrip.median,
    harness_bridge_roundtrip_p95_ms: roundTrip.p95,
    harness_bridge_roundtrip_samples: roundTrip.count,
    shell_open_median_ms: sampleStatistics(loads).median,
    shell_open_samples: loads.length,
  };
}
