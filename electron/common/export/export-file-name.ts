import type { Briefing } from '../briefing/briefing';
import { type ExportFormat, exportFileExtensions } from './export-request';

const reservedOnWindows = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * Most file systems allow 255 bytes per name. The slug gets at most this many UTF-8 bytes, leaving
 * room for the date, a `-N` suffix, the extension and the durable write's temporary-name wrapping.
 */
export const maximumSlugBytes = 160;

const utf8 = new TextEncoder();

/** The longest prefix of `text` within `maximumBytes` UTF-8 bytes, never splitting a character. */
function cutToBytes(text: string, maximumBytes: number): string {
  let bytes = 0;
  let cut = '';
  for (const character of text) {
    bytes += utf8.encode(character).length;
    if (bytes > maximumBytes) break;
    cut += character;
  }
  return cut;
}

/** A file-system-safe slug: letters and digits of any script, dashes, at most 80 characters and 160 bytes. */
export function fileNameSlug(text: string): string {
  const slug = cutToBytes(
    text
      .normalize('NFKC')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80)
      .toLowerCase(),
    maximumSlugBytes,
  ).replace(/-+$/, '');
  return !slug || reservedOnWindows.test(slug) ? 'briefing' : slug;
}

/** "2026-11-26-russia-launches-42-drone-strikes….pdf": the event (or last update) date, then the title. */
export function exportFileName(briefing: Briefing, format: ExportFormat): string {
  const date = briefing.metadata.eventDate || briefing.updatedAt.slice(0, 10);
  return `${date}-${fileNameSlug(briefing.metadata.title || briefing.id)}.${exportFileExtensions[format]}`;
}

/** Picks `name`, or `name-2`, `name-3`… when an earlier file in the same batch took it. */
export function uniqueFileName(name: string, taken: Set<string>): string {
  const dot = name.lastIndexOf('.');
  let candidate = name;
  for (let counter = 2; taken.has(candidate.toLowerCase()); counter += 1) {
    candidate = `${name.slice(0, dot)}-${counter}${name.slice(dot)}`;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}
