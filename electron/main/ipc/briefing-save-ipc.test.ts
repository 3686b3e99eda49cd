import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Briefing } from '../../common/briefing/briefing';
import { type AppServices, openAppServices } from '../app/app-services';
import { createIpcDispatcher, type IpcDispatch } from './ipc-dispatcher';
import { createIpcHandlers } from './ipc-handlers';

const trusted = { url: 'app://briefdesk/index.html' };
let dataDir: string;
let services: AppServices;
let dispatch: IpcDispatch;

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-save-ipc-'));
  services = await openAppServices(dataDir, { name: 'Briefdesk', version: 'test' });
  dispatch = createIpcDispatcher({ handlers: createIpcHandlers(services), trustedOrigin: 'app://briefdesk' });
});

afterEach(async () => {
  await services.close();
  await rm(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
});

const body = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

describe('briefings.save over IPC', () => {
  it('answers the saved briefing without the body it was sent, which it stores', async () => {
    const created = await dispatch('briefings.create', { metadata: { title: 'Port strikes' } }, trusted);
    if (!created.ok) throw new Error(created.error.message);
    const { id, revision, metadata } = created.value as Briefing;
    const contentJson = JSON.stringify(body('Two cranes were hit at dawn.'));
    const saved = await dispatch('briefings.save', { id, revision, metadata, contentJson }, trusted);
    if (!saved.ok) throw new Error(saved.error.message);
    const stored = await services.briefings.get(id);
    const { content, ...fields } = stored;
    expect(saved.value).toEqual(fields);
    expect(saved.value).not.toHaveProperty('content');
    expect(fields).toMatchObject({ revision: revision + 1, metadata: { title: 'Port strikes' } });
    expect(JSON.stringify(content)).toBe(contentJson);
  });
});
