import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appPage, openServicesOverIpc, type ServicesOverIpc } from '../../../tests/support/services-over-ipc';
import type { Briefing } from '../../common/briefing/briefing';

let app: ServicesOverIpc;

beforeEach(async () => {
  app = await openServicesOverIpc('briefdesk-save-ipc-');
});

afterEach(() => app.close());

const body = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

describe('briefings.save over IPC', () => {
  it('answers the saved briefing without the body it was sent, which it stores', async () => {
    const created = await app.dispatch('briefings.create', { metadata: { title: 'Port strikes' } }, appPage);
    if (!created.ok) throw new Error(created.error.message);
    const { id, revision, metadata } = created.value as Briefing;
    const contentJson = JSON.stringify(body('Two cranes were hit at dawn.'));
    const saved = await app.dispatch('briefings.save', { id, revision, metadata, contentJson }, appPage);
    if (!saved.ok) throw new Error(saved.error.message);
    const stored = await app.services.briefings.get(id);
    const { content, ...fields } = stored;
    expect(saved.value).toEqual(fields);
    expect(saved.value).not.toHaveProperty('content');
    expect(fields).toMatchObject({ revision: revision + 1, metadata: { title: 'Port strikes' } });
    expect(JSON.stringify(content)).toBe(contentJson);
  });
});
