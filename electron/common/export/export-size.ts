import type { z } from 'zod';
import { type ExportFormat, exportFormatLabels, exportRequestSchema } from './export-request';

/** Asks main how large an export would be, before anything is rendered or written. */
export const exportSizeRequestSchema = exportRequestSchema.pick({
  ids: true,
  format: true,
  combine: true,
});

export type ExportSizeRequest = z.infer<typeof exportSizeRequestSchema>;

/**
 * Above this an export is unusually large: many mail systems refuse attachments over 10 MB, and a
 * briefing's text and fonts stay far below it, so only pictures get a file there.
 */
export const largeExportBytes = 10 * 1024 * 1024;

/** One picture an export carries: the bytes it adds to the file and how the reader finds it (caption, else alt text). */
export interface ExportedPictureSize {
  bytes: number;
  description: string;
}

/** How large the largest file of an export would be, and why. */
export interface ExportSizeEstimate {
  /** The largest file's estimated size (the combined file, else the largest briefing's). */
  bytes: number;
  /** Of those, the pictures' share. */
  pictureBytes: number;
  pictureCount: number;
  /** A sentence for the user when the file would be unusually large; null otherwise. */
  warning: string | null;
}

/** A size as people read it: KB below a megabyte, MB with one decimal above. */
export function describeBytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const fileNouns: Record<ExportFormat, string> = {
  html: 'This HTML file',
  pdf: 'This PDF',
  docx: 'This Word file',
  md: 'This Markdown file',
  ninjs: 'This ninjs file',
};

/** Why some formats carry pictures larger than their stored files. */
const formatReasons: Partial<Record<ExportFormat, string>> = {
  html: ' HTML holds pictures as text, a third larger than the picture files; a PDF or Word file is smaller.',
  md: ' Markdown holds pictures as text, a third larger than the picture files; a PDF or Word file is smaller.',
  ninjs: ' ninjs holds each picture twice as text (in the body and as an association).',
};

/**
 * The warning the export dialog shows for a file of `bytes` carrying these pictures, or null when the
 * file is of a usual size. Names the size, the pictures' share and the largest one, and what to do.
 */
export function describeLargeExport(
  format: ExportFormat,
  bytes: number,
  pictures: readonly ExportedPictureSize[],
  several: boolean,
): string | null {
  if (bytes <= largeExportBytes) return null;
  const pictureBytes = pictures.reduce((sum, picture) => sum + picture.bytes, 0);
  const largest = [...pictures].sort((first, second) => second.bytes - first.bytes)[0];
  const subject = several ? `The largest ${exportFormatLabels[format]} file` : fileNouns[format];
  const share =
    pictures.length === 0
      ? ''
      : `, ${describeBytes(pictureBytes)} of it for ${pictures.length === 1 ? 'one picture' : `${pictures.length} pictures`}${
          largest && pictures.length > 1
            ? ` (the largest: ${largest.description}, ${describeBytes(largest.bytes)})`
            : ''
        }`;
  const advice =
    pictures.length === 0
      ? ' It will still be exported; it may be too large to send by mail.'
      : ' It will still be exported, but many mail systems refuse files over 10 MB. To make it smaller, add the largest pictures again without “Keep the original instead”, after lowering Settings → Largest picture size if needed.';
  return `${subject} will be about ${describeBytes(bytes)}${share}.${formatReasons[format] ?? ''}${advice}`;
}

/** The label for a picture in the warning: its caption, else its alt text, else a plain word. */
export function describePicture(caption: string, alt: string): string {
  const text = (caption.trim() || alt.trim()).replace(/\s+/g, ' ');
  if (!text) return 'a picture without caption';
  return `“${text.length > 60 ? `${text.slice(0, 57)}…` : text}”`;
}

/** Bytes a picture of `bytes` adds to a file of `format`: base64 text is four bytes for every three. */
export function embeddedPictureBytes(format: ExportFormat, bytes: number): number {
  const base64 = Math.ceil(bytes / 3) * 4;
  if (format === 'html' || format === 'md') return base64;
  if (format === 'ninjs') return base64 * 2;
  return bytes;
}
