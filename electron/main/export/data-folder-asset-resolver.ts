import { assetFileName } from '../../common/document/asset-source';
import { readVerifiedAsset } from '../library/verified-asset';
import type { AssetResolver } from './export-options';

const mediaTypes: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
};

/**
 * Reads `asset:<sha256>.<ext>` from `library/assets/` in the data folder. A missing file resolves to
 * undefined; one that is a link, too large, or whose bytes no longer match its hash, to `{ damaged: true }`;
 * the export says which.
 */
export function createDataFolderAssetResolver(assetsDir: string): AssetResolver {
  return async (source) => {
    const fileName = assetFileName(source);
    if (!fileName) return undefined;
    const bytes = await readVerifiedAsset(assetsDir, fileName);
    if (bytes === 'missing') return undefined;
    if (bytes === 'damaged') return { damaged: true };
    const mediaType = mediaTypes[fileName.slice(fileName.lastIndexOf('.') + 1)];
    return mediaType ? { mediaType, bytes } : { damaged: true };
  };
}
