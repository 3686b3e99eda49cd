import { describe, expect, it } from 'vitest';
import { FileTextBuffers } from './file-text-buffers';

/** Resolves once `turns` later turns of the event loop have run. */
const later = (turns = 3) =>
  new Promise<void>((resolve) => {
    let left = turns;
    const next = () => (left-- === 0 ? resolve() : setImmediate(next));
    next();
  });

describe('FileTextBuffers', () => {
  it('gives each write its own bytes while others are in flight, and only the bytes of its text', async () => {
    const buffers = new FileTextBuffers({ most: 1 });
    const texts = ['Ceasefire talks resumed. '.repeat(40), 'Aid reached Kherson.', 'Власти сообщили о двух ударах.'];
    // All three hold their bytes at once; then a shorter text goes into a buffer a longer one filled.
    const seen = await Promise.all(
      texts.map((text, index) =>
        buffers.encoded(text, async (bytes) => {
          await later(index + 1);
          return Buffer.from(bytes).toString('utf8');
        }),
      ),
    );
    expect(seen).toEqual(texts);
    for (const text of ['short', texts[0] as string, 'é', '']) {
      expect(await buffers.encoded(text, async (bytes) => Buffer.from(bytes).toString('utf8'))).toBe(text);
    }
    expect(await buffers.encoded(['Kyiv, ', '“as of” ', '06:00'], async (bytes) => bytes.toString())).toBe(
      'Kyiv, “as of” 06:00',
    );
  });

  it('reuses a kept buffer for the next write, and takes it back also when the write fails', async () => {
    const buffers = new FileTextBuffers();
    const first = await buffers.encoded('x'.repeat(1_000), async (bytes) => bytes.buffer);
    await expect(
      buffers.encoded('y'.repeat(900), async (bytes) => {
        expect(bytes.buffer).toBe(first);
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(await buffers.encoded('z'.repeat(800), async (bytes) => bytes.buffer)).toBe(first);
  });

  it('lets go of buffers over its largest size, and of all but the largest few', async () => {
    const buffers = new FileTextBuffers({ most: 1, largestBytes: 2_000 });
    const huge = await buffers.encoded('h'.repeat(3_000), async (bytes) => bytes.buffer);
    expect(await buffers.encoded('h'.repeat(3_000), async (bytes) => bytes.buffer)).not.toBe(huge);
    const small = buffers.encoded('s'.repeat(10), async (bytes) => {
      await later();
      return bytes.buffer;
    });
    const large = await buffers.encoded('l'.repeat(1_000), async (bytes) => bytes.buffer);
    const smallBuffer = await small;
    expect(await buffers.encoded('s'.repeat(10), async (bytes) => bytes.buffer)).toBe(large);
    expect(await buffers.encoded('s'.repeat(10), async (bytes) => bytes.buffer)).toBe(large);
    expect(smallBuffer).not.toBe(large);
  });
});
