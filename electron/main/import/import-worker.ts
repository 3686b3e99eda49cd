import { parentPort } from 'node:worker_threads';
import { ImportRefusedError, NoArticleError } from '../../common/import/convert-import';
import { InputLimitError } from '../../common/limits/input-limits';
import { type ConvertTextRequest, convertTextInNode } from './convert-text-in-node';
import type { ImportWorkerReply } from './import-worker-messages';
import { shareRepeatedAttributes } from './share-repeated-attributes';

// The import worker's entry: converts one request at a time, answers with the result or a refusal.
parentPort?.on('message', async ({ id, request }: { id: number; request: ConvertTextRequest }) => {
  let reply: ImportWorkerReply;
  try {
    const converted = await convertTextInNode(request);
    // Equal attributes and marks cross as one object each: the reply is read on main's thread.
    shareRepeatedAttributes(converted.document.content);
    reply = { id, outcome: 'converted', converted };
  } catch (error) {
    const refused = error instanceof ImportRefusedError || error instanceof InputLimitError;
    reply = {
      id,
      outcome: error instanceof NoArticleError ? 'no-article' : refused ? 'refused' : 'failed',
      message: error instanceof Error ? (refused ? error.message : (error.stack ?? error.message)) : String(error),
    };
  }
  parentPort?.postMessage(reply);
});

// The first conversion pays for compiling and initialising the parsers, which can take seconds on a busy machine.
// A small page is converted before the worker says it is ready, so a request's time limit measures its own work.
async function warmUp(): Promise<void> {
  await convertTextInNode({
    text: '<h1>Warm-up</h1><p>A paragraph of an article, converted once to prepare the parsers.</p>',
    format: 'html',
    keepClutter: false,
    embedImages: false,
    now: 0,
  }).catch(() => undefined);
  parentPort?.postMessage({ ready: true });
}
void warmUp();
