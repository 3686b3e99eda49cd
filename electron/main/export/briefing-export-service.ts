import { mkdir, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Briefing } from '../../common/briefing/briefing';
import type { ForcedExportRecord } from '../../common/briefing/forced-export-record';
import { fileNameSlug } from '../../common/export/export-file-name';
import type { ExportPdfPreview, ExportPdfPreviewRequest } from '../../common/export/export-pdf-preview';
import {
  type ExportedFile,
  type ExportFormat,
  type ExportPreview,
  type ExportPreviewRequest,
  type ExportRequest,
  type ExportResult,
  exportFileExtensions,
  exportMetadataFields,
} from '../../common/export/export-request';
import type { ExportSizeEstimate, ExportSizeRequest } from '../../common/export/export-size';
import type { Settings } from '../../common/settings';
import { UserFacingError } from '../../common/user-facing-error';
import { createDataFolderAssetResolver } from './data-folder-asset-resolver';
import { estimateExportSize } from './estimate-export-size';
import { checkBlockedError, findBlockedBriefings, forcedExportRecord } from './export-check-gate';
import { isInsideFolder, prepareExportsDestination } from './export-destination';
import { ExportPreviews } from './export-previews';
import { ChromiumPdfPrinter } from './pdf/chromium-pdf-printer';
import { marginPresets } from './pdf/pdf-print-options';
import type { PdfPrinter } from './pdf/pdf-printer';

/** What only the desktop shell can do: a save dialog, revealing and opening files. Absent under plain Node. */
export interface ExportDesktopIntegration {
  /** Shows a save (or folder) dialog; resolves with the chosen path, or undefined when cancelled. */
  chooseDestination(request: {
    format: ExportFormat;
    suggestedName: string;
    folder: boolean;
  }): Promise<string | undefined>;
  showInFolder(filePath: string): Promise<void>;
  openFile(filePath: string): Promise<void>;
  /** Electron's hidden-window printer replaces Chromium-over-DevTools in the app. */
  openPrinter(): Promise<PdfPrinter>;
  /** The user's Documents folder as the system names it. */
  documentsFolder?(): string;
}

/** How one export runs, beside what it exports: progress, and the CLI's choice of browser and patience. */
export interface ExportRun {
  /** Called after each file is written. */
  onFileWritten?: (file: ExportedFile, done: number, total: number) => void;
  /** The Chromium or Chrome that prints PDF, when the user named one. */
  chromiumPath?: string;
  printTimeoutMs?: number;
}

export interface BriefingExportServiceOptions {
  dataDir: string;
  briefings: { get(id: string): Promise<Briefing> };
  settings: { get(): Settings; update(patch: Pick<Settings, 'exportFolder'>): Promise<unknown> };
  appVersion: string;
  environment?: Readonly<Record<string, string | undefined>>;
  printTimeoutMs?: number;
  now?: () => Date;
  /** Records in the briefing (and so in its history) a final export made despite blocking check findings. */
  recordForcedExport?: (id: string, record: ForcedExportRecord) => Promise<void>;
}

/**
 * Exports from the app. The renderer names a destination, and main writes there only if the shell's
 * save dialog returned it in this session, or it lies inside the default export folder (the folder last
 * chosen in the Save dialog, else Documents) or `<data folder>/exports/`; it may reveal or open only
 * files it wrote itself. Files get the format's extension, and an existing file is replaced only when
 * the request says so.
 */
export class BriefingExportService {
  readonly exportsDir: string;
  /** Previews for the export dialog, served by the app protocol. */
  readonly previews = new ExportPreviews();
  readonly #options: BriefingExportServiceOptions;
  readonly #granted = new Set<string>();
  /** Destinations the Save dialog returned, as opposed to those the command line granted. */
  readonly #chosen = new Set<string>();
  readonly #written = new Set<string>();
  #desktop: ExportDesktopIntegration | undefined;

  constructor(options: BriefingExportServiceOptions) {
    this.#options = options;
    this.exportsDir = path.join(options.dataDir, 'exports');
  }

  /** Called once by the Electron shell; the CLI and tests run without it. */
  attachDesktop(desktop: ExportDesktopIntegration): void {
    this.#desktop = desktop;
  }

  async chooseDestination(request: {
    format: ExportFormat;
    suggestedName: string;
    folder: boolean;
  }): Promise<{ path: string | null }> {
    const chosen = await this.#requireDesktop().chooseDestination(request);
    if (!chosen) return { path: null };
    this.#granted.add(path.resolve(chosen));
    this.#chosen.add(path.resolve(chosen));
    return { path: chosen };
  }

