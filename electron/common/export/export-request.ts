import { z } from 'zod';
import { briefingIdSchema } from '../briefing/briefing';
import { pageSizes } from '../settings';
import { exportPurposes } from './export-purpose';

/** Self-contained HTML, tagged PDF, Word, Markdown (CommonMark + GFM tables), IPTC ninjs 2.x JSON. */
export const exportFormats = ['html', 'pdf', 'docx', 'md', 'ninjs'] as const;

export type ExportFormat = (typeof exportFormats)[number];

/** The file name extension of each format. */
export const exportFileExtensions: Record<ExportFormat, string> = {
  html: 'html',
  pdf: 'pdf',
  docx: 'docx',
  md: 'md',
  ninjs: 'json',
};

/** What the format choice shows the user. */
export const exportFormatLabels: Record<ExportFormat, string> = {
  html: 'HTML',
  pdf: 'PDF',
  docx: 'Word (DOCX)',
  md: 'Markdown',
  ninjs: 'ninjs (newsroom JSON)',
};

/** Metadata fields the reader may show or hide; title and classification are always shown. */
export const exportMetadataFields = [
  'authors',
  'dateline',
  'status',
  'asOf',
  'reportNumber',
  'period',
  'nextUpdate',
  'embargo',
  'desk',
  'tags',
  'revision',
  'exportTime',
  'appVersion',
] as const;

export type ExportMetadataField = (typeof exportMetadataFields)[number];

export const exportMetadataLabels: Record<ExportMetadataField, string> = {
  authors: 'Authors',
  dateline: 'Dateline and event date',
  status: 'Status',
  asOf: '“As of” time',
  reportNumber: 'Report number',
  period: 'Period covered',
  nextUpdate: 'Next update',
  embargo: 'Embargo',
  desk: 'Desk',
  tags: 'Tags',
  revision: 'Revision',
  exportTime: 'Export time',
  appVersion: 'App version',
};

export const existingFilePolicies = ['ask', 'replace', 'keep-both'] as const;

export type ExistingFilePolicy = (typeof existingFilePolicies)[number];

export const marginPresetNames = ['normal', 'narrow', 'wide'] as const;

/**
 * One export from the app: which briefings, how, and where. `destination` is a file path (one file)
 * or a folder (one file per briefing); main accepts it only if the shell's save dialog returned it
 * in this session or it lies inside the data folder's `exports/` folder.
 */
export const exportRequestSchema = z.strictObject({
  format: z.enum(exportFormats, { error: 'The format must be html, pdf, docx, md or ninjs.' }).default('pdf'),
  ids: z
    .array(briefingIdSchema)
    .min(1, 'Choose at least one briefing to export.')
    .max(500, 'Export at most 500 briefings at once.'),
  pageSize: z.enum(pageSizes, { error: 'The page size must be A4 or Letter.' }).optional(),
  margins: z.enum(marginPresetNames, { error: 'Margins must be normal, narrow or wide.' }).default('normal'),
  metadataFields: z.array(z.enum(exportMetadataFields)).max(exportMetadataFields.length).optional(),
  /** Several briefings in one file, behind a cover and a contents page. */
  combine: z.boolean().default(false),
  /** `final` leaves unfinished parts out; `review` shows and marks them. */
  purpose: z.enum(exportPurposes, { error: 'The export purpose must be final or review.' }).default('final'),
  /** "Export anyway": a final export goes ahead despite blocking check findings, and the briefing records it. */
  force: z.boolean().optional(),
  destination: z.string().min(1, 'Choose where to save the export.').max(4096),
  /**
   * What to do when a file of the same name is already there: `ask` refuses with code `already-exists`
   * (so the dialog can ask), `replace` overwrites it, `keep-both` writes under the next free numbered name.
   * Absent means `ask`.
   */
  ifExists: z.enum(existingFilePolicies).optional(),
});

export type ExportRequest = z.infer<typeof exportRequestSchema>;

export type ExportRequestInput = z.input<typeof exportRequestSchema>;

/** Asks the shell for a save dialog; the answer is a path the export may then write to. */
export const exportDestinationRequestSchema = z.strictObject({
  format: z.enum(exportFormats, { error: 'The format must be html, pdf, docx, md or ninjs.' }),
  /** A file name to suggest, e.g. the briefing title. */
  suggestedName: z.string().max(200),
  /** True when several briefings go to one folder, one file each. */
  folder: z.boolean().default(false),
});

/** Asks main where an export goes unless the user picks a place: main owns that rule. */
export const exportDefaultDestinationRequestSchema = exportRequestSchema
  .pick({ ids: true, combine: true })
  .extend({ format: z.enum(exportFormats, { error: 'The format must be html, pdf, docx, md or ninjs.' }) });

/** Asks main for a preview of what an export would write: the HTML that is saved, or printed to PDF. */
export const exportPreviewRequestSchema = exportRequestSchema.pick({
  ids: true,
  pageSize: true,
  metadataFields: true,
  combine: true,
  purpose: true,
});

export type ExportPreviewRequest = z.infer<typeof exportPreviewRequestSchema>;

/** Where the renderer loads a preview from: a path on the app's own origin, valid while the app runs. */
export interface ExportPreview {
  path: string;
  /** Which briefings it shows: all of a combined file, else the first file's. */
  briefingIds: string[];
}

export const exportedPathSchema = z.strictObject({ path: z.string().min(1).max(4096) });

export interface ExportedFile {
  path: string;
  /** The briefings it holds, in order. */
  briefingIds: string[];
  bytes: number;
}

export interface ExportResult {
  files: ExportedFile[];
  /** Things that did not stop the export but the user should check, e.g. a missing image. */
  warnings: string[];
}
