import type { AssetExtension } from '../../common/document/asset-source';

export interface DecodedImage {
  bytes: Uint8Array;
  extension: AssetExtension;
}

/** Embedded images above this size are left as placeholders. */
export const maximumEmbeddedImageBytes = 20 * 1024 * 1024;

const dataImagePattern = /^data:image\/(png|jpe?g|gif|webp);base64,([a-z0-9+/=\s]+)$/i;

function sniffExtension(bytes: Uint8Array): AssetExtension | undefined {
  const starts = (...signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (starts(0xff, 0xd8, 0xff)) return 'jpg';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'gif';
  if (
    starts(0x52, 0x49, 0x46, 0x46) &&
    bytes[8] === 0x57 &&
    bytes[9] === 0x45 &&
    bytes[10] === 0x42 &&
    bytes[11] === 0x50
  )
    return 'webp';
  return undefined;
}

/**
 * Decodes a base64 `data:image/png|jpeg|gif|webp` URL whose bytes really are
 * that kind of picture; anything else (SVG, HTML, mislabelled bytes) is refused.
 */
export function decodeDataImage(source: string): DecodedImage | undefined {
  if (source.length > maximumEmbeddedImageBytes * 1.4) return undefined;
  const match = dataImagePattern.exec(source.trim());
  if (!match?.[2]) return undefined;
  const bytes = new Uint8Array(Buffer.from(match[2].replace(/\s+/g, ''), 'base64'));
  const extension = sniffExtension(bytes);
  return extension ? { bytes, extension } : undefined;
}
