import { lstat, mkdir, mkdtemp, readdir, readFile, readlink, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppNotice } from '../../common/app-info';
import { setAsideLinkedFolders } from './set-aside-linked-folders';

let root: string;
let dataDir: string;
let colleagueFolder: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-linked-folders-'));
  dataDir = path.join(root, 'data');
  colleagueFolder = path.join(root, 'TeamDocs');
  await mkdir(dataDir);
  await mkdir(colleagueFolder);
  await writeFile(path.join(colleagueFolder, 'plan.json'), '{"colleague":true}');
});
afterEach(() => rm(root, { recursive: true, force: true }));

const isLink = async (entry: string) => (await lstat(entry)).isSymbolicLink();

describe('setAsideLinkedFolders', () => {
  it('moves a linked folder into quarantine/, puts an empty folder in its place and leaves the target alone', async () => {
    const history = path.join(dataDir, 'history');
    await symlink(colleagueFolder, history);
    const notices: AppNotice[] = [];

    await setAsideLinkedFolders(dataDir, [history], notices);

    expect(await isLink(history)).toBe(false);
    expect(await readdir(history)).toEqual([]);
    const setAside = await readdir(path.join(dataDir, 'quarantine'));
    expect(setAside).toEqual([expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z-history-link$/)]);
    const movedTo = path.join(dataDir, 'quarantine', String(setAside[0]));
    expect(await readlink(movedTo)).toBe(colleagueFolder);
    expect(await readFile(path.join(colleagueFolder, 'plan.json'), 'utf8')).toBe('{"colleague":true}');
    expect(notices).toEqual([{ level: 'warning', message: expect.stringContaining(history) }]);
    expect(notices[0]?.message).toContain(movedTo);
  });

  it('leaves real and missing folders as they are and says nothing about them', async () => {
    const library = path.join(dataDir, 'library');
    await mkdir(library);
    await writeFile(path.join(library, 'index.json'), '{}');
    const notices: AppNotice[] = [];

    await setAsideLinkedFolders(dataDir, [library, path.join(dataDir, 'trash')], notices);

    expect(await readdir(library)).toEqual(['index.json']);
    expect(await readdir(dataDir)).toEqual(['library']);
    expect(notices).toEqual([]);
  });

  it('sets a link aside into a quarantine/ folder that already holds files', async () => {
    await mkdir(path.join(dataDir, 'quarantine'));
    await writeFile(path.join(dataDir, 'quarantine', 'older-index.json'), '{"half');
    const templates = path.join(dataDir, 'templates');
    await symlink(colleagueFolder, templates);
    const notices: AppNotice[] = [];

    await setAsideLinkedFolders(dataDir, [templates], notices);

    expect(await isLink(templates)).toBe(false);
    expect(await readdir(path.join(dataDir, 'quarantine'))).toHaveLength(2);
    expect(notices).toHaveLength(1);
  });

  it('removes a linked quarantine/ itself, keeps its target, and sets other links aside inside the data folder', async () => {
    const quarantine = path.join(dataDir, 'quarantine');
    await symlink(colleagueFolder, quarantine);
    const history = path.join(dataDir, 'history');
    await symlink(colleagueFolder, history);
    const notices: AppNotice[] = [];

    await setAsideLinkedFolders(dataDir, [history], notices);

    expect(await isLink(quarantine)).toBe(false);
    expect(await readdir(colleagueFolder)).toEqual(['plan.json']);
    expect(await readdir(quarantine)).toEqual([expect.stringMatching(/-history-link$/)]);
    expect(notices).toEqual([
      { level: 'warning', message: expect.stringContaining(quarantine) },
      { level: 'warning', message: expect.stringContaining(history) },
    ]);
  });
});
