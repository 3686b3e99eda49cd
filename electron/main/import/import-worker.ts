import { parentPort } from 'node:worker_threads';
import { ImportRefusedError, NoArticleError } from '../../common/import/convert-import';
import { InputLimitError } from '../../common/limits/input-limits';
import { type ConvertTextRequest, convertTextInNode } from './convert-text-in-node';
import type {
  ImportWorkerPrepared,
  ImportWorkerReply,
  ImportWorkerRequest,
  ImportWorkerWarmUp,
} from './import-worker-messages';
import { shareRepeatedAttributes } from './share-repeated-attributes';
import { longWarmUpPage, warmUpPage } from './warm-up-page';

/** Requests received so far: a warm-up stops as soon as this moves, so an import waits at most for one round. */
let requestsReceived = 0;

const request = (text: string): ConvertTextRequest => ({
  text,
  format: 'html',
  keepClutter: false,
  embedImages: false,
  now: 0,
});

/**
 * Converts the short made-up page until `characters` are converted, then the long one until `longCharacters` are,
 * stopping as soon as an import arrives; answers the rounds converted.
 */
async function warmUp({ characters, longCharacters }: ImportWorkerWarmUp): Promise<number> {
  const received = requestsReceived;
  let rounds = 0;
  for (const [makePage, amount] of [
    [warmUpPage, characters],
    [longWarmUpPage, longCharacters],
  ] as const) {
    // Each page is made when its turn comes, and the long one not at all once an import has arrived.
    if (amount <= 0 || requestsReceived !== received) continue;
    const page = makePage();
    for (let converted = 0; converted < amount && requestsReceived === received; converted += page.length) {
      // A page that fails to convert warms nothing more; the imports themselves still answer for their own text.
      if (
        !(await convertTextInNode(request(page)).then(
          () => true,
          () => false,
        ))
      )
        return rounds;
      rounds += 1;
      // Between rounds the worker reads its messages: an import that arrived is taken before the next round.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  return rounds;
}

async function convert(id: number, converting: ConvertTextRequest): Promise<ImportWorkerReply> {
  try {
    const converted = await convertTextInNode(converting);
    // Equal attributes and marks cross as one object each: the reply is read on main's thread.
    shareRepeatedAttributes(converted.document.content);
    return { id, outcome: 'converted', converted };
  } catch (error) {
    const refused = error instanceof ImportRefusedError || error instanceof InputLimitError;
    return {
      id,
      outcome: error instanceof NoArticleError ? 'no-article' : refused ? 'refused' : 'failed',
      message: error instanceof Error ? (refused ? error.message : (error.stack ?? error.message)) : String(error),
    };
  }
}

// The import worker's entry: converts one request at a time, answers with the result or a refusal; asked to
// prepare, it converts the made-up pages while no import waits.
parentPort?.on('message', async (message: ImportWorkerRequest) => {
  if ('prepare' in message) {
    const reply: ImportWorkerPrepared = { prepared: true, rounds: await warmUp(message.prepare) };
    parentPort?.postMessage(reply);
    return;
  }
  requestsReceived += 1;
  parentPort?.postMessage(await convert(message.id, message.request));
});

// The first conversion pays for compiling and initialising the parsers, which can take seconds on a busy machine.
// A small page is converted before the worker says it is ready, so a request's time limit measures its own work.
async function loadParsers(): Promise<void> {
  await convertTextInNode(
    request('<h1>Warm-up</h1><p>A paragraph of an article, converted once to prepare the parsers.</p>'),
  ).catch(() => undefined);
  parentPort?.postMessage({ ready: true });
}
void loadParsers();
