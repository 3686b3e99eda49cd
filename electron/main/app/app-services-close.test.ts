import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openAppServices } from './app-services';

const folders: string[] = [];

afterEach(async () => {
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
});

async function openServices() {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-close-'));
  folders.push(dataDir);
  return openAppServices(dataDir, { name: 'Briefdesk', version: '0.0.0' });
}

describe('AppServices.close', () => {
  it('waits for a call in flight before it writes and closes', async () => {
    const services = await openServices();
    const order: string[] = [];
    let finish: () => void = () => undefined;
    services.inFlight.track(new Promise<void>((resolve) => (finish = resolve))).then(() => order.push('call'));
    const closing = services.close().then(() => order.push('closed'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(order).toEqual([]);
    finish();
    await closing;
    expect(order).toEqual(['call', 'closed']);
  });

  it('writes a save that was in flight when close was called, and still closes when a call fails', async () => {
    const services = await openServices();
    const briefing = await services.briefings.create({});
    const saving = services.inFlight.track(
      services.briefings.save({
        id: briefing.id,
        revision: briefing.revision,
        metadata: briefing.metadata,
        content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Last words' }] }] },
      }),
    );
    void services.inFlight.track(Promise.reject(new Error('a failed call'))).catch(() => undefined);
    await services.close();
    await expect(saving).resolves.toMatchObject({ revision: briefing.revision + 1 });
    expect(services.inFlight.size).toBe(0);
  });
});
