import { parentPort } from 'node:worker_threads';
import type { DamagedAsset, ResolvedAsset } from '../export-options';
import { runExportWorkerJob } from './export-worker-jobs';
import { type ExportWorkerReply, type ExportWorkerRequest, transferableBytes } from './export-worker-messages';

type AssetAnswer = ResolvedAsset | DamagedAsset | undefined;

const waitingAssets = new Map<string, (asset: AssetAnswer) => void>();
let nextAssetKey = 1;

const post = (reply: ExportWorkerReply) =>
  parentPort?.postMessage(
    reply,
    'outcome' in reply && reply.outcome === 'finished' ? transferableBytes(reply.pdf) : [],
  );

// The export worker's entry: renders HTML and finishes PDFs; asks main for each asset's bytes.
parentPort?.on('message', (request: ExportWorkerRequest) => {
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
  void runExportWorkerJob(job, resolveAsset).then((reply) => post({ id, ...reply }));
});
