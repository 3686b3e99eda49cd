import { lstat } from 'node:fs/promises';
import path from 'node:path';
import type { Briefing } from '../../common/briefing/briefing';
import { assetFileName } from '../../common/document/asset-source';
import type { ExportFormat } from '../../common/export/export-request';
import {
  describeLargeExport,
  describePicture,
  type ExportedPictureSize,
  type ExportSizeEstimate,
  embeddedPictureBytes,
} from '../../common/export/export-size';

interface ContentNode {
  type?: string;
  text?: string;
  attrs?: Record<string, unknown>;
  content?: ContentNode[];
}

/** What a file holds besides the body: fonts and styles in HTML and PDF, Word's parts, ninjs' fields. */
const fixedBytes: Record<ExportFormat, number> = { html: 200_000, pdf: 150_000, docx: 30_000, md: 2_000, ninjs: 5_000 };

/** Bytes per character of text, markup included. */
const textFactor: Record<ExportFormat, number> = { html: 3, pdf: 3, docx: 2, md: 1.2, ninjs: 4 };

function textOf(node: ContentNode): string {
  return node.text ?? (node.content ?? []).map(textOf).join(' ');
}

function figuresOf(node: ContentNode, found: ContentNode[] = []): ContentNode[] {
  if (node.type === 'figure') found.push(node);
  else for (const child of node.content ?? []) figuresOf(child, found);
  return found;
}

/** The stored size of an `asset:` picture, read from the file system's entry (never through a link). */
async function storedPictureBytes(assetsDir: string, source: unknown): Promise<number | undefined> {
  const fileName = typeof source === 'string' ? assetFileName(source) : undefined;
  if (!fileName) return undefined;
  const entry = await lstat(path.join(assetsDir, fileName)).catch(() => undefined);
  return entry?.isFile() ? entry.size : undefined;
}

async function estimateBriefing(briefing: Briefing, format: ExportFormat, assetsDir: string) {
  const content = briefing.content as ContentNode;
  const pictures: ExportedPictureSize[] = [];
  for (const figure of figuresOf(content)) {
    const bytes = await storedPictureBytes(assetsDir, figure.attrs?.src);
    if (bytes === undefined) continue;
    const caption = figure.content?.find((child) => child.type === 'figureCaption');
    const alt = typeof figure.attrs?.alt === 'string' ? figure.attrs.alt : '';
    pictures.push({
      bytes: embeddedPictureBytes(format, bytes),
      description: describePicture(caption ? textOf(caption) : '', alt),
    });
  }
  const textBytes = Math.round((textOf(content).length + briefing.metadata.title.length) * textFactor[format]);
  const pictureBytes = pictures.reduce((sum, picture) => sum + picture.bytes, 0);
  return { pictures, textBytes, pictureBytes };
}

/**
 * How large an export of `briefings` would be, from the pictures' stored sizes and the format's way of
 * carrying them (HTML, Markdown and ninjs as base64 text; PDF and Word as the files), without rendering:
 * the combined file, else the largest briefing's file. Figures whose picture is missing add nothing.
 */
export async function estimateExportSize(
  briefings: readonly Briefing[],
  request: { format: ExportFormat; combine: boolean },
  assetsDir: string,
): Promise<ExportSizeEstimate> {
  const estimates = await Promise.all(
    briefings.map((briefing) => estimateBriefing(briefing, request.format, assetsDir)),
  );
  const files =
    request.combine && estimates.length > 1
      ? [
          {
            pictures: estimates.flatMap((estimate) => estimate.pictures),
            textBytes: estimates.reduce((sum, estimate) => sum + estimate.textBytes, 0),
            pictureBytes: estimates.reduce((sum, estimate) => sum + estimate.pictureBytes, 0),
          },
        ]
      : estimates;
  const largest = files.reduce((first, second) =>
    second.textBytes + second.pictureBytes > first.textBytes + first.pictureBytes ? second : first,
  );
  const bytes = fixedBytes[request.format] + largest.textBytes + largest.pictureBytes;
  return {
    bytes,
    pictureBytes: largest.pictureBytes,
    pictureCount: largest.pictures.length,
    warning: describeLargeExport(request.format, bytes, largest.pictures, files.length > 1),
  };
}
