import { describe, expect, it } from 'vitest';
import { closeFlushedChannel, closeRequestedChannel } from '../../electron/common/ipc-channels';
import { editorSessions, whatHappenedBriefing } from './harness/editor-sessions';

const { open } = editorSessions();

const briefingInput = whatHappenedBriefing({
  title: 'Shelling in Kherson',
  datelinePlace: 'KHERSON',
  timeZone: 'Europe/Kyiv',
});

describe('closing the window (the close handshake, renderer side)', () => {
  it('answers main only after the text typed last has been saved', async () => {
    const { app, editor } = await open();
    const { page } = app;
    const briefing = await editor.createBriefing(briefingInput);
    await editor.open(briefing.id);
    await editor.clickPrompt('The sequence of events');
    await page.keyboard.type('Two shells hit the port at 05:40.');
    // Main asks, as when the window closes or the app quits, well before the autosave pause is over.
    await page.evaluate(
      ([channel, token]) =>
        (window as unknown as { __briefdeskHarnessEmit: (c: string, p: string) => void }).__briefdeskHarnessEmit(
          channel,
          token,
        ),
      [closeRequestedChannel, 'close-1'] as const,
    );
    await page.waitForFunction(
      ([channel, token]) =>
        ((window as unknown as { __briefdeskHarnessSent?: unknown[][] }).__briefdeskHarnessSent ?? []).some(
          (message) => message[0] === channel && message[1] === token,
        ),
      [closeFlushedChannel, 'close-1'] as const,
    );
    // No polling: by the time the page answers, the save must be on disk.
    expect(JSON.stringify((await editor.stored(briefing.id)).content)).toContain('Two shells hit the port at 05:40.');
  });
});
