import { maximumAssetBytes } from '../../../../electron/common/library/library-requests';

/** The image types the asset store accepts (it checks the bytes too). */
export const acceptedImageTypes = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];

/** Why a file is not a picture a figure can take (its type, or nothing in it), in words the user can act on. */
export function describeUnusableImageType(file: { name: string; type: string; size: number }): string | undefined {
  if (!acceptedImageTypes.includes(file.type)) {
    return `“${file.name}” is not a PNG, JPEG, GIF or WebP image. Choose one of those, or save it in one of those formats first.`;
  }
  if (file.size === 0) return `“${file.name}” is empty. Choose another image.`;
  return undefined;
}

/** Why a chosen file cannot be stored as it is, in words the user can act on; undefined if it can. */
export function describeUnusableImage(file: { name: string; type: string; size: number }): string | undefined {
  const problem = describeUnusableImageType(file);
  if (problem) return problem;
  if (file.size > maximumAssetBytes) {
    return `“${file.name}” is ${(file.size / 1024 / 1024).toFixed(1)} MB; Briefdesk accepts images up to ${maximumAssetBytes / 1024 / 1024} MB. Resize it and try again.`;
  }
  return undefined;
}
