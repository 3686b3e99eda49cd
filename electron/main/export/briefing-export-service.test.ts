import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixtureImages } from '../../../tests/fixtures/briefings/fixture-assets';
import { flashAlertBriefing, situationUpdateBriefing } from '../../../tests/fixtures/briefings/genre-briefings';
import { arabicBriefing } from '../../../tests/fixtures/briefings/language-briefings';
import { assetFileName } from '../../common/document/asset-source';
import { exportRequestSchema } from '../../common/export/export-request';
import { openAppServices } from '../app/app-services';

let dataDir: string;

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-export-service-'));
  await mkdir(path.join(dataDir, 'library', 'briefings'), { recursive: true });
  await mkdir(path.join(dataDir, 'library', 'assets'), { recursive: true });
  for (const briefing of [situationUpdateBriefing(), flashAlertBriefing()]) {
    await writeFile(path.join(dataDir, 'library', 'briefings', `${briefing.id}.json`), JSON.stringify(briefing));
  }
  const image = fixtureImages.damagedBuilding;
  await writeFile(path.join(dataDir, 'library', 'assets', assetFileName(image.source) as string), image.bytes);
});

afterEach(() => rm(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }));

const request = (input: Record<string, unknown>) => exportRequestSchema.parse(input);

describe('BriefingExportService', () => {
  it('writes HTML with the stored image embedded, into the data folder’s exports folder', async () => {
    const services = await openAppServices(dataDir, { name: 'Briefdesk', version: '2.0.0' });
    const destination = path.join(services.exports.exportsDir, 'update.html');
    const result = await services.exports.export(
      request({ format: 'html', ids: ['fixture-situation-update'], destination }),
    );
    expect(result.files).toEqual([
      { path: destination, briefingIds: ['fixture-situation-update'], bytes: expect.any(Number) },
    ]);
    expect(result.warnings).toEqual([]);
    const html = await readFile(destination, 'utf8');
    expect(html).toContain(
      `<img src="data:image/png;base64,${fixtureImages.damagedBuilding.bytes.toString('base64')}"`,
    );
    expect(html).toContain('<meta name="generator" content="Briefdesk 2.0.0">');
  });

  it('writes an Arabic briefing’s dates with the digits chosen in Settings, in the export and its preview', async () => {
    const briefing = arabicBriefing();
    await writeFile(path.join(dataDir, 'library', 'briefings', `${briefing.id}.json`), JSON.stringify(briefing));
    const services = await openAppServices(dataDir, { name: 'Briefdesk', version: '2.0.0' });
    const exportTo = (name: string) =>
      services.exports.export(
        request({ format: 'html', ids: [briefing.id], destination: path.join(services.exports.exportsDir, name) }),
      );
    await exportTo('western.html');
    expect(await readFile(path.join(services.exports.exportsDir, 'western.html'), 'utf8')).toContain('1 ديسمبر 2026');
    await services.settings.update({ exportDigits: 'arabic-indic' });
    await exportTo('arabic-indic.html');
    const html = await readFile(path.join(services.exports.exportsDir, 'arabic-indic.html'), 'utf8');
    expect(html).toContain('١ ديسمبر ٢٠٢٦');
    expect(html).not.toContain('1 ديسمبر 2026');
    const preview = await services.exports.preview({ ids: [briefing.id], combine: false, purpose: 'final' });
    expect(services.exports.previews.find(preview.path)).toContain('١ ديسمبر ٢٠٢٦');
    await services.close();
  });

  it('writes one file per briefing into a folder, or one combined file', async () => {
    const services = await openAppServices(dataDir, { name: 'Briefdesk', version: '2.0.0' });
    const folder = path.join(services.exports.exportsDir, 'batch');
    const ids = ['fixture-situation-update', 'fixture-flash-alert'];
    const each = await services.exports.export(request({ format: 'html', ids, destination: folder }));
    expect((await readdir(folder)).sort()).toEqual(each.files.map((file) => path.basename(file.path)).sort());
    expect(each.files).toHaveLength(2);
    const combined = await services.exports.export(
      request({ format: 'html', ids, combine: true, destination: path.join(services.exports.exportsDir, 'pack') }),
    );
    expect(combined.files).toEqual([
      expect.objectContaining({ path: path.join(services.exports.exportsDir, 'pack.html'), briefingIds: ids }),
    ]);
  });

  it('names the default destination in the Documents folder, and accepts it without a dialog', async () => {
    const documents = path.join(dataDir, 'Documents');
    const services = await openAppServices(
      dataDir,
      { name: 'Briefdesk', version: '2.0.0' },
      { BRIEFDESK_DOCUMENTS_DIR: documents },
    );
    const date = new Date().toISOString().slice(0, 10);
    const ids = ['fixture-situation-update', 'fixture-flash-alert'];
    const one = await services.exports.defaultDestination({ ids: [ids[0] as string], format: 'pdf', combine: false });
    expect(path.dirname(one.path)).toBe(documents);
    expect(path.basename(one.path)).toMatch(new RegExp(`^${date}-[a-z0-9-]+\\.pdf$`));
    const folder = await services.exports.defaultDestination({ ids, format: 'html', combine: false });
    expect(folder.path).toBe(path.join(documents, `briefings-${date}`));
    const combined = await services.exports.defaultDestination({ ids, format: 'html', combine: true });
    expect(path.basename(combined.path)).toBe(`${date}-briefings-2.html`);
    const html = await services.exports.defaultDestination({ ids: [ids[0] as string], format: 'html', combine: false });
    const result = await services.exports.export(request({ format: 'html', ids: [ids[0]], destination: html.path }));
    expect(result.files.map((file) => file.path)).toEqual([html.path]);
    await services.close();
  });

  it('remembers the folder chosen in the Save dialog as the next default, while it exists', async () => {
    const services = await openAppServices(
      dataDir,
      { name: 'Briefdesk', version: '2.0.0' },
      { BRIEFDESK_DOCUMENTS_DIR: path.join(dataDir, 'Documents') },
    );
    const chosen = path.join(dataDir, 'desk-share', 'alert.html');
    await mkdir(path.dirname(chosen));
    services.exports.attachDesktop({
      chooseDestination: async () => chosen,
      showInFolder: async () => undefined,
      openFile: async () => undefined,
      openPrinter: async () => {
        throw new Error('not used for HTML');
      },
    });
    await services.exports.chooseDestination({ format: 'html', suggestedName: 'alert', folder: false });
    await services.exports.export(request({ format: 'html', ids: ['fixture-flash-alert'], destination: chosen }));
    expect(services.settings.get().exportFolder).toBe(path.dirname(chosen));
    const next = await services.exports.defaultDestination({
      ids: ['fixture-flash-alert'],
      format: 'pdf',
      combine: false,
    });
    expect(path.dirname(next.path)).toBe(path.dirname(chosen));
    expect(next.remembered).toBe(true);
    expect(await services.exports.forgetFolder()).toEqual({ path: path.join(dataDir, 'Documents') });
    expect(services.settings.get().exportFolder).toBe('');
    const forgotten = await services.exports.defaultDestination({
      ids: ['fixture-flash-alert'],
      format: 'pdf',
      combine: false,
    });
    expect(forgotten).toMatchObject({
      path: expect.stringContaining(path.join(dataDir, 'Documents')),
      remembered: false,
    });
    await services.exports.chooseDestination({ format: 'html', suggestedName: 'alert', folder: false });
    await services.exports.export(
      request({ format: 'html', ids: ['fixture-flash-alert'], destination: chosen, ifExists: 'replace' }),
    );
    await rm(path.dirname(chosen), { recursive: true });
    const gone = await services.exports.defaultDestination({
      ids: ['fixture-flash-alert'],
      format: 'pdf',
      combine: false,
    });
    expect(path.dirname(gone.path)).toBe(path.join(dataDir, 'Documents'));
    await services.close();
  });

  it('never overwrites a file silently: asks, replaces, or keeps both under a numbered name', async () => {
    const services = await openAppServices(dataDir, { name: 'Briefdesk', version: '2.0.0' });
    const destination = path.join(services.exports.exportsDir, 'alert.html');
    await mkdir(services.exports.exportsDir, { recursive: true });
    await writeFile(destination, 'the earlier export');
    const ids = ['fixture-flash-alert'];
    await expect(services.exports.export(request({ format: 'html', ids, destination }))).rejects.toMatchObject({
      code: 'already-exists',
      message: `“alert.html” already exists in ${services.exports.exportsDir}.`,
    });
    expect(await readFile(destination, 'utf8')).toBe('the earlier export');
    const kept = await services.exports.export(request({ format: 'html', ids, destination, ifExists: 'keep-both' }));
    expect(kept.files.map((file) => path.basename(file.path))).toEqual(['alert-2.html']);
    expect(await readFile(destination, 'utf8')).toBe('the earlier export');
    const again = await services.exports.export(request({ format: 'html', ids, destination, ifExists: 'keep-both' }));
    expect(again.files.map((file) => path.basename(file.path))).toEqual(['alert-3.html']);
    await services.exports.export(request({ format: 'html', ids, destination, ifExists: 'replace' }));
    expect(await readFile(destination, 'utf8')).toContain('FLASH: Explosion reported');
    const folder = path.join(services.exports.exportsDir, 'batch');
    const both = ['fixture-situation-update', 'fixture-flash-alert'];
    await services.exports.export(request({ format: 'html', ids: both, destination: folder }));
    await expect(
      services.exports.export(request({ format: 'html', ids: both, destination: folder })),
    ).rejects.toMatchObject({
      code: 'already-exists',
      message: `2 of the files to export already exist in ${folder}.`,
    });
    await services.close();
  });

  it('writes a batch whose briefings have 80-character CJK titles (names are cut by bytes)', async () => {
    const services = await openAppServices(dataDir, { name: 'Briefdesk', version: '2.0.0' });
    const title = '俄罗斯无人机袭击基辅能源设施造成大面积停电'.repeat(4).slice(0, 80);
    const first = await services.briefings.create({ metadata: { title, eventDate: '2026-11-26' } });
    const second = await services.briefings.create({ metadata: { title, eventDate: '2026-11-26' } });
    const folder = path.join(services.exports.exportsDir, 'cjk');
    const result = await services.exports.export(
      request({ format: 'html', ids: [first.id, second.id], destination: folder }),
    );
    expect(result.files).toHaveLength(2);
    for (const name of await readdir(folder)) expect(Buffer.byteLength(name)).toBeLessThanOrEqual(237);
    await services.close();
  });

  it.each([
    [
      'damaged',
      (file: string) => writeFile(file, 'not the picture'),
      'An image file in the data folder is damaged (SOURCE); its figure is exported without it. Insert the image again to replace it.',
    ],
    [
      'missing',
      (file: string) => rm(file),
      'An image file is missing from the data folder (SOURCE); its figure is exported without it.',
    ],
  ])('tells the user when an image file is %s, and still exports', async (_problem, spoil, warning) => {
    const image = fixtureImages.damagedBuilding;
    await spoil(path.join(dataDir, 'library', 'assets', assetFileName(image.source) as string));
    const services = await openAppServices(dataDir, { name: 'Briefdesk', version: '2.0.0' });
    const result = await services.exports.export(
      request({
        format: 'html',
        ids: ['fixture-situation-update'],
        destination: path.join(services.exports.exportsDir, 'x.html'),
      }),
    );
    expect(result.warnings).toEqual([warning.replace('SOURCE', image.source)]);
  });

  it('refuses destinations the save dialog did not return, and files it did not write', async () => {
    const services = await openAppServices(dataDir, { name: 'Briefdesk', version: '2.0.0' });
    for (const destination of [
      path.join(os.homedir(), '.bashrc'),
      path.join(dataDir, 'settings.json'),
      path.join(services.exports.exportsDir, '..', 'x.html'),
    ]) {
      await expect(
        services.exports.export(request({ format: 'html', ids: ['fixture-flash-alert'], destination })),
      ).rejects.toMatchObject({
        code: 'invalid-argument',
        message: 'Choose where to save the export with the Save dialog.',
      });
    }
    await expect(services.exports.showInFolder('/etc/passwd')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('writes where the desktop save dialog pointed, then may reveal that file', async () => {
    const services = await openAppServices(dataDir, { name: 'Briefdesk', version: '2.0.0' });
    const chosen = path.join(dataDir, 'elsewhere', 'chosen.html');
    await mkdir(path.dirname(chosen));
    const revealed: string[] = [];
    services.exports.attachDesktop({
      chooseDestination: async () => chosen,
      showInFolder: async (file) => {
        revealed.push(file);
      },
      openFile: async () => undefined,
      openPrinter: async () => {
        throw new Error('not used for HTML');
      },
    });
    expect(await services.exports.chooseDestination({ format: 'html', suggestedName: 'x', folder: false })).toEqual({
      path: chosen,
    });
    await services.exports.export(request({ format: 'html', ids: ['fixture-flash-alert'], destination: chosen }));
    await services.exports.showInFolder(chosen);
    expect(revealed).toEqual([chosen]);
  });
});
