import { describe, expect, it } from 'vitest';
import { editorSessions } from './harness/editor-sessions';

const { open } = editorSessions();

const withKeyFigure = (asOf: string) => ({
  metadata: { title: 'Overnight strikes', timeZone: 'Europe/Kyiv' },
  content: {
    type: 'doc' as const,
    content: [
      {
        type: 'keyFigures',
        content: [{ type: 'keyFigure', attrs: { value: '42', label: 'drones', source: 'Air Force', asOf } }],
      },
      { type: 'paragraph' },
    ],
  },
});

describe('a key figure’s “as of” in the editor', () => {
  it('is a date-time control in the briefing’s zone whose zone change keeps the instant', async () => {
    const { app, editor } = await open();
    const { page } = app;
    const briefing = await editor.createBriefing(withKeyFigure(''));
    await editor.open(briefing.id);
    const time = page.getByLabel('As of', { exact: true });
    const zone = page.getByLabel('Time zone of “as of”');
    expect(await time.getAttribute('type')).toBe('datetime-local');
    expect(await zone.inputValue()).toBe('Europe/Kyiv');

    await time.fill('2026-12-01T06:00');
    await editor.waitUntilSaved();
    const figure = async () => (await editor.stored(briefing.id)).content.content?.[0]?.content?.[0]?.attrs;
    expect(await figure()).toMatchObject({ asOf: '2026-12-01T06:00:00+02:00[Europe/Kyiv]' });

    await zone.fill('UTC');
    expect(await time.inputValue()).toBe('2026-12-01T04:00');
    await editor.waitUntilSaved();
    expect(await figure()).toMatchObject({ asOf: '2026-12-01T04:00:00+00:00[UTC]' });
  });

  it('opens showing the stored time in its own zone, within the years the control allows', async () => {
    const { app, editor } = await open();
    const { page } = app;
    const briefing = await editor.createBriefing(withKeyFigure('2026-12-01T06:00:00+00:00[UTC]'));
    await editor.open(briefing.id);
    const time = page.getByLabel('As of', { exact: true });
    expect(await time.getAttribute('type')).toBe('datetime-local');
    expect(await time.inputValue()).toBe('2026-12-01T06:00');
    expect(await page.getByLabel('Time zone of “as of”').inputValue()).toBe('UTC');
    expect([await time.getAttribute('min'), await time.getAttribute('max')]).toEqual([
      '1900-01-01T00:00',
      '2100-12-31T23:59',
    ]);
  });

  it('refuses a year outside 1900–2100 with a sentence and keeps the stored time', async () => {
    const { app, editor } = await open();
    const { page } = app;
    const briefing = await editor.createBriefing(withKeyFigure('2026-12-01T06:00:00+02:00[Europe/Kyiv]'));
    await editor.open(briefing.id);
    const time = page.getByLabel('As of', { exact: true });
    await time.evaluate((input: HTMLInputElement) => {
      input.value = '202608-12-01T06:00';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.getByRole('alert').filter({ hasText: 'year 202608' }).waitFor();
    expect(await time.getAttribute('aria-invalid')).toBe('true');
    await editor.waitUntilSaved();
    const stored = (await editor.stored(briefing.id)).content.content?.[0]?.content?.[0]?.attrs;
    expect(stored).toMatchObject({ asOf: '2026-12-01T06:00:00+02:00[Europe/Kyiv]' });
  });
});
