import { type PreparedImage, prepareImage } from './prepare-image';

/** A picture to prepare, posted by `prepareImageInWorker`. */
export interface PrepareImageRequest {
  file: Blob;
  longEdge: number;
}

/** The worker's answer: the prepared picture, or the fact that the file could not be decoded. */
export type PrepareImageAnswer = { ok: true; prepared: PreparedImage } | { ok: false };

// Decoding, scaling and encoding a large photo take seconds; here they never hold up the page's thread.
self.addEventListener('message', (event: MessageEvent<PrepareImageRequest>) => {
  const { file, longEdge } = event.data;
  prepareImage(file, longEdge).then(
    (prepared) => self.postMessage({ ok: true, prepared } satisfies PrepareImageAnswer),
    () => self.postMessage({ ok: false } satisfies PrepareImageAnswer),
  );
});
