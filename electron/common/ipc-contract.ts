import { z } from 'zod';
import type { AppInfo, AppNotice } from './app-info';
import type { Briefing, BriefingSummary } from './briefing/briefing';
import { briefingReferenceSchema, newBriefingSchema, savedChangesSchema } from './briefing/briefing-requests';
import { type ExportPdfPreview, exportPdfPreviewRequestSchema } from './export/export-pdf-preview';
import {
  type ExportPreview,
  type ExportResult,
  exportDefaultDestinationRequestSchema,
  exportDestinationRequestSchema,
  exportedPathSchema,
  exportPreviewRequestSchema,
  exportRequestSchema,
} from './export/export-request';
import { type ExportSizeEstimate, exportSizeRequestSchema } from './export/export-size';
import type { RevisionComparison } from './history/revision-comparison';
import {
  type ImportOutcome,
  type ImportPreview,
  importPreviewRequestSchema,
  importTextRequestSchema,
} from './import/import-requests';
import type { IpcChannel } from './ipc-channels';
import {
  assetUploadSchema,
  conflictResolutionSchema,
  historyCompareSchema,
  historyNameSchema,
  historyRestoreSchema,
  journalWriteSchema,
  librarySearchSchema,
  revisionReferenceSchema,
} from './library/library-requests';
import type {
  ConflictInfo,
  ConflictResolution,
  LibrarySearchResult,
  RecoveredText,
  RestoreChoices,
  RevisionDiff,
  RevisionEntry,
  RevisionView,
  StoredAsset,
  TrashEntry,
} from './library/library-types';
import type { OpenedBriefing } from './library/opened-briefing';
import type { SavedBriefing } from './library/saved-briefing';
import { type Settings, settingsPatchSchema } from './settings';
import {
  type SpellingCheckResult,
  spellingAddWordRequestSchema,
  spellingCheckRequestSchema,
  spellingSuggestRequestSchema,
} from './spelling/spelling-requests';
import type { TemplateSummary } from './template/briefing-template';
import {
  createBriefingFromTemplateSchema,
  renameTemplateSchema,
  saveTemplateFromBriefingSchema,
  templateReferenceSchema,
} from './template/template-requests';

/** A channel's runtime-checked argument and the type of value it resolves to. */
export interface ChannelContract<Input extends z.ZodType, Output> {
  input: Input;
  /** Never read at run time; carries the result type to both sides. */
  output?: Output;
}

function channel<Output>() {
  return <Input extends z.ZodType>(input: Input): ChannelContract<Input, Output> => ({ input });
}

const noArgument = z.undefined({ error: 'This call takes no argument.' });

/**
 * The single IPC contract: main validates every argument against `input`,
 * preload exposes exactly these channels, the renderer is typed from it.
 */
