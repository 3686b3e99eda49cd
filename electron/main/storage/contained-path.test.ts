import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assertInsideFolder, pathInFolder } from './contained-path';
import { StoredPathError } from './stored-path-error';

let root: string;
let dataDir: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-contained-'));
  dataDir = path.join(root, 'data');
  await mkdir(path.join(dataDir, 'trash'), { recursive: true });
  await mkdir(path.join(root, 'TeamDocs'));
  await writeFile(path.join(root, 'TeamDocs', 'plan.json'), '{}');
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('pathInFolder', () => {
  it.each(['..', '.', '../../TeamDocs', 'a/b.json', 'a\\b.json', '/etc/passwd', 'C:\\x', 'x\0.json', ''])(
    'refuses %j',
    (name) => {
      expect(() => pathInFolder(path.join(dataDir, 'trash'), name)).toThrow(StoredPathError);
      expect(() => pathInFolder(path.join(dataDir, 'trash'), name)).toThrow(/not a plain file name/);
    },
  );

  it('joins a plain name', () => {
    expect(pathInFolder(path.join(dataDir, 'trash'), 'abcdefgh.json')).toBe(
      path.join(dataDir, 'trash', 'abcdefgh.json'),
    );
  });
});

describe('assertInsideFolder', () => {
  it('passes a plain file and one that does not exist yet', async () => {
    const trash = path.join(dataDir, 'trash');
    await writeFile(path.join(trash, 'abcdefgh.json'), '{}');
    await expect(assertInsideFolder(trash, path.join(trash, 'abcdefgh.json'), dataDir)).resolves.toBeUndefined();
    await expect(assertInsideFolder(trash, path.join(trash, 'new-file.json'), dataDir)).resolves.toBeUndefined();
  });

  it('refuses a file that is a symbolic link', async () => {
    const trash = path.join(dataDir, 'trash');
    await symlink(path.join(root, 'TeamDocs', 'plan.json'), path.join(trash, 'abcdefgh.json'));
    await expect(assertInsideFolder(trash, path.join(trash, 'abcdefgh.json'), dataDir)).rejects.toThrow(
      /symbolic link/,
    );
  });

  it('refuses a folder that is a link out of the data folder', async () => {
    await symlink(path.join(root, 'TeamDocs'), path.join(dataDir, 'history'));
    const history = path.join(dataDir, 'history');
    await expect(assertInsideFolder(history, path.join(history, 'plan.json'), dataDir)).rejects.toThrow(
      /out of the data folder/,
    );
  });

  it('names the folder linked out of the data folder before a link inside it', async () => {
    await symlink(path.join(root, 'TeamDocs', 'plan.json'), path.join(root, 'TeamDocs', 'link.json'));
    await symlink(path.join(root, 'TeamDocs'), path.join(dataDir, 'history'));
    const history = path.join(dataDir, 'history');
    await expect(assertInsideFolder(history, path.join(history, 'link.json'), dataDir)).rejects.toThrow(
      /out of the data folder/,
    );
  });

  it('refuses a target that is not directly in the folder', async () => {
    const trash = path.join(dataDir, 'trash');
    const outside = assertInsideFolder(trash, path.join(trash, '..', '..', 'TeamDocs'), dataDir);
    await expect(outside).rejects.toThrow(StoredPathError);
    await expect(outside).rejects.toThrow(/leaves its folder/);
  });

  it('passes files directly in the data folder and in folders not created yet', async () => {
    await expect(assertInsideFolder(dataDir, path.join(dataDir, 'settings.json'), dataDir)).resolves.toBeUndefined();
    const templates = path.join(dataDir, 'templates');
    await expect(assertInsideFolder(templates, path.join(templates, 'plan.json'), dataDir)).resolves.toBeUndefined();
  });

  it('refuses a folder linked to a sibling whose name only starts like the data folder', async () => {
    await mkdir(path.join(root, 'data-elsewhere'));
    await symlink(path.join(root, 'data-elsewhere'), path.join(dataDir, 'history'));
    const history = path.join(dataDir, 'history');
    await expect(assertInsideFolder(history, path.join(history, 'plan.json'), dataDir)).rejects.toThrow(
      /out of the data folder/,
    );
  });

  it('refuses, rather than passes, a folder or file it cannot look at', async () => {
    await writeFile(path.join(dataDir, 'history'), 'a file where a folder should be');
    const underFile = path.join(dataDir, 'history', 'sub');
    await expect(assertInsideFolder(underFile, path.join(underFile, 'plan.json'), dataDir)).rejects.toMatchObject({
      code: 'ENOTDIR',
    });
    const fileAsFolder = path.join(dataDir, 'history');
    await expect(assertInsideFolder(fileAsFolder, path.join(fileAsFolder, 'plan.json'), dataDir)).rejects.toMatchObject(
      { code: 'ENOTDIR' },
    );
  });
});
