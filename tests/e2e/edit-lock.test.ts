import { describe, expect, it } from 'vitest';
import { editorSessions } from './harness/editor-sessions';

const { open } = editorSessions();

const approved = () => ({
  metadata: { title: 'Strikes on the port', timeZone: 'Europe/Kyiv', status: 'approved' as const },
  content: {
    type: 'doc' as const,
    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Drones hit the grain terminal overnight.' }] }],
  },
});

describe('an approved briefing in the editor', () => {
  it('asks when a key figure’s own fields or tools would change it, and keeps them as they were', async () => {
    const { app, editor } = await open();
    const { page } = app;
    const briefing = await editor.createBriefing({
      metadata: {
        ...approved().metadata,
        sources: [
          {
            id: 'source-1',
            name: 'Port authority',
            type: 'official' as const,
            named: true,
            link: '',
            accessedAt: '',
            privateNote: '',
          },
        ],
      },
      content: {
        type: 'doc',
        content: [
          {
            type: 'keyFigures',
            content: [
              { type: 'keyFigure', attrs: { value: '3', label: 'ships hit', source: '', sourceId: '', asOf: '' } },
            ],
          },
          { type: 'paragraph' },
        ],
      },
    });
    await editor.open(briefing.id);
    const question = page.getByRole('alertdialog');
    const value = editor.body.locator('.key-figure-value-input');
    await value.focus();
    await page.keyboard.press('End');
    await page.keyboard.type('0');
    await question.waitFor();
    expect(await value.inputValue()).toBe('3');
    await question.getByRole('button', { name: 'Keep reading' }).click();
    await question.waitFor({ state: 'detached' });

    await editor.body.getByRole('button', { name: 'Remove this key figure' }).click({ force: true });
    await question.waitFor();
    await question.getByRole('button', { name: 'Keep reading' }).click();
    await question.waitFor({ state: 'detached' });
    const picker = page.getByLabel('Source from the list');
    await picker.focus();
    await page.keyboard.press('ArrowDown');
    await question.waitFor();
    expect(await picker.inputValue()).toBe('');
    expect(await editor.body.locator('.key-figure').count()).toBe(1);
    expect((await editor.stored(briefing.id)).revision).toBe(briefing.revision);
  });

  it('asks too when a panel changes only its details, and saves that change once unlocked', async () => {
    const { app, editor } = await open();
    const { page } = app;
    await page.evaluate(() => window.briefdesk?.settings.update({ authorName: 'Dana Reyes' }));
    const briefing = await editor.createBriefing(approved());
    await editor.open(briefing.id);
    const sources = page.locator('[data-panel="sources"]');
    await sources.getByLabel('Source name or description').fill('Port authority');
    await sources.getByRole('button', { name: 'Add source' }).click();
    const question = page.getByRole('alertdialog');
    await question.getByText('This briefing is approved, so it is read-only.', { exact: false }).waitFor();
    expect((await editor.stored(briefing.id)).metadata.sources).toEqual([]);

    await question.getByRole('button', { name: 'Unlock for editing' }).click();
    await editor.waitUntilSaved();
    const stored = await editor.stored(briefing.id);
    expect(stored.metadata.sources.map((source) => source.name)).toEqual(['Port authority']);
    expect(stored.metadata.unlocked?.by).toBe('Dana Reyes');
  });

  it('is read-only: typing and the toolbar ask to start a new update or to unlock, and change nothing', async () => {
    const { app, editor } = await open();
    const { page } = app;
    const briefing = await editor.createBriefing(approved());
    await editor.open(briefing.id);
    expect(await editor.body.getAttribute('aria-readonly')).toBe('true');
    await page.getByText('Read-only: this briefing is approved.').waitFor();
    expect(await page.getByLabel('Title', { exact: true }).isDisabled()).toBe(true);

    await editor.body.focus();
    await page.keyboard.type('X');
    const question = page.getByRole('alertdialog');
    await question.getByText('This briefing is approved, so it is read-only.', { exact: false }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('New update from this one');
    await question.getByRole('button', { name: 'Keep reading' }).click();
    await question.waitFor({ state: 'detached' });

    await editor.selectWord('terminal');
    await editor.toolbar.getByRole('button', { name: 'Bold' }).click();
    await question.waitFor();
    expect(await editor.body.locator('strong').count()).toBe(0);
    expect(await editor.body.textContent()).toBe('Drones hit the grain terminal overnight.');
    expect((await editor.stored(briefing.id)).revision).toBe(briefing.revision);
  });

  it('unlocks with who and when, shown in the history, and then takes edits', async () => {
    const { app, editor } = await open();
    const { page } = app;
    await page.evaluate(() => window.briefdesk?.settings.update({ authorName: 'Dana Reyes' }));
    const briefing = await editor.createBriefing(approved());
    await editor.open(briefing.id);
    await page.getByRole('button', { name: 'Edit…' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Unlock for editing' }).click();
    await page.getByText('Unlocked for editing by Dana Reyes', { exact: false }).waitFor();
    expect(await editor.body.getAttribute('aria-readonly')).toBeNull();

    await editor.clickEndOf('Drones hit the grain terminal overnight.');
    await page.keyboard.type(' Two ships burned.');
    await editor.waitUntilSaved();
    const stored = await editor.stored(briefing.id);
    expect(JSON.stringify(stored.content)).toContain('overnight. Two ships burned.');
    expect(stored.metadata.unlocked).toEqual({ by: 'Dana Reyes', at: expect.stringContaining('[Europe/Kyiv]') });
    expect(stored.metadata.status).toBe('approved');

    await page.getByRole('button', { name: 'History' }).click();
    const panel = page.getByRole('region', { name: 'History' });
    await panel.getByRole('listitem').filter({ hasText: 'Unlocked by Dana Reyes' }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
  });
});
