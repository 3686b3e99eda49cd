import { exportMetadataFields } from '../../electron/common/export/export-request';
import type { FileRenderOptions } from '../../electron/main/export/export-file-renderers';
import { marginPresets } from '../../electron/main/export/pdf/pdf-print-options';
import { resolveFixtureAsset } from '../fixtures/briefings/fixture-assets';

const exportedAt = new Date('2026-11-26T07:45:00Z');

/** The options one export's files are rendered with, over the fixture images, every metadata field shown. */
export function fixtureFileRenderOptions(overrides: Partial<FileRenderOptions> = {}): FileRenderOptions {
  return {
    resolveAsset: resolveFixtureAsset,
    exportedAt,
    appVersion: '1.2.3',
    shown: new Set(exportMetadataFields),
    combine: false,
    pdf: { pageSize: 'A4', margins: marginPresets.normal, exportedAt, timeoutMs: 60_000, appVersion: '1.2.3' },
    ...overrides,
  };
}
