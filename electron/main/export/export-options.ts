import type { ExportPurpose } from '../../common/export/export-purpose';
import type { ExportMetadataField } from '../../common/export/export-request';
import type { ExportDigits } from '../../common/language/export-locale';
import type { PageSize } from './page-size';

/** An image's bytes and media type, or undefined when the asset file is missing. */
export interface ResolvedAsset {
  mediaType: string;
  bytes: Uint8Array;
}

/** An asset file whose bytes no longer match its hash, or that is not an image it claims to be. */
export interface DamagedAsset {
  damaged: true;
}

/** Reads `asset:<sha256>.<ext>` from the data folder (or a test's own store); undefined when the file is missing. */
export type AssetResolver = (source: string) => Promise<ResolvedAsset | DamagedAsset | undefined>;

export interface HtmlExportOptions {
  resolveAsset: AssetResolver;
  /** When the export happens; printed in the header, footer and metadata. */
  exportedAt: Date;
  appVersion: string;
  /** Which metadata to show; defaults to all. Hidden fields are left out of `<meta>` tags and PDF properties too. */
  metadataFields?: readonly ExportMetadataField[];
  /** The page size the print stylesheet assumes; only affects `@page` for browsers printing the file. */
  pageSize?: PageSize;
  /** `final` (the default) leaves unfinished parts out; `review` marks them. */
  purpose?: ExportPurpose;
  /** How Arabic briefings write numbers and dates: `western` (the default) or the user's choice from Settings. */
  digits?: ExportDigits;
}
