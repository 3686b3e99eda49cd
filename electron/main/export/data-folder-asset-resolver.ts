import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { assetFileName } from '../../common/document/asset-source';
import type { AssetResolver } from './export-options';

const mediaTypes: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
};

/**
 * Reads `asset:<sha256>.<ext>` from `library/assets/` in the data folder. A missing file resolves to
 * undefined, one whose bytes no longer match its hash to `{ damaged: true }`; the export says which.
 */
export function createDataFolderAssetResolver(assetsDir: string): AssetResolver {
  return async (source) => {
    const fileName = assetFileName(source);
    if (!fileName) return undefined;
    let bytes: Buffer;
    try {
      bytes = await readFile(path.join(assetsDir, fileName));
    } catch {
      return undefined;
    }
    const [hash, extension = ''] = fileName.split('.') as [string, string?];
    if (createHash('sha256').update(bytes).digest('hex') !== hash) return { damaged: true };
    const mediaType = mediaTypes[extension];
    return mediaType ? { mediaType, bytes } : { damaged: true };
  };
}