  /** The user's Documents folder: the desktop's answer, else `BRIEFDESK_DOCUMENTS_DIR`, else `~/Documents`. */
  documentsFolder(): string {
    const environment = this.#options.environment ?? process.env;
    return path.resolve(
      this.#desktop?.documentsFolder?.() || environment.BRIEFDESK_DOCUMENTS_DIR || path.join(os.homedir(), 'Documents'),
    );
  }

  /** Where exports go unless the user picks a place: the folder last chosen in the Save dialog while it exists, else Documents. */
  async defaultFolder(): Promise<string> {
    return (await this.#rememberedFolder()) ?? this.documentsFolder();
  }

  async #rememberedFolder(): Promise<string | undefined> {
    const remembered = this.#options.settings.get().exportFolder;
    if (remembered && path.isAbsolute(remembered) && (await stat(remembered).catch(() => undefined))?.isDirectory()) {
      return path.resolve(remembered);
    }
    return undefined;
  }

  /** Forgets the folder last chosen in the Save dialog, so exports go to Documents again by default. */
  async forgetFolder(): Promise<{ path: string }> {
    await this.#options.settings.update({ exportFolder: '' });
    return { path: this.documentsFolder() };
  }

  /**
   * Where an export goes unless the user picks a place: the default folder, which `export` accepts
   * without a dialog; one file named after the date and briefing, or a folder for one file each.
   */
  async defaultDestination(request: {
    ids: string[];
    format: ExportFormat;
    combine: boolean;
  }): Promise<{ path: string; remembered: boolean }> {
    const date = (this.#options.now?.() ?? new Date()).toISOString().slice(0, 10);
    const rememberedFolder = await this.#rememberedFolder();
    const folder = rememberedFolder ?? this.documentsFolder();
    const remembered = rememberedFolder !== undefined;
    if (request.ids.length > 1 && !request.combine) {
      return { path: path.join(folder, `briefings-${date}`), remembered };
    }
    const title =
      request.ids.length > 1
        ? `briefings-${request.ids.length}`
        : (await this.#options.briefings.get(request.ids[0] as string)).metadata.title || 'briefing';
    return {
      path: path.join(folder, `${date}-${fileNameSlug(title)}.${exportFileExtensions[request.format]}`),
      remembered,
    };
  }

  /** Prints the PDF an export with these options would write, for the dialog's page preview; writes nothing. */
  async previewPdf(request: ExportPdfPreviewRequest): Promise<ExportPdfPreview> {
    const briefings = await Promise.all(request.ids.map((id) => this.#options.briefings.get(id)));
    const settings = this.#options.settings.get();
    const shown = new Set(request.metadataFields ?? exportMetadataFields);
    const exportedAt = this.#options.now?.() ?? new Date();
    const pageSize = request.pageSize ?? settings.defaultPageSize;
    const timeoutMs = this.#options.printTimeoutMs ?? 120_000;
    const { renderPdfPreview } = await import('./render-pdf-preview');
    const preview = await renderPdfPreview(
      briefings,
      {
        resolveAsset: createDataFolderAssetResolver(path.join(this.#options.dataDir, 'library', 'assets')),
        exportedAt,
        appVersion: this.#options.appVersion,
        metadataFields: [...shown],
        pageSize,
        purpose: request.purpose,
        digits: settings.exportDigits,
        shown,
        combine: request.combine,
        pdf: {
          pageSize,
          margins: marginPresets[request.margins],
          exportedAt,
          timeoutMs,
          appVersion: this.#options.appVersion,
        },
      },
      () => this.#openPrinter(),
    );
    return { base64: Buffer.from(preview.pdf).toString('base64'), briefingIds: preview.briefingIds };
  }

  #openPrinter(run: ExportRun = {}): Promise<PdfPrinter> {
    const desktop = this.#desktop;
    return desktop
      ? desktop.openPrinter()
      : ChromiumPdfPrinter.launch({
          explicitPath: run.chromiumPath,
          environment: this.#options.environment ?? process.env,
        });
  }

  /** How large the export would be, from its pictures and format, before anything is rendered. */
  async estimateSize(request: ExportSizeRequest): Promise<ExportSizeEstimate> {
    const briefings = await Promise.all(request.ids.map((id) => this.#options.briefings.get(id)));
    return estimateExportSize(briefings, request, path.join(this.#options.dataDir, 'library', 'assets'));
  }

  /** Renders what an export with these options would write, and keeps it for the dialog's preview frame. */
  async preview(request: ExportPreviewRequest): Promise<ExportPreview> {
    const briefings = await Promise.all(request.ids.map((id) => this.#options.briefings.get(id)));
    const { renderExportPreview } = await import('./render-export-preview');
    const preview = await renderExportPreview(briefings, request.combine, {
      resolveAsset: createDataFolderAssetResolver(path.join(this.#options.dataDir, 'library', 'assets')),
      exportedAt: this.#options.now?.() ?? new Date(),
      appVersion: this.#options.appVersion,
      pageSize: request.pageSize ?? this.#options.settings.get().defaultPageSize,
      purpose: request.purpose,
      digits: this.#options.settings.get().exportDigits,
      ...(request.metadataFields ? { metadataFields: request.metadataFields } : {}),
    });
    return { path: this.previews.add(preview.html), briefingIds: preview.briefingIds };
  }

  /** Lets exports write to a path the user named outside the app's dialogs, e.g. on the command line. */
  grantDestination(destination: string): void {
    this.#granted.add(path.resolve(destination));
  }

  /** Exports in the request's format through the one job the app and the command line share. */
  async export(request: ExportRequest, run: ExportRun = {}): Promise<ExportResult> {
    const destination = path.resolve(request.destination);
    const inDataFolder = isInsideFolder(this.exportsDir, destination);
    if (!this.#granted.has(destination) && !inDataFolder && !isInsideFolder(await this.defaultFolder(), destination)) {
      throw new UserFacingError('invalid-argument', 'Choose where to save the export with the Save dialog.');
    }
    const briefings = await Promise.all(request.ids.map((id) => this.#options.briefings.get(id)));
    const several = briefings.length > 1 && !request.combine;
    if (!this.#granted.has(destination) && inDataFolder) {
      await prepareExportsDestination(this.#options.dataDir, this.exportsDir, destination, several);
    } else if (!this.#granted.has(destination)) {
      // A fresh account may have no Documents folder yet.
      await mkdir(several ? destination : path.dirname(destination), { recursive: true });
    }
    const settings = this.#options.settings.get();
    const exportedAt = this.#options.now?.() ?? new Date();
    // The pre-export check stops a final export with blocking findings unless the user exports anyway.
    const blocked =
      request.purpose === 'final'
        ? findBlockedBriefings(briefings, { now: exportedAt, staleAfterHours: settings.staleAsOfHours })
        : [];
    if (blocked.length > 0 && !request.force) throw checkBlockedError(blocked);
    // Rendering and PDF code load on the first export, not at start-up.
    const { runExportJob } = await import('./run-export-job');
    const result = await runExportJob({
      briefings,
      format: request.format,
      pageSize: request.pageSize ?? settings.defaultPageSize,
      margins: marginPresets[request.margins],
      ...(request.metadataFields ? { metadataFields: request.metadataFields } : {}),
      combine: request.combine,
      purpose: request.purpose,
      digits: settings.exportDigits,
      ifExists: request.ifExists ?? 'ask',
      target: several ? { folder: destination } : { file: destination },
      resolveAsset: createDataFolderAssetResolver(path.join(this.#options.dataDir, 'library', 'assets')),
      appVersion: this.#options.appVersion,
      exportedAt,
      openPrinter: () => this.#openPrinter(run),
      printTimeoutMs: run.printTimeoutMs ?? this.#options.printTimeoutMs ?? 120_000,
      ...(run.onFileWritten ? { onFileWritten: run.onFileWritten } : {}),
    });
    for (const file of result.files) this.#written.add(path.resolve(file.path));
    for (const entry of blocked) {
      await this.#options.recordForcedExport?.(
        entry.briefing.id,
        forcedExportRecord(entry, exportedAt, settings.authorName),
      );
    }
    if (this.#chosen.has(destination)) {
      // The files are written; a folder that cannot be remembered only costs the default next time.
      await this.#options.settings
        .update({ exportFolder: several ? destination : path.dirname(destination) })
        .catch(() => undefined);
    }
    return result;
  }

  /** Reveals a file this session exported in the system file manager. */
  async showInFolder(filePath: string): Promise<{ path: string }> {
    const written = this.#requireWritten(filePath);
    await this.#requireDesktop().showInFolder(written);
    return { path: written };
  }

  /** Opens a file this session exported in the system's default application. */
  async openFile(filePath: string): Promise<{ path: string }> {
    const written = this.#requireWritten(filePath);
    await this.#requireDesktop().openFile(written);
    return { path: written };
  }

  #requireWritten(filePath: string): string {
    const resolved = path.resolve(filePath);
    if (!this.#written.has(resolved))
      throw new UserFacingError('not-found', 'Briefdesk can only show files it exported in this session.');
    return resolved;
  }

  #requireDesktop(): ExportDesktopIntegration {
    if (!this.#desktop)
      throw new UserFacingError('internal', 'This needs the Briefdesk desktop app; it is not available here.');
    return this.#desktop;
  }
}
