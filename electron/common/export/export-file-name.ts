import type { Briefing } from '../briefing/briefing';
import type { ExportFormat } from './export-request';

const reservedOnWindows = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** A file-system-safe slug: letters and digits of any script, dashes, at most 80 characters. */
export function fileNameSlug(text: string): string {
  const slug = text
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '')
    .toLowerCase();
  return !slug || reservedOnWindows.test(slug) ? 'briefing' : slug;
}

/** "2026-11-26-russia-launches-42-drone-strikes….pdf": the event (or last update) date, then the title. */
export function exportFileName(briefing: Briefing, format: ExportFormat): string {
  const date = briefing.metadata.eventDate || briefing.updatedAt.slice(0, 10);
  return `${date}-${fileNameSlug(briefing.metadata.title || briefing.id)}.${format}`;
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
