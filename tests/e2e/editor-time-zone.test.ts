import { describe, expect, it } from 'vitest';
import { editorSessions } from './harness/editor-sessions';

const { open } = editorSessions();

const instantOf = (stored: string) => Date.parse(stored.replace(/\[.*\]$/, ''));

describe('the briefing’s time zone', () => {
  it('keeps every instant when the zone changes and shows the new wall clock', async () => {
    const { app, editor } = await open();
    const { page } = app;
    const briefing = await editor.createBriefing({
      metadata: {
        title: 'Overnight strikes',
        timeZone: 'UTC',
        asOf: '2026-11-26T02:36:00+00:00[UTC]',
        nextUpdate: '2026-11-26T18:00:00+00:00[UTC]',
        eventDate: '2026-11-25',
        eventTime: '23:10',
      },
      content: { type: 'doc', content: [{ type: 'paragraph' }] },
    });
    await editor.open(briefing.id);
    await page.getByLabel('Time zone').fill('Europe/Kyiv');
    await page.getByLabel('As of (Europe/Kyiv)').waitFor();
    expect(await page.getByLabel('As of (Europe/Kyiv)').inputValue()).toBe('2026-11-26T04:36');
    await editor.waitUntilSaved();

    const { metadata } = await editor.stored(briefing.id);
    expect(metadata.timeZone).toBe('Europe/Kyiv');
    expect(metadata.asOf).toBe('2026-11-26T04:36:00+02:00[Europe/Kyiv]');
    expect(instantOf(metadata.asOf)).toBe(Date.parse('2026-11-26T02:36:00Z'));
    expect(instantOf(metadata.nextUpdate)).toBe(Date.parse('2026-11-26T18:00:00Z'));
    expect([metadata.eventDate, metadata.eventTime]).toEqual(['2026-11-26', '01:10']);
  });
});
