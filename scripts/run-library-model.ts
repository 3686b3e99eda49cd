import { parseArgs } from 'node:util';
import { checkLibraryModel } from '../tests/support/library/check-library-model';

/** `npm run test:model [-- --runs 5000] [--seed N]`: the library's model-based test at any length. */
const { values } = parseArgs({
  options: { runs: { type: 'string', default: '5000' }, seed: { type: 'string' } },
});
const runs = Number(values.runs);
const started = performance.now();
try {
  const run = await checkLibraryModel({ runs, seed: values.seed === undefined ? undefined : Number(values.seed) });
  console.error(`${run.sequences} sequences in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  console.log(`model_sequences=${run.sequences}\nmodel_steps=${run.steps}\nmodel_broken_invariants=0`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  console.log('model_broken_invariants=1');
  process.exitCode = 1;
}
