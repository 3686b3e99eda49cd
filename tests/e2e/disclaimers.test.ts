import { describe, expect, it } from 'vitest';
import { editorSessions } from './harness/editor-sessions';
import { SettingsPage } from './pages/settings-page';

const { open } = editorSessions();

describe('standard disclaimers', () => {
  it('take their text from Settings and are inserted as a block from the / menu', async () => {
    const { app, editor } = await open();
    const { page } = app;
    const settings = await new SettingsPage(page).open();
    const casualties = page.getByLabel('Casualty figures “as reported by”');
    expect(await casualties.inputValue()).toContain('as reported by the sources named');
    await casualties.fill('Tolls are as reported by the health ministry.');
    await settings.save.click();
    await settings.status.waitFor();

    const briefing = await editor.createBriefing({
      content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Lede.' }] }] },
    });
    await editor.open(briefing.id);
    await editor.clickEndOf('Lede.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('/');
    await editor.insertMenu.waitFor();
    await page.keyboard.type('disclaimer casualty');
    await page.keyboard.press('Enter');
    const block = editor.body.locator('p.disclaimer[data-disclaimer="casualties"]');
    await block.filter({ hasText: 'Tolls are as reported by the health ministry.' }).waitFor();
    // The cursor is at the end of the disclaimer: the author can go on writing in it.
    await page.keyboard.type(' Figures as of noon.');
    await editor.waitUntilSaved();
    const stored = await editor.stored(briefing.id);
    expect(stored.content.content?.[1]).toMatchObject({
      type: 'disclaimer',
      attrs: { kind: 'casualties' },
      content: [{ type: 'text', text: 'Tolls are as reported by the health ministry. Figures as of noon.' }],
    });
    expect(app.pageErrors).toEqual([]);
  });
});
