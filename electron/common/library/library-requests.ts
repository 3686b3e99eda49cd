import { z } from 'zod';
import { briefingIdSchema } from '../briefing/briefing';
import { briefingStatuses } from '../briefing/briefing-metadata';
import { briefingChangesSchema } from '../briefing/briefing-requests';
import { metadataFieldLabels } from '../briefing/metadata-labels';
import { withBodyAsValuesOrJsonText } from '../document/content-json-text';
import { shortTextSchema } from '../text/short-text-schema';
import { maximumAssetBytes } from './asset-limits';
import { librarySortKeys } from './library-types';
import type { MetadataField } from './metadata-changes';

export { maximumAssetBytes };

/** Unsaved text the editor sends about 300 ms after typing; checked in full only when it is recovered. */
export const journalEntrySchema = z.strictObject({
  briefingId: briefingIdSchema,
  /** The revision the editor started from. */
  revision: z.number().int().min(1),
  metadata: z.record(z.string(), z.unknown()),
  content: z.custom<{ type: 'doc' }>(
    (value) =>
      typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value) &&
      (value as { type?: unknown }).type === 'doc',
    'The document must start with a doc node.',
  ),
});

/**
 * `journal.write`: the same entry, the body either as values or as one JSON text (`contentJson`), which the
 * journal then writes as it came.
 */
export const journalWriteSchema = withBodyAsValuesOrJsonText(
  journalEntrySchema.omit({ content: true }).shape,
  journalEntrySchema.shape.content,
  { keepText: true },
);

/** A snapshot's id, e.g. `20261126T101500123Z-r12`: also its file name in the history folder. */
export const revisionIdSchema = z.string().regex(/^\d{8}T\d{9}Z-r\d{1,9}$/, 'That is not a revision id.');

export const revisionReferenceSchema = z.strictObject({
  id: briefingIdSchema,
  revisionId: revisionIdSchema,
});

export const librarySearchSchema = z.strictObject({
  query: z.string().max(500, 'The search can be at most 500 characters.').default(''),
  filters: z
    .strictObject({
      status: z.enum(briefingStatuses).optional(),
      tag: shortTextSchema('The tag filter', 40).optional(),
      desk: shortTextSchema('The desk filter', 80).optional(),
    })
    .default({}),
  sort: z.strictObject({ key: z.enum(librarySortKeys), direction: z.enum(['ascending', 'descending']) }).optional(),
  limit: z.number().int().min(1).max(10_000).default(500),
  /** How many rows of the answer to skip: the library screen asks for one page at a time. */
  offset: z.number().int().min(0).max(10_000_000).optional(),
});
export type LibrarySearchRequest = z.output<typeof librarySearchSchema>;

/** Image bytes as base64: JSON-safe across IPC, and a third the size of a number array. */
export const assetUploadSchema = z.strictObject({
  base64: z
    .string()
    .min(1, 'The image is empty.')
    .max(Math.ceil(maximumAssetBytes / 3) * 4, `The image is larger than ${maximumAssetBytes / 1024 / 1024} MB.`),
});

export const conflictResolutionSchema = briefingChangesSchema.extend({
  /**
   * `mine`: the editor's text wins and the other version becomes a conflict copy; `theirs`: the reverse;
   * `discard-mine`: the other version stays and the editor's text is dropped, for good.
   */
  keep: z.enum(['mine', 'theirs', 'discard-mine']),
});

/** Names the briefing's newest saved revision, e.g. "Sent to desk", so history keeps and shows it by name. */
export const historyNameSchema = z.strictObject({
  id: briefingIdSchema,
  name: z
    .string()
    .trim()
    .min(1, 'Give the version a name, e.g. “Sent to desk”.')
    .max(80, 'A version name can be at most 80 characters.'),
});

/** Two versions to compare side by side: stored revisions, or `current` for the saved briefing as it is now. */
export const historyCompareSchema = z.strictObject({
  id: briefingIdSchema,
  older: z.union([revisionIdSchema, z.literal('current')]),
  newer: z.union([revisionIdSchema, z.literal('current')]),
});

/** Restores a revision's text, and of its metadata only the fields chosen. */
export const historyRestoreSchema = revisionReferenceSchema.extend({
  metadataFields: z
    .array(z.enum(Object.keys(metadataFieldLabels) as [MetadataField, ...MetadataField[]]))
    .max(Object.keys(metadataFieldLabels).length)
    .default([]),
});
