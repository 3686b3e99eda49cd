import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { SettingsStore } from '../electron/main/settings/settings-store';
import { sampleStatistics } from './sample-statistics';

/** Durable settings saves (temp → fsync → rename → fsync folder) on this machine's disk. */
export async function runStorageBenchmarks(): Promise<Record<string, number>> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-bench-storage-'));
  try {
    const store = await SettingsStore.open(dataDir, []);
    const samples: number[] = [];
    for (let index = 0; index < 200; index += 1) {
      const started = performance.now();
      await store.update({ authorName: `Author ${index}` });
      samples.push(performance.now() - started);
    }
    const { median, p95 } = sampleStatistics(samples);
    return { settings_save_median_ms: median, settings_save_p95_ms: p95, settings_save_samples: samples.length };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
