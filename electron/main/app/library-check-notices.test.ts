import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createIpcHandlers } from '../ipc/ipc-handlers';
import { openAppServices } from './app-services';

let dataDir = '';
afterEach(() => rm(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }));

describe('the desktop app’s library, checked after it shows', () => {
  it('shows the list first, then tells the user about a damaged briefing file the check set aside', async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-check-notices-'));
    const first = await openAppServices(dataDir, { name: 'Briefdesk', version: '0.0.0' });
    const kept = await first.briefings.create({ metadata: { title: 'Kept' } });
    await first.close();
    await writeFile(path.join(first.briefings.paths.briefings, 'deadbeef-0000.json'), '{"schemaVersion": 1, "id": "de');

    const services = await openAppServices(dataDir, { name: 'Briefdesk', version: '0.0.0' }, process.env, {
      checkLibraryInBackground: true,
    });
    const handlers = createIpcHandlers(services);
    const firstPage = await services.briefings.search.search({ query: '', filters: {}, limit: 10 });
    expect(firstPage.hits.map((hit) => hit.briefing.id)).toEqual([kept.id]);
    const notices = await handlers['app.notices'](undefined);
    expect(notices).toEqual([expect.objectContaining({ message: expect.stringContaining('deadbeef-0000.json') })]);
    expect((await handlers['briefings.list'](undefined)).map((row) => row.id)).toEqual([kept.id]);
    await services.close();
  });
});
