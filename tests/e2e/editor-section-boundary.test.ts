import { describe, expect, it } from 'vitest';
import { editorSessions } from './harness/editor-sessions';

const { open } = editorSessions();

const text = (value: string) => ({ type: 'text', text: value });
const heading = (title: string) => ({ type: 'heading', attrs: { level: 2 }, content: [text(title)] });
const paragraph = (value: string) => ({ type: 'paragraph', content: [text(value)] });
const list = (...items: string[]) => ({
  type: 'bulletList',
  content: items.map((item) => ({ type: 'listItem', content: [paragraph(item)] })),
});
const section = (kind: string, ...content: object[]) => ({ type: 'section', attrs: { kind, guidance: '' }, content });

const briefingWithSections = {
  metadata: { title: 'Overnight strikes', timeZone: 'Europe/Kyiv' },
  content: {
    type: 'doc' as const,
    content: [
      section('what-happened', heading('What happened'), paragraph('Drones hit the port overnight.')),
      section('affected-areas', heading('Affected areas'), list('Kharkiv: power outages', 'Odesa: port damaged')),
    ],
  },
};

const sectionSelected = '.briefing-body .briefing-section.ProseMirror-selectednode';

describe('Backspace and Delete at a section boundary', () => {
  it('never select a whole section: ArrowDown past the end of the last list, then Backspace, then typing', async () => {
    const { app, editor } = await open();
    const { page } = app;
    const briefing = await editor.createBriefing(briefingWithSections);
    await editor.open(briefing.id);

    await editor.clickEndOf('Odesa: port damaged');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Backspace');
    expect(await page.locator(sectionSelected).count()).toBe(0);
    await page.keyboard.type('X');
    await editor.waitUntilSaved();

    const stored = JSON.stringify((await editor.stored(briefing.id)).content);
    expect(stored).toContain('"text":"Affected areas"');
    expect(stored).toContain('Kharkiv: power outages');
    expect(stored).toContain('Odesa: port damage');
    expect(stored).toContain('What happened');
  });

  it('Delete before a section never selects it either', async () => {
    const { app, editor } = await open();
    const { page } = app;
    const briefing = await editor.createBriefing(briefingWithSections);
    await editor.open(briefing.id);

    await editor.clickEndOf('What happened');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Delete');
    expect(await page.locator(sectionSelected).count()).toBe(0);
    await page.keyboard.type('X');
    await editor.waitUntilSaved();
    const stored = JSON.stringify((await editor.stored(briefing.id)).content);
    expect(stored).toMatch(/"text":"X?What happened"/);
    expect(stored).toContain('Drones hit the port overnight.');
  });

  it('shows a selected section with a visible highlight', async () => {
    const { app, editor } = await open();
    const { page } = app;
    const briefing = await editor.createBriefing(briefingWithSections);
    await editor.open(briefing.id);
    const section = page.locator('.briefing-body .briefing-section').first();
    const outlineBefore = await section.evaluate((element) => getComputedStyle(element).outlineStyle);
    // The editor instance TipTap keeps on its element: select the first section as a node, as a drag would.
    await page.evaluate(() => {
      const body = document.querySelector('.briefing-body') as HTMLElement & {
        editor?: { commands: { setNodeSelection(position: number): boolean } };
      };
      body.editor?.commands.setNodeSelection(0);
    });
    await page.locator(sectionSelected).waitFor();
    const outlineSelected = await section.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outlineBefore).toBe('none');
    expect(outlineSelected).not.toBe('none');
  });
});
