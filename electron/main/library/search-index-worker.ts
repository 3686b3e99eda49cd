import { parentPort } from 'node:worker_threads';
import { runSearchIndexJobHere } from './search-index-jobs';
import { type SearchIndexWorkerRequest, transferablesOf } from './search-index-worker-messages';

// The search-index worker's entry: one job per message; loads, rebuilds and writes stay off main's thread.
parentPort?.on('message', async (request: SearchIndexWorkerRequest) => {
  const reply = await runSearchIndexJobHere(request);
  parentPort?.postMessage(reply, reply.outcome === 'indexed' ? transferablesOf(reply.library) : []);
});
