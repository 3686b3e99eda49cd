/** Image formats a briefing may embed; SVG is excluded because it can carry script. */
export const assetExtensions = ['png', 'jpg', 'gif', 'webp'] as const;

export type AssetExtension = (typeof assetExtensions)[number];

const assetSourcePattern = /^asset:([a-f0-9]{64})\.(png|jpg|gif|webp)$/;

/**
 * Figures point at stored images by content hash, `asset:<sha256>.<ext>`,
 * never at data URLs or the network.
 */
export function isAssetSource(candidate: unknown): candidate is string {
  return typeof candidate === 'string' && assetSourcePattern.test(candidate);
}

export function assetSource(sha256: string, extension: AssetExtension): string {
  return `asset:${sha256}.${extension}`;
}

/** The stored file name of an asset source, e.g. `3a7b…e1.png`. */
export function assetFileName(source: string): string | undefined {
  const match = assetSourcePattern.exec(source);
  return match ? `${match[1]}.${match[2]}` : undefined;
}
