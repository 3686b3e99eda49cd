import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppNotice } from '../../common/app-info';
import { defaultSettings } from '../../common/settings';
import { SettingsStore } from './settings-store';

let dataDir: string;

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-settings-'));
});

afterEach(() => rm(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }));

describe('SettingsStore', () => {
  it('starts from defaults without writing anything', async () => {
    const store = await SettingsStore.open(dataDir, []);
    expect(store.get()).toEqual(defaultSettings);
    expect(await readdir(dataDir)).toEqual([]);
  });

  it('saves an update and reads it back in a new store', async () => {
    const store = await SettingsStore.open(dataDir, []);
    await store.update({ authorName: 'Dana Reyes', defaultPageSize: 'Letter' });
    const reopened = await SettingsStore.open(dataDir, []);
    expect(reopened.get()).toEqual({ ...defaultSettings, authorName: 'Dana Reyes', defaultPageSize: 'Letter' });
  });

  it.each([
    ['not JSON', '{"authorName": "Da'],
    ['refused by the schema', '{"defaultPageSize": "A3"}'],
    ['the wrong shape', '[1, 2, 3]'],
  ])('sets a file that is %s aside and starts from defaults', async (_, content) => {
    await writeFile(path.join(dataDir, 'settings.json'), content);
    const notices: AppNotice[] = [];
    const store = await SettingsStore.open(dataDir, notices);
    expect(store.get()).toEqual(defaultSettings);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.message).toMatch(/^Your settings file was damaged/);
    const quarantined = await readdir(path.join(dataDir, 'quarantine'));
    expect(quarantined).toHaveLength(1);
    expect(await readFile(path.join(dataDir, 'quarantine', quarantined[0] as string), 'utf8')).toBe(content);
    expect(await readdir(dataDir)).toEqual(['quarantine']);
  });

  it('keeps the previous settings when the write fails', async () => {
    const store = await SettingsStore.open(dataDir, []);
    await store.update({ authorName: 'First' });
    // The data folder vanishing (an unplugged drive) makes the write fail.
    await rm(dataDir, { recursive: true });
    await expect(store.update({ authorName: 'Second' })).rejects.toMatchObject({ code: 'storage-failed' });
    expect(store.get().authorName).toBe('First');
    await mkdir(dataDir);
  });
});
