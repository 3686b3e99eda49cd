import { chmod, mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Briefing } from '../../common/briefing/briefing';
import { exportFileName, uniqueFileName } from '../../common/export/export-file-name';
import type { ExportPurpose } from '../../common/export/export-purpose';
import {
  type ExistingFilePolicy,
  type ExportedFile,
  type ExportFormat,
  type ExportMetadataField,
  type ExportResult,
  exportFileExtensions,
  exportMetadataFields,
} from '../../common/export/export-request';
import type { ExportDigits } from '../../common/language/export-locale';
import { UserFacingError } from '../../common/user-facing-error';
import { writeFileDurably } from '../storage/write-file-durably';
import { exportFileRenderers, type FileRenderOptions } from './export-file-renderers';
import type { AssetResolver } from './export-options';
import type { ExportTarget } from './export-target';
import { toExportWriteError } from './export-write-error';
import type { PageSize } from './page-size';
import type { PageMargins } from './pdf/pdf-print-options';
import type { PdfPrinter } from './pdf/pdf-printer';
import { settleExistingFiles } from './settle-existing-files';

export interface ExportJob {
  briefings: readonly Briefing[];
  format: ExportFormat;
  pageSize: PageSize;
  margins: PageMargins;
  metadataFields?: readonly ExportMetadataField[];
  /** Several briefings in one file with a cover and contents page. */
  combine: boolean;
  /** `final` leaves unfinished parts out; `review` marks them. */
  purpose?: ExportPurpose;
  /** How Arabic briefings write numbers (Settings); Western digits when absent. */
  digits?: ExportDigits;
  /** What to do about files already there; `ask` (refuse) unless the user chose. */
  ifExists?: ExistingFilePolicy;
  target: ExportTarget;
  resolveAsset: AssetResolver;
  appVersion: string;
  exportedAt: Date;
  /** Opened once for the whole job, only for PDF. */
  openPrinter: () => Promise<PdfPrinter>;
  printTimeoutMs: number;
  /** Called after each file is written. */
  onFileWritten?: (file: ExportedFile, done: number, total: number) => void;
}

function withExtension(filePath: string, format: ExportFormat): string {
  const extension = `.${exportFileExtensions[format]}`;
  return path.extname(filePath).toLowerCase() === extension ? filePath : `${filePath}${extension}`;
}

/** Renders, prints (for PDF) and durably writes every file of one export; returns what was written. */
export async function runExportJob(job: ExportJob): Promise<ExportResult> {
  const { briefings, format } = job;
  if (briefings.length === 0) return { files: [], warnings: [] };
  const shown = new Set(job.metadataFields ?? exportMetadataFields);
  const groups: { briefings: readonly Briefing[]; filePath: string }[] = [];
  if ('file' in job.target) {
    if (!job.combine && briefings.length > 1) {
      throw new UserFacingError(
        'invalid-argument',
        'Several briefings go to a folder, one file each, unless you combine them into one file.',
      );
    }
    groups.push({ briefings, filePath: withExtension(job.target.file, format) });
  } else {
    const taken = new Set<string>();
    await mkdir(job.target.folder, { recursive: true }).catch((error: unknown) => {
      throw toExportWriteError(error, job.target as { folder: string });
    });
    const folder = job.target.folder;
    for (const briefing of briefings)
      groups.push({
        briefings: [briefing],
        filePath: path.join(folder, uniqueFileName(exportFileName(briefing, format), taken)),
      });
  }
  const settled = await settleExistingFiles(
    groups.map((group) => group.filePath),
    job.ifExists ?? 'ask',
  );
  groups.forEach((group, index) => {
    group.filePath = settled[index] as string;
  });
  const printer = format === 'pdf' ? await job.openPrinter() : undefined;
  const options: FileRenderOptions = {
    resolveAsset: job.resolveAsset,
    exportedAt: job.exportedAt,
    appVersion: job.appVersion,
    metadataFields: [...shown],
    pageSize: job.pageSize,
    purpose: job.purpose ?? 'final',
    ...(job.digits ? { digits: job.digits } : {}),
    shown,
    combine: job.combine,
    ...(printer ? { printer } : {}),
    pdf: { ...job, timeoutMs: job.printTimeoutMs },
  };
  const files: ExportedFile[] = [];
  const warnings: string[] = [];
  try {
    for (const group of groups) {
      const rendered = await exportFileRenderers[format](group.briefings, options);
      warnings.push(...rendered.warnings);
      const bytes = rendered.bytes;
      await writeFileDurably(group.filePath, bytes)
        // Exports are made to be shared, unlike the private library files writeFileDurably creates.
        .then(() => (process.platform === 'win32' ? undefined : chmod(group.filePath, 0o644)))
        .catch((error: unknown) => {
          throw toExportWriteError(error, { file: group.filePath });
        });
      const file = {
        path: group.filePath,
        briefingIds: group.briefings.map((briefing) => briefing.id),
        bytes: (await stat(group.filePath)).size,
      };
      files.push(file);
      job.onFileWritten?.(file, files.length, groups.length);
    }
  } finally {
    await printer?.close();
  }
  return { files, warnings: [...new Set(warnings)] };
}
