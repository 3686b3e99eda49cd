import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { formatMutationScores, type MutationReport, mutationScores } from './mutation-scores';

/**
 * `npm run test:mutation [-- STRYKER OPTIONS]`: Stryker over storage, library and the time and metadata
 * code (stryker.config.json), then one score per group. `-- --mutate 'electron/main/storage/**\/*.ts'` narrows it.
 */
const projectRoot = path.resolve(import.meta.dirname, '..');
const stryker = path.join(projectRoot, 'node_modules', '.bin', 'stryker');
const run = spawnSync(stryker, ['run', ...process.argv.slice(2)], { cwd: projectRoot, stdio: 'inherit' });
if (run.status !== 0) {
  console.error(`Stryker stopped with ${run.status ?? run.signal}; no scores were measured.`);
  process.exit(1);
}
const report = JSON.parse(
  await readFile(path.join(projectRoot, 'reports', 'mutation', 'mutation.json'), 'utf8'),
) as MutationReport;
console.log(formatMutationScores(mutationScores(report)));
