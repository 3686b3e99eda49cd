import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Briefing, briefingFileVersion } from '../../../electron/common/briefing/briefing';
import { briefingMetadataSchema } from '../../../electron/common/briefing/briefing-metadata';
import type { BriefingContent } from '../../../electron/common/document/briefing-content';
import type { IpcResult } from '../../../electron/common/ipc-result';
import { BriefingSaver } from './briefing-saver';

const body = (text: string): BriefingContent => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

const briefing: Briefing = {
  schemaVersion: briefingFileVersion,
  contentVersion: 1,
  id: 'aaaaaaaa-0000',
  createdAt: '2026-11-26T06:00:00.000Z',
  updatedAt: '2026-11-26T06:00:00.000Z',
  revision: 3,
  templateId: null,
  metadata: briefingMetadataSchema.parse({ title: 'Kharkiv' }),
  content: body('start'),
};

type Save = ConstructorParameters<typeof BriefingSaver>[0]['save'];

function stored(revision: number): IpcResult<Briefing> {
  return { ok: true, value: { ...briefing, revision, updatedAt: '2026-11-26T06:05:00.000Z' } };
}

let text = 'start';

beforeEach(() => {
  vi.useFakeTimers();
  text = 'start';
});
afterEach(() => vi.useRealTimers());

function saverWith(save: Save) {
  return new BriefingSaver({ briefing, save, readContent: () => body(text), delayMs: 1000, retryMs: 5000 });
}

describe('BriefingSaver', () => {
  it('sends the body as JSON text when it can read it so, read when the save starts', async () => {
    const save = vi.fn<Save>(async (changes) => stored(changes.revision + 1));
    const saver = new BriefingSaver({
      briefing,
      save,
      readContent: () => body(text),
      readContentJson: () => JSON.stringify(body(text)),
    });
    text = 'typed';
    saver.markChanged();
    await vi.advanceTimersByTimeAsync(1001);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]?.[0]).toEqual({
      id: briefing.id,
      revision: 3,
      metadata: briefing.metadata,
      contentJson: JSON.stringify(body('typed')),
    });
  });

  it('says a change made while a save runs is pending, not saved, until it is saved too', async () => {
    let release: () => void = () => undefined;
    const save = vi.fn<Save>(
      (changes) =>
        new Promise((resolve) => {
          release = () => resolve(stored(changes.revision + 1));
        }),
    );
    const saver = saverWith(save);
    saver.markChanged();
    await vi.advanceTimersByTimeAsync(1001);
    expect(saver.state.kind).toBe('saving');
    text = 'changed while saving';
    saver.markChanged();
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.state.kind).toBe('pending');
    await vi.advanceTimersByTimeAsync(1001);
    expect(save).toHaveBeenCalledTimes(2);
    expect(save.mock.calls[1]?.[0]).toMatchObject({ revision: 4, content: body('changed while saving') });
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.state.kind).toBe('saved');
  });

  it('flushes until a change made while the flushed save ran is saved too', async () => {
    let release: () => void = () => undefined;
    const save = vi.fn<Save>(
      (changes) =>
        new Promise((resolve) => {
          release = () => resolve(stored(changes.revision + 1));
        }),
    );
    const saver = saverWith(save);
    saver.markChanged();
    const flushed = saver.flush();
    await vi.advanceTimersByTimeAsync(0);
    text = 'typed while flushing';
    saver.markChanged();
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledTimes(2);
    release();
    await flushed;
    expect(saver.state.kind).toBe('saved');
    expect(saver.hasUnsavedChanges).toBe(false);
  });

  it('saves once, a second after changes stop, with the revision it was based on', async () => {
    const save = vi.fn<Save>(async (changes) => stored(changes.revision + 1));
    const saver = saverWith(save);
    for (const typed of ['s', 'st', 'str']) {
      text = typed;
      saver.markChanged();
      await vi.advanceTimersByTimeAsync(400);
    }
    expect(save).not.toHaveBeenCalled();
    expect(saver.state.kind).toBe('pending');
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]?.[0]).toMatchObject({ revision: 3, content: body('str') });
    expect(saver.state).toMatchObject({ kind: 'saved' });
    text = 'strike';
    saver.markChanged();
    await saver.flush();
    expect(save.mock.calls[1]?.[0]).toMatchObject({ revision: 4, content: body('strike') });
    expect(saver.hasUnsavedChanges).toBe(false);
  });

  it('saves at least every few seconds while the user keeps typing without a pause', async () => {
    const save = vi.fn<Save>(async (changes) => stored(changes.revision + 1));
    const saver = new BriefingSaver({ briefing, save, readContent: () => body(text), delayMs: 1000, maxWaitMs: 5000 });
    for (let elapsed = 0; elapsed < 12_000; elapsed += 200) {
      saver.markChanged();
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(save.mock.calls.length).toBeGreaterThanOrEqual(2);
    expect(save.mock.calls.length).toBeLessThanOrEqual(3);
  });

  it('keeps the change and retries after a failure, saying why', async () => {
    const save = vi
      .fn<Save>()
      .mockResolvedValueOnce({ ok: false, error: { code: 'storage-full', message: 'The disk is full.' } })
      .mockImplementation(async (changes) => stored(changes.revision + 1));
    const saver = saverWith(save);
    saver.markChanged();
    await saver.flush();
    expect(saver.state).toEqual({ kind: 'failed', error: { code: 'storage-full', message: 'The disk is full.' } });
    expect(saver.hasUnsavedChanges).toBe(true);
    await vi.advanceTimersByTimeAsync(5001);
    expect(save).toHaveBeenCalledTimes(2);
    expect(saver.state.kind).toBe('saved');
  });

  it('stops on a conflict until the user chooses, keeping the text unsaved', async () => {
    const save = vi
      .fn<Save>()
      .mockResolvedValueOnce({ ok: false, error: { code: 'conflict', message: 'Changed elsewhere.' } })
      .mockImplementation(async (changes) => stored(changes.revision + 1));
    const saver = saverWith(save);
    const states: string[] = [];
    saver.subscribe(() => states.push(saver.state.kind));
    saver.markChanged();
    await saver.flush();
    saver.markChanged();
    await vi.advanceTimersByTimeAsync(20_000);
    expect(save).toHaveBeenCalledTimes(1);
    expect(saver.state.kind).toBe('conflict');
    expect(saver.hasUnsavedChanges).toBe(true);
    expect(states).toEqual(['pending', 'saving', 'conflict']);
  });

  it('sends new metadata with the next save, at once when asked', async () => {
    const save = vi.fn<Save>(async (changes) => stored(changes.revision + 1));
    const saver = saverWith(save);
    saver.setMetadata({ ...briefing.metadata, status: 'in-review' }, true);
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]?.[0].metadata.status).toBe('in-review');
  });
});
