import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const iconsDir = path.resolve(import.meta.dirname, '../../resources/icons');
const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(pngSignature)).toBe(true);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('the committed app icons', () => {
  it('icon.png is a 1024 px square PNG with an alpha channel', async () => {
    const png = await readFile(path.join(iconsDir, 'icon.png'));
    expect(pngSize(png)).toEqual({ width: 1024, height: 1024 });
    // Colour type 6 is truecolour with alpha, so the rounded corners stay transparent.
    expect(png.readUInt8(25)).toBe(6);
  });

  it('icon.ico holds PNG images from 16 to 256 px, each where its directory entry says', async () => {
    const ico = await readFile(path.join(iconsDir, 'icon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const sizes: number[] = [];
    for (let index = 0; index < ico.readUInt16LE(4); index++) {
      const entry = 6 + 16 * index;
      const declared = ico.readUInt8(entry) || 256;
      const image = ico.subarray(
        ico.readUInt32LE(entry + 12),
        ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8),
      );
      expect(pngSize(image)).toEqual({ width: declared, height: declared });
      sizes.push(declared);
    }
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256]);
  });

  it('icon.icns holds PNG entries up to 1024 px and its lengths add up', async () => {
    const icns = await readFile(path.join(iconsDir, 'icon.icns'));
    expect(icns.toString('ascii', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const entries: Record<string, number> = {};
    for (let offset = 8; offset < icns.length; offset += icns.readUInt32BE(offset + 4)) {
      const image = icns.subarray(offset + 8, offset + icns.readUInt32BE(offset + 4));
      entries[icns.toString('ascii', offset, offset + 4)] = pngSize(image).width;
    }
    expect(entries).toEqual({ ic11: 32, ic12: 64, ic07: 128, ic13: 256, ic08: 256, ic14: 512, ic09: 512, ic10: 1024 });
  });
});
