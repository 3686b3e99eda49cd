import { parentPort } from 'node:worker_threads';
import type { DamagedAsset, ResolvedAsset } from '../../export/export-options';
import { runDocumentWorkerJob } from './document-worker-jobs';
import { type DocumentWorkerReply, type DocumentWorkerRequest, transferableBytes } from './document-worker-messages';

type AssetAnswer = ResolvedAsset | DamagedAsset | undefined;

const waitingAssets = new Map<string, (asset: AssetAnswer) => void>();
let nextAssetKey = 1;

const post = (reply: DocumentWorkerReply) =>
  parentPort?.postMessage(
    reply,
    'outcome' in reply && reply.outcome === 'finished' ? transferableBytes(reply.pdf) : [],
  );

// The document worker's entry: renders export HTML, finishes PDFs and prepares briefings for storage; asks main for each asset's bytes.
parentPort?.on('message', (request: DocumentWorkerRequest) => {
  if ('assetKey' in request) {
    const key = `${request.id}:${request.assetKey}`;
    waitingAssets.get(key)?.(request.asset);
    waitingAssets.delete(key);
    return;
  }
  const { id, job } = request;
  const resolveAsset = (source: string) =>
    new Promise<AssetAnswer>((resolve) => {
      const assetKey = nextAssetKey++;
      waitingAssets.set(`${id}:${assetKey}`, resolve);
      post({ id, assetKey, source });
    });
  void runDocumentWorkerJob(job, resolveAsset).then((reply) => post({ id, ...reply }));
});
