import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { briefingMetadataSchema } from '../../../electron/common/briefing/briefing-metadata';
import type { BriefingContent } from '../../../electron/common/document/briefing-content';
import { describeUnusableImage } from './images/image-file-rules';
import { JournalWriter } from './journal-writer';

const body = (text: string): BriefingContent => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});
const metadata = briefingMetadataSchema.parse({ title: 'Kharkiv' });

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the recovery journal writer', () => {
  it('writes the latest text once, about 300 ms after changes stop, and reads it only then', async () => {
    let text = 'a';
    const reads = vi.fn(() => ({ revision: 4, metadata, content: body(text) }));
    const write = vi.fn(async () => ({ ok: true as const, value: { writtenAt: 'now' } }));
    const writer = new JournalWriter({ briefingId: 'brief-1', write, readSnapshot: reads });
    for (const next of ['ab', 'abc', 'abcd']) {
      text = next;
      writer.markChanged();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(reads).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(600);
    expect(write).toHaveBeenCalledTimes(1);
    expect(write).toHaveBeenCalledWith({ briefingId: 'brief-1', revision: 4, metadata, content: body('abcd') });
  });

  it('waits for a running autosave, then writes with the revision that save wrote', async () => {
    let revision = 4;
    let finishSave: () => void = () => undefined;
    let saving: Promise<void> | undefined = new Promise<void>((resolve) => {
      finishSave = () => {
        revision = 5;
        saving = undefined;
        resolve();
      };
    });
    const write = vi.fn(async () => ({ ok: true as const, value: { writtenAt: 'now' } }));
    const writer = new JournalWriter({
      briefingId: 'brief-1',
      write,
      readSnapshot: () => ({ revision, metadata, content: body('typed during the save') }),
      whenNotSaving: async () => {
        await saving;
      },
    });
    writer.markChanged();
    await vi.advanceTimersByTimeAsync(1000);
    expect(write).not.toHaveBeenCalled();
    finishSave();
    await vi.advanceTimersByTimeAsync(0);
    expect(write).toHaveBeenCalledWith(expect.objectContaining({ revision: 5 }));
  });

  it('writes nothing after it is disposed', async () => {
    const write = vi.fn(async () => ({ ok: true as const, value: { writtenAt: 'now' } }));
    const writer = new JournalWriter({
      briefingId: 'brief-1',
      write,
      readSnapshot: () => ({ revision: 1, metadata, content: body('x') }),
    });
    writer.markChanged();
    writer.dispose();
    await vi.advanceTimersByTimeAsync(2000);
    expect(write).not.toHaveBeenCalled();
  });
});

describe('choosing a figure image', () => {
  it('accepts PNG, JPEG, GIF and WebP within the size limit and explains anything else', () => {
    expect(describeUnusableImage({ name: 'map.png', type: 'image/png', size: 2048 })).toBeUndefined();
    expect(describeUnusableImage({ name: 'scan.tiff', type: 'image/tiff', size: 2048 })).toMatch(
      /“scan\.tiff” is not a PNG, JPEG, GIF or WebP image/,
    );
    expect(describeUnusableImage({ name: 'huge.jpg', type: 'image/jpeg', size: 30 * 1024 * 1024 })).toMatch(
      /30\.0 MB; Briefdesk accepts images up to 20 MB/,
    );
    expect(describeUnusableImage({ name: 'empty.gif', type: 'image/gif', size: 0 })).toMatch(/is empty/);
  });
});
