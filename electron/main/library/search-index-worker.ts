import { parentPort } from 'node:worker_threads';
import { SearchIndexHost } from './search-index-host';
import { type SearchIndexWorkerRequest, transferablesOf } from './search-index-worker-messages';

// The search-index worker's entry: it holds the library's search index; one job per message, answered in order.
const host = new SearchIndexHost();
parentPort?.on('message', async ({ id, request }: { id: number; request: SearchIndexWorkerRequest }) => {
  const reply = await host.run(request);
  parentPort?.postMessage({ id, reply }, transferablesOf(reply));
});
