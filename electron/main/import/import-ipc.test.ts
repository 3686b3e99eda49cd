import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appPage, openServicesOverIpc, type ServicesOverIpc } from '../../../tests/support/services-over-ipc';
import type { ImportOutcome } from '../../common/import/import-requests';
import type { AppServices } from '../app/app-services';
import type { IpcDispatch } from '../ipc/ipc-dispatcher';

const fixtures = path.join(import.meta.dirname, '../../../tests/fixtures/import');
let app: ServicesOverIpc;
let dataDir: string;
let services: AppServices;
let dispatch: IpcDispatch;

beforeEach(async () => {
  app = await openServicesOverIpc('briefdesk-import-ipc-');
  ({ dataDir, services, dispatch } = app);
});

afterEach(() => app.close());

describe('import over IPC', () => {
  it('import.text creates a briefing and answers with what was dropped', async () => {
    const text = await readFile(path.join(fixtures, 'copied-web-text.txt'), 'utf8');
    const result = await dispatch('import.text', { text, format: 'text' }, appPage);
    expect(result).toMatchObject({
      ok: true,
      value: {
        briefing: { revision: 1 },
        dropped: expect.arrayContaining([{ kind: 'comments', text: 'No comments' }]),
      },
    });
    expect(services.briefings.list()).toHaveLength(1);
  });

  it('import.text stores embedded pictures under library/assets', async () => {
    const text = await readFile(path.join(fixtures, 'figures-page.html'), 'utf8');
    const result = await dispatch('import.text', { text, format: 'html', sourceName: 'figures-page.html' }, appPage);
    if (!result.ok) throw new Error(result.error.message);
    const { briefing } = result.value as ImportOutcome;
    const sources = (briefing.content.content ?? [])
      .filter((node) => node.type === 'figure')
      .map((node) => node.attrs?.src);
    expect(sources.filter((source) => typeof source === 'string')).toHaveLength(2);
    const stored = await readFile(path.join(dataDir, 'library', 'assets', String(sources[0]).slice('asset:'.length)));
    expect(stored.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
  });

  it.each([
    [{ text: 'x', format: 'pdf' }, 'The format must be html, markdown, text or docx.'],
    [{ text: 'x', format: 'text', extra: true }, undefined],
  ])('refuses %j with a sentence', async (argument, message) => {
    const result = await dispatch('import.text', argument, appPage);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    if (message && !result.ok) expect(result.error.issues?.map((issue) => issue.message)).toContain(message);
    expect(services.briefings.list()).toEqual([]);
  });

  it('import.prepare readies the importer, takes no argument and creates nothing', async () => {
    await expect(dispatch('import.prepare', undefined, appPage)).resolves.toEqual({ ok: true, value: { ready: true } });
    await expect(dispatch('import.prepare', { rounds: 1_000_000 }, appPage)).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
    expect(services.briefings.list()).toEqual([]);
  });

  it('has no channel that reads a path the renderer names', async () => {
    const result = await dispatch('import.file', { path: path.join(fixtures, 'figures-page.html') }, appPage);
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(services.briefings.list()).toEqual([]);
  });
});
