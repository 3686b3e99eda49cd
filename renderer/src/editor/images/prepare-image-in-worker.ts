import type { PreparedImage } from './prepare-image';
import type { PrepareImageAnswer, PrepareImageRequest } from './prepare-image-worker';

/**
 * `prepareImage` in a Web Worker of its own, so decoding, scaling and recompressing a large photo
 * leave the editor's thread free for typing and painting. The worker ends with the picture, which
 * also frees the decoded pixels at once. Rejects when the file cannot be decoded.
 */
export function prepareImageInWorker(file: Blob, longEdge: number): Promise<PreparedImage> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./prepare-image-worker.ts', import.meta.url), {
      type: 'module',
      name: 'prepare-image',
    });
    const finish = () => worker.terminate();
    worker.addEventListener('message', (event: MessageEvent<PrepareImageAnswer>) => {
      finish();
      if (event.data.ok) resolve(event.data.prepared);
      else reject(new Error('The picture could not be decoded.'));
    });
    worker.addEventListener('error', (event) => {
      finish();
      reject(new Error(event.message || 'The picture worker failed.'));
    });
    worker.postMessage({ file, longEdge } satisfies PrepareImageRequest);
  });
}