export const ipcContract = {
  'app.info': channel<AppInfo>()(noArgument),
  /** The notices of `app.info` once the library's start-up check is done (it may find damaged files after the list shows). */
  'app.notices': channel<AppNotice[]>()(noArgument),
  'settings.get': channel<Settings>()(noArgument),
  'settings.update': channel<Settings>()(settingsPatchSchema),
  'briefings.list': channel<BriefingSummary[]>()(noArgument),
  'briefings.get': channel<Briefing>()(briefingReferenceSchema),
  /** `briefings.get` for the editor: the body as one JSON text, which crosses IPC faster than the same values. */
  'briefings.open': channel<OpenedBriefing>()(briefingReferenceSchema),
  'briefings.create': channel<Briefing>()(newBriefingSchema),
  /** Answers the saved briefing without its body (`SavedBriefing`): the page holds the body it sent. */
  'briefings.save': channel<SavedBriefing>()(savedChangesSchema),
  'templates.list': channel<TemplateSummary[]>()(noArgument),
  'templates.saveFromBriefing': channel<TemplateSummary>()(saveTemplateFromBriefingSchema),
  'templates.rename': channel<TemplateSummary>()(renameTemplateSchema),
  'templates.delete': channel<{ id: string }>()(templateReferenceSchema),
  'briefings.createFromTemplate': channel<Briefing>()(createBriefingFromTemplateSchema),
  /** Asked by the Import screen when it opens: the importer gets ready while the user picks what to import. */
  'import.prepare': channel<{ ready: true }>()(noArgument),
  'import.text': channel<ImportOutcome>()(importTextRequestSchema),
  'import.preview': channel<ImportPreview>()(importPreviewRequestSchema),
  'spelling.check': channel<SpellingCheckResult>()(spellingCheckRequestSchema),
  'spelling.suggest': channel<{ suggestions: string[] }>()(spellingSuggestRequestSchema),
  'spelling.addWord': channel<{ word: string }>()(spellingAddWordRequestSchema),
  'export.run': channel<ExportResult>()(exportRequestSchema),
  'export.chooseDestination': channel<{ path: string | null }>()(exportDestinationRequestSchema),
  'export.defaultDestination': channel<{ path: string; remembered: boolean }>()(exportDefaultDestinationRequestSchema),
  'export.preview': channel<ExportPreview>()(exportPreviewRequestSchema),
  'export.estimateSize': channel<ExportSizeEstimate>()(exportSizeRequestSchema),
  'export.previewPdf': channel<ExportPdfPreview>()(exportPdfPreviewRequestSchema),
  'export.forgetFolder': channel<{ path: string }>()(noArgument),
  'export.showInFolder': channel<{ path: string }>()(exportedPathSchema),
  'export.openFile': channel<{ path: string }>()(exportedPathSchema),
  'briefings.duplicate': channel<Briefing>()(briefingReferenceSchema),
  'briefings.trash': channel<TrashEntry>()(briefingReferenceSchema),
  'briefings.conflictInfo': channel<ConflictInfo>()(briefingReferenceSchema),
  'briefings.resolveConflict': channel<ConflictResolution>()(conflictResolutionSchema),
  'briefings.unlock': channel<Briefing>()(briefingReferenceSchema),
  'trash.list': channel<TrashEntry[]>()(noArgument),
  'trash.restore': channel<BriefingSummary>()(briefingReferenceSchema),
  'trash.empty': channel<{ removed: number }>()(noArgument),
  'journal.write': channel<{ writtenAt: string }>()(journalWriteSchema),
  'journal.recovered': channel<{ recovered: RecoveredText | null }>()(briefingReferenceSchema),
  'journal.restore': channel<Briefing>()(briefingReferenceSchema),
  'journal.discard': channel<{ id: string }>()(briefingReferenceSchema),
  'history.list': channel<RevisionEntry[]>()(briefingReferenceSchema),
  'history.get': channel<RevisionView>()(revisionReferenceSchema),
  'history.restoreChoices': channel<RestoreChoices>()(revisionReferenceSchema),
  'history.restore': channel<Briefing>()(historyRestoreSchema),
  'history.diff': channel<RevisionDiff>()(revisionReferenceSchema),
  'history.name': channel<RevisionEntry>()(historyNameSchema),
  'history.compare': channel<RevisionComparison>()(historyCompareSchema),
  'library.search': channel<LibrarySearchResult>()(librarySearchSchema),
  'library.recent': channel<BriefingSummary[]>()(noArgument),
  'library.markOpened': channel<BriefingSummary[]>()(briefingReferenceSchema),
  'assets.store': channel<StoredAsset>()(assetUploadSchema),
} satisfies Record<IpcChannel, ChannelContract<z.ZodType, unknown>>;

export type IpcContract = typeof ipcContract;

export type ChannelInput<C extends IpcChannel> = z.input<IpcContract[C]['input']>;

export type ChannelArgument<C extends IpcChannel> = z.output<IpcContract[C]['input']>;

export type ChannelOutput<C extends IpcChannel> = NonNullable<IpcContract[C]['output']>;
