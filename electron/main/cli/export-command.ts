import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { ParseArgsOptionsConfig } from 'node:util';
import type { BriefingSummary } from '../../common/briefing/briefing';
import { briefingStatuses } from '../../common/briefing/briefing-metadata';
import { exportFileName } from '../../common/export/export-file-name';
import {
  type ExportFormat,
  type ExportMetadataField,
  exportFormats,
  exportMetadataFields,
  exportRequestSchema,
  marginPresetNames,
} from '../../common/export/export-request';
import { pageSizes } from '../../common/settings';
import { UserFacingError } from '../../common/user-facing-error';
import type { AppServices } from '../app/app-services';
import type { CliOutput } from './cli-output';

/** The options `briefdesk export` accepts beside the global ones. */
export const exportCommandOptions = {
  format: { type: 'string' },
  out: { type: 'string' },
  'out-dir': { type: 'string' },
  'page-size': { type: 'string' },
  margins: { type: 'string' },
  chromium: { type: 'string' },
  all: { type: 'boolean' },
  status: { type: 'string', multiple: true },
  tag: { type: 'string', multiple: true },
  combine: { type: 'boolean' },
  review: { type: 'boolean' },
  hide: { type: 'string' },
  timeout: { type: 'string' },
  overwrite: { type: 'boolean' },
  force: { type: 'boolean' },
} as const satisfies ParseArgsOptionsConfig;

/** The parsed flags `briefdesk export` reads. */
export interface ExportCommandFlags {
  format?: string;
  out?: string;
  'out-dir'?: string;
  'page-size'?: string;
  margins?: string;
  chromium?: string;
  all?: boolean;
  status?: string[];
  tag?: string[];
  combine?: boolean;
  review?: boolean;
  hide?: string;
  timeout?: string;
  overwrite?: boolean;
  force?: boolean;
  json?: boolean;
}

export const exportUsage = `  export ID… [options]      Export briefings as PDF, HTML, Word, Markdown or IPTC ninjs
      --format html|pdf|docx|md|ninjs   File format (default: pdf)
      --out PATH              Write one file (one briefing, or several with --combine)
      --out-dir DIR           Write one file per briefing into DIR (default: the current folder)
      --combine               Put several briefings in one file (PDF, HTML, Markdown)
      --review                A review export: unfinished parts and comments marked, not left out
      --all | --status S | --tag T   Export the whole library, or briefings with status S / tag T (repeatable)
      --page-size A4|Letter   Paper size for PDF (default: your page-size setting)
      --margins normal|narrow|wide   Page margins for PDF (default: normal)
      --hide FIELD,…          Leave metadata out, e.g. --hide authors,tags (${exportMetadataFields.join(', ')})
      --chromium PATH         The Chromium or Chrome used to print PDF (also BRIEFDESK_CHROMIUM)
      --timeout SECONDS       Give up on a PDF that takes longer (default: 120)
      --overwrite             Replace files that are already there (without it, the export refuses)
      --force                 Export even though the pre-export check blocks it (recorded in the briefing)
`;

function usageError(message: string): never {
  throw new UserFacingError('invalid-argument', message);
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string, fallback: T): T {
  if (value === undefined) return fallback;
  const match = allowed.find((candidate) => candidate.toLowerCase() === value.toLowerCase());
  const choices = `${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)}`;
  return match ?? usageError(`${flag} must be ${choices}, not "${value}".`);
}

/** Exact ids, or unambiguous id prefixes of at least 8 characters, as `git` accepts short hashes. */
export function resolveIds(wanted: readonly string[], library: readonly BriefingSummary[]): string[] {
  return wanted.map((id) => {
    if (library.some((row) => row.id === id)) return id;
    const matches = id.length >= 8 ? library.filter((row) => row.id.startsWith(id)) : [];
    if (matches.length === 1) return (matches[0] as BriefingSummary).id;
    if (matches.length > 1) usageError(`"${id}" matches several briefings; give more of the id.`);
    return usageError(`No briefing has the id "${id}". "briefdesk export --all" exports every briefing.`);
  });
}

function selectBriefings(
  ids: readonly string[],
  flags: ExportCommandFlags,
  library: readonly BriefingSummary[],
): string[] {
  const statuses = (flags.status ?? []).map((status) => oneOf(status, briefingStatuses, '--status', 'draft'));
  const tags = flags.tag ?? [];
  const filtering = flags.all || statuses.length > 0 || tags.length > 0;
  if (ids.length > 0 && filtering)
    usageError('Name briefings by id, or choose them with --all, --status or --tag, not both.');
  if (ids.length > 0) return resolveIds(ids, library);
  if (!filtering) usageError('Name the briefings to export (briefdesk export ID…), or use --all, --status or --tag.');
  const chosen = library.filter(
    (row) => (statuses.length === 0 || statuses.includes(row.status)) && tags.every((tag) => row.tags.includes(tag)),
  );
  if (chosen.length === 0) usageError('No briefing matches --status/--tag; nothing was exported.');
  return chosen.map((row) => row.id).reverse();
}

