import { decodeTextBytes } from '../../../electron/common/import/decode-text-bytes';
import {
  type ImportFormat,
  importFileFormats,
  maximumImportBytes,
} from '../../../electron/common/import/import-result';
import { limitMessages } from '../../../electron/common/limits/input-limits';

export type DroppedFileText =
  | { ok: true; text: string; format: ImportFormat; sourceName: string }
  | { ok: false; message: string };

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}

/** Reads a file dropped on the Import screen in the renderer, with the same encoding rules and limits as main. */
export async function readDroppedFile(file: File): Promise<DroppedFileText> {
  const dot = file.name.lastIndexOf('.');
  const extension = dot >= 0 ? file.name.slice(dot).toLowerCase() : '';
  const format = importFileFormats[extension];
  if (!format) {
    return {
      ok: false,
      message: `“${file.name}” is not a file Briefdesk can import: drop a .md, .markdown, .html, .htm, .txt or .docx file.`,
    };
  }
  // A Word document crosses as base64, a third longer than its bytes.
  if (file.size > (format === 'docx' ? Math.floor((maximumImportBytes * 3) / 4) : maximumImportBytes)) {
    return {
      ok: false,
      message: `“${file.name}”: ${limitMessages.importBytes}`,
    };
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const sourceName = dot > 0 ? file.name.slice(0, dot) : file.name;
  if (format === 'docx') return { ok: true, text: toBase64(bytes), format, sourceName };
  const decoded = decodeTextBytes(bytes);
  if (!decoded.ok) return { ok: false, message: `“${file.name}”: ${decoded.message}` };
  return { ok: true, text: decoded.text, format, sourceName };
}
