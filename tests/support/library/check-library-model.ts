import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { startLibrary } from './library-model';
import { libraryCommands, stepsRun } from './library-model-commands';

// The model checks the library's logic, not the disk's durability (the crash test does): memory-backed
// /dev/shm, where it exists, keeps thousands of fsyncs from dominating the run.
const scratchFolder = existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir();

export interface LibraryModelRun {
  sequences: number;
  steps: number;
}

/**
 * Runs `runs` random sequences of library actions against the model (fast-check's
 * model-based commands); throws fast-check's report, with the shrunk sequence, on a broken invariant.
 */
export async function checkLibraryModel({
  runs,
  seed,
  maxCommands = 20,
}: {
  runs: number;
  seed?: number;
  maxCommands?: number;
}): Promise<LibraryModelRun> {
  const tally: LibraryModelRun = { sequences: 0, steps: 0 };
  const stepsBefore = stepsRun.count;
  await fc.assert(
    fc.asyncProperty(fc.commands(libraryCommands, { maxCommands, size: 'max' }), async (commands) => {
      const dataDir = await mkdtemp(path.join(scratchFolder, 'briefdesk-model-'));
      try {
        const { model, world } = await startLibrary(dataDir);
        await fc.asyncModelRun(() => ({ model, real: world }), commands);
        tally.sequences += 1;
        await world.store?.close();
      } finally {
        await rm(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 20 });
      }
    }),
    { numRuns: runs, seed },
  );
  tally.steps = stepsRun.count - stepsBefore;
  return tally;
}
