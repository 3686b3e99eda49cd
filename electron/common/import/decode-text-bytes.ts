export type DecodedText = { ok: true; text: string; encoding: string } | { ok: false; message: string };

function decode(encoding: string, bytes: Uint8Array, fatal: boolean): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** UTF-16 without a byte order mark shows as NULs in every other byte of ASCII text. */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096));
  if (sample.length < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let index = 0; index < sample.length; index += 1) {
    if (sample[index] === 0) {
      if (index % 2 === 0) evenNul += 1;
      else oddNul += 1;
    }
  }
  const half = sample.length / 2;
  if (oddNul > half * 0.6 && evenNul < half * 0.05) return 'utf-16le';
  if (evenNul > half * 0.6 && oddNul < half * 0.05) return 'utf-16be';
  return undefined;
}

const binaryMessage =
  'This file is not text: it looks like a binary file (an image, a PDF, a word-processor document…). Import a .txt, .md or .html file, or copy the text and paste it.';

/**
 * Decodes an imported file: UTF-8 or UTF-16 with a byte order mark, UTF-8,
 * UTF-16 recognised by its NUL pattern, then Windows-1252 (which also reads
 * Latin-1). Binary files and text in no recognisable encoding are refused.
 */
export function decodeTextBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = decode('utf-8', bytes, false);
    if (text !== undefined) return { ok: true, text, encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { ok: true, text: decode('utf-16le', bytes, false) ?? '', encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { ok: true, text: decode('utf-16be', bytes, false) ?? '', encoding: 'utf-16be' };
  const utf16 = guessUtf16(bytes);
  if (utf16) return { ok: true, text: decode(utf16, bytes, false) ?? '', encoding: utf16 };
  const sample = bytes.subarray(0, Math.min(bytes.length, 65_536));
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return { ok: false, message: binaryMessage };
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) controls += 1;
  }
  if (sample.length > 0 && controls / sample.length > 0.02) return { ok: false, message: binaryMessage };
  const utf8 = decode('utf-8', bytes, true);
  if (utf8 !== undefined) return { ok: true, text: utf8, encoding: 'utf-8' };
  const windows1252 = decode('windows-1252', bytes, false);
  // Bytes Windows-1252 leaves undefined decode to C1 controls: then this is some other encoding.
  const undefinedBytes = windows1252?.match(/[\u0080-\u009f]/g)?.length ?? 0;
  if (windows1252 !== undefined && undefinedBytes <= Math.max(2, windows1252.length * 0.001)) {
    return { ok: true, text: windows1252, encoding: 'windows-1252' };
  }
  return {
    ok: false,
    message:
      'The text of this file is in an encoding Briefdesk cannot recognise. Save it as UTF-8 (most editors offer it under "Save as… / Encoding") and import it again.',
  };
}
