import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { doc, figure, fixtureBriefing, paragraph, section } from '../../../tests/fixtures/briefings/document-builders';
import { fixtureAssetSource, noisyPng } from '../../../tests/fixtures/briefings/fixture-image';
import { flashAlertBriefing } from '../../../tests/fixtures/briefings/genre-briefings';
import { assetFileName } from '../../common/document/asset-source';
import { type ExportFormat, exportRequestSchema } from '../../common/export/export-request';
import { type AppServices, openAppServices } from '../app/app-services';

let dataDir: string;
let services: AppServices | undefined;
const photo = noisyPng(2000, 1900, 7);

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-export-size-'));
  await mkdir(path.join(dataDir, 'library', 'briefings'), { recursive: true });
  await mkdir(path.join(dataDir, 'library', 'assets'), { recursive: true });
  const source = fixtureAssetSource(photo);
  await writeFile(path.join(dataDir, 'library', 'assets', assetFileName(source) as string), photo);
  const withPhoto = fixtureBriefing(
    'fixture-large-photo',
    { title: 'Flooding in Valencia', timeZone: 'Europe/Madrid' },
    doc(
      section(
        'lede',
        'What happened',
        paragraph('The Turia burst its banks overnight.'),
        figure(
          source,
          'The riverbed at dawn',
          ['The riverbed at dawn, seen from the Serranos bridge.'],
          'Photo: A. Ruiz',
        ),
      ),
    ),
  );
  for (const briefing of [withPhoto, flashAlertBriefing()]) {
    await writeFile(path.join(dataDir, 'library', 'briefings', `${briefing.id}.json`), JSON.stringify(briefing));
  }
  services = await openAppServices(dataDir, { name: 'Briefdesk', version: '2.0.0' });
});

afterEach(async () => {
  await services?.close();
  await rm(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
});

async function exportedBytes(format: ExportFormat, ids: string[]): Promise<number> {
  const exports = (services as AppServices).exports;
  const destination = path.join(exports.exportsDir, `out-${format}`);
  const result = await exports.export(exportRequestSchema.parse({ format, ids, destination, combine: true }));
  return (await stat(result.files[0]?.path as string)).size;
}

describe('estimating an export’s size before writing it', () => {
  it.each(['html', 'docx', 'md', 'ninjs'] as const)(
    'comes within a fifth of the %s file written for a briefing with an 11 MB picture, and warns in a sentence',
    async (format) => {
      const estimate = await (services as AppServices).exports.estimateSize({
        ids: ['fixture-large-photo'],
        format,
        combine: false,
      });
      const written = await exportedBytes(format, ['fixture-large-photo']);
      expect(estimate.bytes / written).toBeGreaterThan(0.8);
      expect(estimate.bytes / written).toBeLessThan(1.2);
      expect(estimate.pictureCount).toBe(1);
      expect(estimate.warning).toMatch(/^This .+ will be about \d+\.\d MB, \d+\.\d MB of it for one picture\./);
      expect(estimate.warning).toContain('Settings → Largest picture size');
    },
    60_000,
  );

  it('says nothing for a briefing of a usual size, and names the largest picture of a combined file', async () => {
    const exports = (services as AppServices).exports;
    const usual = await exports.estimateSize({ ids: ['fixture-flash-alert'], format: 'html', combine: false });
    expect(usual.warning).toBeNull();
    expect(usual.bytes).toBeLessThan(1024 * 1024);
    const ids = ['fixture-flash-alert', 'fixture-large-photo'];
    const combined = await exports.estimateSize({ ids, format: 'pdf', combine: true });
    expect(combined.bytes).toBeGreaterThan(photo.length);
    expect(combined.warning).toMatch(/^This PDF will be about 1\d\.\d MB, 1\d\.\d MB of it for one picture\./);
    const oneEach = await exports.estimateSize({ ids, format: 'html', combine: false });
    expect(oneEach.warning).toMatch(/^The largest HTML file will be about/);
    expect(oneEach.warning).toContain('HTML holds pictures as text');
  });
});
