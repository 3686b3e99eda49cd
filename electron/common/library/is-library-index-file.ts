import { regexes } from 'zod/v4/core';
import type { BriefingSummary } from '../briefing/briefing';
import { briefingIdPattern } from '../briefing/briefing-id';
import { briefingStatuses } from '../briefing/briefing-metadata';
import { type LibraryIndexFile, libraryIndexFileSchema } from './stored-library-files';

// The same rules as `libraryIndexFileSchema`, written out by hand for the one part that grows
// with the library, the briefings' rows: zod takes about a second for 50,000 of them, this
// check a few tens of milliseconds. A property test holds the two to the same answers.

const isoDateTime = regexes.datetime({ offset: true });
const summaryKeys = [
  'id',
  'title',
  'status',
  'desk',
  'tags',
  'authors',
  'datelinePlace',
  'updatedAt',
  'createdAt',
  'wordCount',
  'revision',
] as const;
const statuses = new Set<string>(briefingStatuses);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** True when `value` has exactly `count` own keys, every one of them in `keys`. */
function hasExactly(value: Record<string, unknown>, keys: readonly string[]): boolean {
  let count = 0;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) return false;
    if (!keys.includes(key)) return false;
    count += 1;
  }
  return count === keys.length;
}

const shortText = (value: unknown, maximum: number) => typeof value === 'string' && value.length <= maximum;

function textList(value: unknown, items: number, maximum: number): boolean {
  if (!Array.isArray(value) || value.length > items) return false;
  for (let index = 0; index < value.length; index += 1) if (!shortText(value[index], maximum)) return false;
  return true;
}

const integerAtLeast = (value: unknown, minimum: number, maximum = Number.MAX_SAFE_INTEGER) =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= minimum && value <= maximum;

function isSummary(value: unknown, id: string): value is BriefingSummary {
  if (!isRecord(value) || !hasExactly(value, summaryKeys)) return false;
  return (
    value.id === id &&
    shortText(value.title, 300) &&
    typeof value.status === 'string' &&
    statuses.has(value.status) &&
    shortText(value.desk, 80) &&
    textList(value.tags, 30, 40) &&
    textList(value.authors, 20, 120) &&
    shortText(value.datelinePlace, 120) &&
    typeof value.updatedAt === 'string' &&
    isoDateTime.test(value.updatedAt) &&
    typeof value.createdAt === 'string' &&
    isoDateTime.test(value.createdAt) &&
    integerAtLeast(value.wordCount, 0, 100_000_000) &&
    integerAtLeast(value.revision, 1)
  );
}

const indexEntryKeys = ['summary', 'fileMtimeMs', 'fileSize'] as const;

/** True when `value` is an index row (summary and file state) of the briefing `id`. */
export function isIndexEntry(value: unknown, id: string): boolean {
  if (!isRecord(value) || !hasExactly(value, indexEntryKeys)) return false;
  const { fileMtimeMs } = value;
  return (
    typeof fileMtimeMs === 'number' &&
    Number.isFinite(fileMtimeMs) &&
    fileMtimeMs >= 0 &&
    integerAtLeast(value.fileSize, 0) &&
    isSummary(value.summary, id)
  );
}

/**
 * True when `value` fits `libraryIndexFileSchema`: the briefings' rows checked here,
 * the small rest (version, trash, recent) by the schema itself.
 */
export function isLibraryIndexFile(value: unknown): value is LibraryIndexFile {
  if (!isRecord(value) || !isRecord(value.briefings)) return false;
  for (const id in value.briefings) {
    if (!Object.hasOwn(value.briefings, id) || !briefingIdPattern.test(id)) return false;
    if (!isIndexEntry(value.briefings[id], id)) return false;
  }
  return libraryIndexFileSchema.safeParse({ ...value, briefings: {} }).success;
}
