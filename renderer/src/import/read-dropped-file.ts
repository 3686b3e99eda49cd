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

/** Reads a file dropped on the Import screen in the renderer, with the same encoding rules and limits as main. */
export async function readDroppedFile(file: File): Promise<DroppedFileText> {
  const dot = file.name.lastIndexOf('.');
  const extension = dot >= 0 ? file.name.slice(dot).toLowerCase() : '';
  const format = importFileFormats[extension];
  if (!format) {
    return {
      ok: false,
      message: `“${file.name}” is not a file Briefdesk can import: drop a .md, .markdown, .html, .htm or .txt file.`,
    };
  }
  if (file.size > maximumImportBytes) {
    return {
      ok: false,
      message: `“${file.name}”: ${limitMessages.importBytes}`,
    };
  }
  const decoded = decodeTextBytes(new Uint8Array(await file.arrayBuffer()));
  if (!decoded.ok) return { ok: false, message: `“${file.name}”: ${decoded.message}` };
  return { ok: true, text: decoded.text, format, sourceName: dot > 0 ? file.name.slice(0, dot) : file.name };
}
