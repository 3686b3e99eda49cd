/** JPEG quality for recompressed photos: small files with no visible loss at print size. */
export const photoQuality = 0.85;

/** A picture within the size limit and this small is stored as it is: recompressing it would gain little. */
const keepBelowBytes = 1024 * 1024;

export interface PreparedImage {
  blob: Blob;
  width: number;
  height: number;
  originalWidth: number;
  originalHeight: number;
  /** False when the original file was kept as it was (already small, or an animation). */
  changed: boolean;
}

/** The size an image of `width`×`height` is drawn at so its long edge is at most `longEdge`. */
export function scaledSize(width: number, height: number, longEdge: number): { width: number; height: number } {
  const scale = Math.min(1, longEdge / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

function hasTransparency(context: OffscreenCanvasRenderingContext2D, width: number, height: number): boolean {
  const pixels = context.getImageData(0, 0, width, height).data;
  for (let index = 3; index < pixels.length; index += 4) if ((pixels[index] as number) < 255) return true;
  return false;
}

/**
 * A picture as a figure stores it: scaled down so its long edge is at most `longEdge`, and
 * recompressed (JPEG for photos, PNG where it is transparent). Within the limit the original is
 * kept when it is under 1 MB, when the recompressed copy would not be clearly smaller, and for
 * GIFs (they may be animated). Throws when the file cannot be decoded.
 */
export async function prepareImage(file: Blob, longEdge: number): Promise<PreparedImage> {
  const bitmap = await createImageBitmap(file);
  try {
    const original = { originalWidth: bitmap.width, originalHeight: bitmap.height };
    const target = scaledSize(bitmap.width, bitmap.height, longEdge);
    const scaled = target.width !== bitmap.width || target.height !== bitmap.height;
    const keep = { blob: file, width: bitmap.width, height: bitmap.height, ...original, changed: false };
    if (!scaled && (file.type === 'image/gif' || file.size <= keepBelowBytes)) return keep;
    const canvas = new OffscreenCanvas(target.width, target.height);
    const context = canvas.getContext('2d');
    if (!context) return keep;
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, target.width, target.height);
    const transparent = file.type !== 'image/jpeg' && hasTransparency(context, target.width, target.height);
    const blob = await canvas.convertToBlob(
      transparent ? { type: 'image/png' } : { type: 'image/jpeg', quality: photoQuality },
    );
    if (!scaled && blob.size >= file.size * 0.9) return keep;
    return { blob, ...target, ...original, changed: true };
  } finally {
    bitmap.close();
  }
}
