import { createHash } from 'node:crypto';
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { type AssetExtension, assetSource } from '../../common/document/asset-source';
import { writeFileDurably } from '../storage/write-file-durably';

/** Where imported pictures go; returns the `asset:<sha256>.<ext>` source a figure points at. */
export interface AssetSink {
  store(bytes: Uint8Array, extension: AssetExtension): Promise<string>;
}

/** Content-addressed files `<assets>/<sha256>.<ext>`, written durably once; the same picture is stored once. */
export function createFileSystemAssetSink(assetsDirectory: string): AssetSink {
  return {
    async store(bytes, extension) {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const filePath = path.join(assetsDirectory, `${sha256}.${extension}`);
      const existing = await stat(filePath).catch(() => undefined);
      if (!existing || existing.size !== bytes.length) {
        await mkdir(assetsDirectory, { recursive: true });
        await writeFileDurably(filePath, bytes);
      }
      return assetSource(sha256, extension);
    },
  };
}
