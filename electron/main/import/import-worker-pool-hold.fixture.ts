import { ImportWorkerPool } from './import-worker-pool';
import { warmUpPage } from './warm-up-page';

// Run by import-worker-pool.test.ts in a process of its own: nothing but the warm-up keeps the process alive, so
// it prints its rounds only if the pool holds the process while the worker warms up, and exits only if it lets go.
const pool = new ImportWorkerPool({ warmUpCharacters: warmUpPage().length * 2, longWarmUpCharacters: 0 });
process.stdout.write(`prepared=${await pool.prepare()}\n`);