function hiddenFields(hide: string | undefined): ExportMetadataField[] {
  const hidden = (hide ?? '')
    .split(',')
    .map((field) => field.trim())
    .filter(Boolean);
  for (const field of hidden) {
    if (!(exportMetadataFields as readonly string[]).includes(field)) {
      usageError(`--hide: "${field}" is not a metadata field. Use: ${exportMetadataFields.join(', ')}.`);
    }
  }
  return exportMetadataFields.filter((field) => !hidden.includes(field));
}

/** Where the files go, as the app's request names it: a file for one briefing or a combined file, else a folder. */
async function chooseDestination(
  services: AppServices,
  flags: ExportCommandFlags,
  ids: readonly string[],
  format: ExportFormat,
): Promise<string> {
  if (flags.out) return path.resolve(flags.out);
  const folder = path.resolve(flags['out-dir'] ?? '.');
  if (ids.length === 1) {
    await mkdir(folder, { recursive: true });
    return path.join(folder, exportFileName(await services.briefings.get(ids[0] as string), format));
  }
  return flags.combine ? path.join(folder, `briefings-${new Date().toISOString().slice(0, 10)}`) : folder;
}

/** The allowed spelling of `value` when it differs only in case, so `--page-size letter` means Letter. */
function canonicalCase<T extends string>(value: string | undefined, allowed: readonly T[]): string | undefined {
  return allowed.find((candidate) => candidate.toLowerCase() === value?.toLowerCase()) ?? value;
}

/** `briefdesk export`: renders and prints headless, one file per briefing or one combined file. */
export async function runExportCommand(
  services: AppServices,
  ids: readonly string[],
  flags: ExportCommandFlags,
  output: CliOutput,
): Promise<number> {
  try {
    return await exportSelected(services, ids, flags, output);
  } catch (error) {
    if (error instanceof UserFacingError && error.code === 'check-blocked') {
      output.err(`${error.message}\nNothing was exported; add --force to export anyway (the briefing records it).`);
      return 1;
    }
    if (error instanceof UserFacingError && error.code === 'already-exists') {
      output.err(`${error.message} Nothing was exported; add --overwrite to replace it.`);
      return 1;
    }
    if (!(error instanceof UserFacingError) || error.code !== 'invalid-argument') throw error;
    output.err(`${error.message}\nRun "briefdesk --help" for the export options.`);
    return 2;
  }
}

async function exportSelected(
  services: AppServices,
  ids: readonly string[],
  flags: ExportCommandFlags,
  output: CliOutput,
): Promise<number> {
  const format: ExportFormat = oneOf(flags.format, exportFormats, '--format', 'pdf');
  const chosen = selectBriefings(ids, flags, services.briefings.list());
  if (flags.out && flags['out-dir']) usageError('Use --out for one file or --out-dir for a folder, not both.');
  if (flags.out && chosen.length > 1 && !flags.combine) {
    usageError(
      `${chosen.length} briefings were chosen: use --out-dir DIR for one file each, or --combine for one file.`,
    );
  }
  const timeoutSeconds = flags.timeout === undefined ? 120 : Number(flags.timeout);
  if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0) usageError('--timeout must be a number of seconds.');
  // The same request, schema and service as an export from the app; the command line grants its destination.
  const request = exportRequestSchema.safeParse({
    format,
    purpose: flags.review ? 'review' : 'final',
    ids: chosen,
    pageSize: canonicalCase(flags['page-size'], pageSizes),
    margins: canonicalCase(flags.margins, marginPresetNames),
    metadataFields: hiddenFields(flags.hide),
    combine: flags.combine === true && chosen.length > 1,
    destination: await chooseDestination(services, flags, chosen, format),
    ifExists: flags.overwrite ? 'replace' : 'ask',
    force: flags.force === true,
  });
  if (!request.success) return usageError(request.error.issues[0]?.message ?? 'The export options do not fit.');
  services.exports.grantDestination(request.data.destination);
  const result = await services.exports.export(request.data, {
    chromiumPath: flags.chromium,
    printTimeoutMs: timeoutSeconds * 1000,
    onFileWritten: (file, done, total) => {
      if (!flags.json) output.out(`${total > 1 ? `[${done}/${total}] ` : ''}${file.path}`);
    },
  });
  for (const warning of result.warnings) output.err(`Warning: ${warning}`);
  if (flags.json) output.out(JSON.stringify(result, null, 2));
  return 0;
}
