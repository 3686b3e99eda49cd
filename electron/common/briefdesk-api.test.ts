import { describe, expect, it, vi } from 'vitest';
import { createBriefdeskApi } from './briefdesk-api';
import { ipcChannels } from './ipc-channels';
import { ipcContract } from './ipc-contract';

describe('createBriefdeskApi', () => {
  it('exposes one method per contract channel, grouped by namespace, and nothing else', () => {
    const api = createBriefdeskApi(vi.fn(), vi.fn());
    const methods = Object.entries(api)
      .filter(([namespace]) => namespace !== 'events' && namespace !== 'editing')
      .flatMap(([namespace, group]) => Object.keys(group).map((method) => `${namespace}.${method}`));
    expect(methods.sort()).toEqual([...ipcChannels].sort());
    expect(Object.keys(ipcContract).sort()).toEqual([...ipcChannels].sort());
  });

  it('sends each call on its own channel with its argument', async () => {
    const invoke = vi.fn(async () => ({ ok: true, value: 'answer' }));
    const api = createBriefdeskApi(invoke, vi.fn());
    await expect(api.settings.update({ authorName: 'Dana' })).resolves.toEqual({ ok: true, value: 'answer' });
    await api.app.info();
    expect(invoke.mock.calls).toEqual([
      ['settings.update', { authorName: 'Dana' }],
      ['app.info', undefined],
    ]);
  });

  it('is frozen so page scripts cannot swap a method', () => {
    const api = createBriefdeskApi(vi.fn(), vi.fn());
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.isFrozen(api.settings)).toBe(true);
    expect(Object.isFrozen(api.events)).toBe(true);
  });

  it('hands edit commands (paste from the editor’s own menu) to the transport', () => {
    const send = vi.fn();
    createBriefdeskApi(vi.fn(), vi.fn(), undefined, send).editing.run('paste-as-plain-text');
    expect(send).toHaveBeenCalledWith('paste-as-plain-text');
  });

  it('hands menu listeners to the transport and returns its unsubscribe', () => {
    const unsubscribe = vi.fn();
    const subscribe = vi.fn(() => unsubscribe);
    const api = createBriefdeskApi(vi.fn(), subscribe);
    const listener = vi.fn();
    expect(api.events.onMenuCommand(listener)).toBe(unsubscribe);
    expect(subscribe).toHaveBeenCalledWith(listener);
  });
});
