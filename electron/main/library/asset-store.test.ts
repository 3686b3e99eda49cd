import { createHash } from 'node:crypto';
import { lstat, mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { temporaryDataDir } from '../../../tests/support/library/library-fixtures';
import { maximumAssetBytes } from '../../common/library/library-requests';
import { AssetStore } from './asset-store';

let dataDir: string;
let remove: () => Promise<void>;
let assets: AssetStore;

beforeEach(async () => {
  ({ dataDir, remove } = await temporaryDataDir());
  assets = new AssetStore(path.join(dataDir, 'library', 'assets'), dataDir);
});
afterEach(() => remove());

const signatures: Record<string, number[]> = {
  png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  jpg: [0xff, 0xd8, 0xff, 0xe0],
  gif: [...Buffer.from('GIF89a')],
  webp: [...Buffer.from('RIFF'), 0x10, 0, 0, 0, ...Buffer.from('WEBPVP8 ')],
};

describe('AssetStore', () => {
  it('stores PNG, JPEG, GIF and WebP by SHA-256, named asset:<sha>.<ext>', async () => {
    for (const [extension, signature] of Object.entries(signatures)) {
      const bytes = new Uint8Array([...signature, 1, 2, 3]);
      const stored = await assets.store(bytes);
      expect(stored.source).toMatch(new RegExp(`^asset:[a-f0-9]{64}\\.${extension}$`));
      const fileName = stored.source.slice('asset:'.length);
      expect(new Uint8Array(await readFile(path.join(assets.folder, fileName)))).toEqual(bytes);
    }
    expect(await readdir(assets.folder)).toHaveLength(4);
  });

  it('stores the same image once', async () => {
    const bytes = Buffer.from([...(signatures.png as number[]), 9, 9]);
    const first = await assets.storeBase64(bytes.toString('base64'));
    const second = await assets.storeBase64(bytes.toString('base64'));
    expect(second).toEqual({ ...first, alreadyStored: true });
    expect(first.alreadyStored).toBe(false);
    expect(await readdir(assets.folder)).toHaveLength(1);
  });

  it('replaces a planted link or other bytes at an image’s name instead of trusting them', async () => {
    const bytes = Buffer.from([...(signatures.png as number[]), 7, 7]);
    const fileName = `${createHash('sha256').update(bytes).digest('hex')}.png`;
    const outside = path.join(dataDir, 'outside.png');
    await writeFile(outside, 'not the image');
    await mkdir(assets.folder, { recursive: true });
    await symlink(outside, path.join(assets.folder, fileName));
    expect(await assets.store(bytes)).toMatchObject({ alreadyStored: false });
    expect((await lstat(path.join(assets.folder, fileName))).isSymbolicLink()).toBe(false);
    expect(await readFile(path.join(assets.folder, fileName))).toEqual(bytes);
    expect(await readFile(outside, 'utf8')).toBe('not the image');
  });

  it('refuses anything that is not one of those images, by its bytes, with a sentence', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    await expect(assets.store(svg)).rejects.toMatchObject({
      code: 'invalid-argument',
      message: 'That file is not a PNG, JPEG, GIF or WebP image. Save it in one of those formats and try again.',
    });
    await expect(assets.store(new Uint8Array())).rejects.toMatchObject({ message: 'The image is empty.' });
    await expect(assets.storeBase64('not base64!')).rejects.toMatchObject({ code: 'invalid-argument' });
    const huge = new Uint8Array(maximumAssetBytes + 1);
    huge.set(signatures.png as number[]);
    await expect(assets.store(huge)).rejects.toMatchObject({ message: expect.stringContaining('up to 20 MB') });
    await expect(readdir(assets.folder)).rejects.toThrow(/ENOENT/);
  });
});
