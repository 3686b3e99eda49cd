import { describe, expect, it } from 'vitest';
import { decodeTextBytes } from './decode-text-bytes';

const utf16 = (text: string, littleEndian: boolean) => {
  const bytes = new Uint8Array(text.length * 2);
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    bytes[index * 2 + (littleEndian ? 0 : 1)] = code & 0xff;
    bytes[index * 2 + (littleEndian ? 1 : 0)] = code >> 8;
  }
  return bytes;
};

describe('decodeTextBytes', () => {
  it('reads UTF-8 with and without a byte order mark', () => {
    expect(decodeTextBytes(new TextEncoder().encode('Київ – 42'))).toEqual({
      ok: true,
      text: 'Київ – 42',
      encoding: 'utf-8',
    });
    expect(decodeTextBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toMatchObject({ ok: true, text: 'A' });
  });

  it('reads UTF-16 by its byte order mark or, without one, by its NUL pattern', () => {
    expect(decodeTextBytes(new Uint8Array([0xfe, 0xff, ...utf16('Odesa', false)]))).toMatchObject({
      ok: true,
      text: 'Odesa',
      encoding: 'utf-16be',
    });
    expect(decodeTextBytes(utf16('Kharkiv power outages', true))).toMatchObject({
      ok: true,
      text: 'Kharkiv power outages',
      encoding: 'utf-16le',
    });
  });

  it('falls back to Windows-1252 for Latin text that is not UTF-8', () => {
    expect(decodeTextBytes(new Uint8Array([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94]))).toEqual({
      ok: true,
      text: '“Café”',
      encoding: 'windows-1252',
    });
  });

  it('refuses binary data and text in an unknown encoding with sentences', () => {
    const binary = decodeTextBytes(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]));
    expect(binary).toMatchObject({ ok: false, message: expect.stringMatching(/^This file is not text/) });
    const unknown = decodeTextBytes(new Uint8Array(Array.from({ length: 100 }, () => 0x81)));
    expect(unknown).toMatchObject({ ok: false, message: expect.stringContaining('Save it as UTF-8') });
  });
});
