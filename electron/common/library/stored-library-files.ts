import { z } from 'zod';
import { type Briefing, type BriefingSummary, briefingIdSchema, briefingSchema } from '../briefing/briefing';
import { briefingStatuses } from '../briefing/briefing-metadata';
import { journalEntrySchema, revisionIdSchema } from './library-requests';
import { type RevisionEntry, revisionReasons, type TrashEntry } from './library-types';

// The schemas of the library's stored files. Every one of them may have been written by
// someone else (a sync peer, a hand edit), so each is as strict as what the app writes.

const isoDateTime = z.iso.datetime({ offset: true });
const shortText = (maximum: number) => z.string().max(maximum);

export const briefingSummarySchema: z.ZodType<BriefingSummary> = z.strictObject({
  id: briefingIdSchema,
  title: shortText(300),
  status: z.enum(briefingStatuses),
  desk: shortText(80),
  tags: z.array(shortText(40)).max(30),
  authors: z.array(shortText(120)).max(20),
  datelinePlace: shortText(120),
  updatedAt: isoDateTime,
  createdAt: isoDateTime,
  wordCount: z.number().int().min(0).max(100_000_000),
  revision: z.number().int().min(1),
});

export const trashEntrySchema: z.ZodType<TrashEntry> = z.intersection(
  briefingSummarySchema,
  z.object({ trashedAt: isoDateTime }),
);

const indexEntrySchema = z.strictObject({
  summary: briefingSummarySchema,
  fileMtimeMs: z.number().min(0),
  fileSize: z.number().int().min(0),
});

/** Checks that every key of an id-keyed record is the id its value holds. */
const keyedById = <T>(value: z.ZodType<T>, idOf: (entry: T) => string) =>
  z
    .record(briefingIdSchema, value)
    .refine(
      (record) => Object.entries(record).every(([key, entry]) => idOf(entry) === key),
      'An entry is filed under another id.',
    );

/** `library/index.json` (version 2, read once and migrated to `index.ndjson`): a cache of the summaries, the trash and the recent list. */
export const libraryIndexFileSchema = z.strictObject({
  version: z.literal(2),
  briefings: keyedById(indexEntrySchema, (entry) => entry.summary.id),
  trash: keyedById(trashEntrySchema, (entry) => entry.id),
  recent: z.array(briefingIdSchema).max(50),
});

export type LibraryIndexFile = z.infer<typeof libraryIndexFileSchema>;

/**
 * The first line of `library/index.ndjson` (version 3): what the library screen needs before
 * the rows (their count and the filter menus' tags and desks), the trash and the recent list.
 * One row per line follows, most recently updated first.
 */
export const libraryIndexHeaderSchema = z.strictObject({
  version: z.literal(3),
  count: z.number().int().min(0),
  tags: z.array(shortText(40)).max(100_000),
  desks: z.array(shortText(80)).max(100_000),
  trash: keyedById(trashEntrySchema, (entry) => entry.id),
  recent: z.array(briefingIdSchema).max(50),
});

export type LibraryIndexHeader = z.infer<typeof libraryIndexHeaderSchema>;

export const revisionEntrySchema: z.ZodType<RevisionEntry> = z.strictObject({
  revisionId: revisionIdSchema,
  revision: z.number().int().min(1),
  savedAt: isoDateTime,
  reason: z.enum(revisionReasons),
  title: shortText(300),
  wordCount: z.number().int().min(0).max(100_000_000),
  name: shortText(80).optional(),
});

/** `history/<id>/revisions.json`: the list of snapshots (a cache of the snapshot files). */
export const revisionManifestSchema = z.strictObject({
  version: z.literal(1),
  revisions: z.array(revisionEntrySchema).max(10_000),
});

export type RevisionManifest = z.infer<typeof revisionManifestSchema>;

/** `history/<id>/<revisionId>.json`: a whole briefing as it was, passing the same check as a save. */
export const revisionSnapshotSchema: z.ZodType<{ entry: RevisionEntry; briefing: Briefing }> = z.strictObject({
  entry: revisionEntrySchema,
  briefing: briefingSchema,
});

/** `journal/<id>.json`: unsaved text; its body is checked in full only when it is recovered. */
export const storedJournalEntrySchema = journalEntrySchema.extend({ writtenAt: isoDateTime });

export type StoredJournalEntry = z.infer<typeof storedJournalEntrySchema>;

/** Base64 of a little-endian `Uint32Array` (a character class, not a group: the text runs to megabytes). */
const base64Words = z
  .string()
  .refine((text) => text.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(text), 'That is not base64.');

/**
 * `library/search-index.json` (version 3, read once and migrated to `search-index.bin`): a cache of the full-text index, in the flat arrays of the
 * compact search engine (document ids, sorted terms, posting lists); the arrays' fit
 * with each other is checked when they are loaded.
 */
export const persistedSearchIndexSchema = z.strictObject({
  version: z.literal(3),
  /** The revision of each briefing as it was indexed, to refresh only what changed since. */
  revisions: z.record(briefingIdSchema, z.number().int().min(1)),
  ids: z.array(briefingIdSchema),
  terms: z.array(z.string().min(1).max(1000)),
  fieldLengths: base64Words,
  lists: base64Words,
  postings: base64Words,
});

export type PersistedSearchIndex = z.infer<typeof persistedSearchIndexSchema>;

/** The search index as versions before 3 wrote it (MiniSearch's own form): rebuilt, not refused, when found. */
export const legacySearchIndexSchema = z.strictObject({
  version: z.literal(2),
  revisions: z.record(briefingIdSchema, z.number().int().min(1)),
  index: z.record(z.string(), z.unknown()),
});
