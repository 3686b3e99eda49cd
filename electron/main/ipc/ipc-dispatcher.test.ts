import { describe, expect, it, vi } from 'vitest';
import { limitMessages } from '../../common/limits/input-limits';
import { defaultSettings } from '../../common/settings';
import { UserFacingError } from '../../common/user-facing-error';
import { createIpcDispatcher, type IpcHandlers } from './ipc-dispatcher';

const origin = 'app://briefdesk';
const trusted = { url: `${origin}/index.html` };

async function unused(): Promise<never> {
  throw new Error('not called in these tests');
}

function handlers(overrides: Partial<IpcHandlers> = {}): IpcHandlers {
  return {
    'app.info': async () => ({ name: 'Briefdesk', version: '1', dataDir: '/data', platform: 'linux', notices: [] }),
    'app.notices': async () => [],
    'settings.get': async () => defaultSettings,
    'settings.update': async (patch) => ({ ...defaultSettings, ...patch }),
    'briefings.list': async () => [],
    'briefings.get': unused,
    'briefings.open': unused,
    'briefings.create': unused,
    'briefings.save': unused,
    'templates.list': unused,
    'templates.saveFromBriefing': unused,
    'templates.rename': unused,
    'templates.delete': unused,
    'briefings.createFromTemplate': unused,
    'import.prepare': unused,
    'import.text': unused,
    'import.preview': unused,
    'spelling.check': unused,
    'spelling.suggest': unused,
    'spelling.addWord': unused,
    'export.run': unused,
    'export.chooseDestination': unused,
    'export.defaultDestination': unused,
    'export.preview': unused,
    'export.estimateSize': unused,
    'export.previewPdf': unused,
    'export.forgetFolder': unused,
    'export.showInFolder': unused,
    'export.openFile': unused,
    'briefings.duplicate': unused,
    'briefings.trash': unused,
    'briefings.conflictInfo': unused,
    'briefings.resolveConflict': unused,
    'briefings.unlock': unused,
    'trash.list': unused,
    'trash.restore': unused,
    'trash.empty': unused,
    'journal.write': unused,
    'journal.recovered': unused,
    'journal.restore': unused,
    'journal.discard': unused,
    'history.list': unused,
    'history.restoreChoices': unused,
    'history.get': unused,
    'history.restore': unused,
    'history.diff': unused,
    'history.name': unused,
    'history.compare': unused,
    'library.search': unused,
    'library.recent': unused,
    'library.markOpened': unused,
    'assets.store': unused,
    ...overrides,
  };
}

describe('createIpcDispatcher', () => {
  it('refuses an 80 MB journal entry with the limit’s sentence, before any handler runs', async () => {
    const write = vi.fn();
    const dispatch = createIpcDispatcher({ handlers: handlers({ 'journal.write': write }), trustedOrigin: origin });
    const text = 'x'.repeat(80 * 1024 * 1024);
    const entry = {
      briefingId: 'a'.repeat(8),
      revision: 1,
      metadata: {},
      content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
    };
    await expect(dispatch('journal.write', entry, trusted)).resolves.toEqual({
      ok: false,
      error: { code: 'invalid-argument', message: limitMessages.requestCharacters },
    });
    expect(write).not.toHaveBeenCalled();
  });

  it('answers a valid call from the app’s own frame', async () => {
    const dispatch = createIpcDispatcher({ handlers: handlers(), trustedOrigin: origin });
    await expect(dispatch('settings.update', { theme: 'dark' }, trusted)).resolves.toEqual({
      ok: true,
      value: { ...defaultSettings, theme: 'dark' },
    });
  });

  it('refuses frames from any other origin, before looking at the call', async () => {
    const update = vi.fn();
    const dispatch = createIpcDispatcher({ handlers: handlers({ 'settings.update': update }), trustedOrigin: origin });
    for (const url of [
      'https://evil.example/',
      'file:///etc/passwd',
      'app://briefdesk.evil/',
      'not a url',
      undefined,
    ]) {
      const result = await dispatch('settings.update', { theme: 'dark' }, { url });
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    }
    expect(update).not.toHaveBeenCalled();
  });

  it('refuses unknown channels', async () => {
    const dispatch = createIpcDispatcher({ handlers: handlers(), trustedOrigin: origin });
    for (const channel of ['settings.delete', '__proto__', 'constructor', 42, null]) {
      expect(await dispatch(channel, undefined, trusted)).toMatchObject({
        ok: false,
        error: { code: 'unknown-channel' },
      });
    }
  });

  it('returns each validation problem with its field path and a sentence', async () => {
    const update = vi.fn();
    const dispatch = createIpcDispatcher({ handlers: handlers({ 'settings.update': update }), trustedOrigin: origin });
    const result = await dispatch('settings.update', { defaultPageSize: 'A3', authorName: 'x'.repeat(200) }, trusted);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid-argument',
        message: 'The author name can be at most 120 characters.',
        issues: [
          { path: 'authorName', message: 'The author name can be at most 120 characters.' },
          { path: 'defaultPageSize', message: 'The page size must be A4 or Letter.' },
        ],
      },
    });
    expect(update).not.toHaveBeenCalled();
  });

  it('passes user-facing errors through and hides everything else behind a plain sentence', async () => {
    const logError = vi.fn();
    const dispatch = createIpcDispatcher({
      handlers: handlers({
        'settings.update': async () => {
          throw new UserFacingError('storage-full', 'The disk is full.');
        },
        'settings.get': async () => {
          throw new TypeError('secret stack detail');
        },
      }),
      trustedOrigin: origin,
      logError,
    });
    expect(await dispatch('settings.update', { theme: 'light' }, trusted)).toEqual({
      ok: false,
      error: { code: 'storage-full', message: 'The disk is full.' },
    });
    const hidden = await dispatch('settings.get', undefined, trusted);
    expect(hidden).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(hidden)).not.toContain('secret');
    expect(logError).toHaveBeenCalledOnce();
  });
});
