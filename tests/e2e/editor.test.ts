import { describe, expect, it } from 'vitest';
import { editorSessions } from './harness/editor-sessions';
import type { EditorPage } from './pages/editor-page';

const { open, temporaryDataDir } = editorSessions();

const section = (kind: string, title: string, guidance: string) => ({
  type: 'section',
  attrs: { kind, guidance },
  content: [{ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: title }] }, { type: 'paragraph' }],
});

const situationUpdate = {
  metadata: { title: 'Drone strikes on Odesa', datelinePlace: 'ODESA', timeZone: 'Europe/Kyiv' },
  content: {
    type: 'doc' as const,
    content: [
      section('what-happened', 'What happened', 'The sequence of events.'),
      section('affected-areas', 'Affected areas', 'Each place that was hit.'),
      section('sources', 'Sources', 'Every source used.'),
    ],
  },
};

describe('the briefing editor', () => {
  it('types into sections, inserts a section and a figure from the / menu, and keeps it all after a reload', async () => {
    const dataDir = await temporaryDataDir();
    const { app, editor } = await open(dataDir);
    const briefing = await editor.createBriefing(situationUpdate);
    await editor.open(briefing.id);
    const { page } = app;
    const library = page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Library' });
    expect(await library.getAttribute('aria-current')).toBe('page');

    await editor.clickPrompt('The sequence of events');
    await page.keyboard.type('Forty-two drones struck the port overnight.');
    await editor.clickPrompt('Each place that was hit');
    await page.keyboard.type('Odesa: civilian buildings damaged, power outages.');

    await page.keyboard.press('Enter');
    await page.keyboard.type('/');
    await editor.insertMenu.waitFor();
    await page.keyboard.type('diplomacy');
    await editor.menuOption(/Diplomacy and talks/).click();
    await editor.sectionPrompt('Talks, mediation and ceasefire proposals').waitFor();
    await page.keyboard.type('Talks resume in Istanbul on Friday.');

    await page.keyboard.press('Enter');
    await page.keyboard.type('/');
    await page.keyboard.type('figure');
    await page.keyboard.press('Enter');
    await editor.body.locator('figure .figure-placeholder', { hasText: 'No image yet' }).waitFor();
    await page.keyboard.type('The damaged port terminal.');
    await page.getByLabel(/^Alt text/).fill('A port building with its roof torn open');

    await editor.outline.getByRole('button', { name: 'Diplomacy and talks', exact: true }).waitFor();
    expect(await editor.outlineEntries()).toEqual([
      'What happened',
      'Affected areas',
      'Diplomacy and talks',
      'Sources',
    ]);
    // 8 heading words + 6 + 6 + 6 typed + 4 in the caption.
    await expect.poll(() => editor.wordCount.textContent()).toBe('30 words · 1 min read');

    await editor.body.click();
    await page.keyboard.press('Control+f');
    await editor.findPanel.waitFor();
    await page.keyboard.type('drones');
    await editor.findPanel.getByText('1 match').waitFor();
    await editor.findPanel.getByLabel('Replace with').fill('Shahed drones');
    await editor.findPanel.getByRole('button', { name: 'Replace all' }).click();
    await editor.findPanel.getByRole('button', { name: 'Close' }).click();

    await editor.waitUntilSaved();
    await app.close();

    const reopened = await open(dataDir);
    await reopened.editor.open(briefing.id);
    const text = (await reopened.editor.body.textContent()) ?? '';
    expect(text).toContain('Forty-two Shahed drones struck the port overnight.');
    expect(text).toContain('Odesa: civilian buildings damaged, power outages.');
    expect(text).toContain('Talks resume in Istanbul on Friday.');
    expect(text).toContain('The damaged port terminal.');
    const stored = await reopened.editor.stored(briefing.id);
    const kinds = (stored.content.content ?? []).map((node) => node.attrs?.kind);
    expect(kinds).toEqual(['what-happened', 'affected-areas', 'diplomacy', 'sources']);
    expect(JSON.stringify(stored.content)).toContain('"alt":"A port building with its roof torn open"');
    expect(app.pageErrors).toEqual([]);
  });
});

const paragraphs = (...texts: string[]) => ({
  type: 'doc' as const,
  content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});

async function storedText(editor: EditorPage, id: string): Promise<string> {
  return JSON.stringify((await editor.stored(id)).content);
}

describe('editing commands', () => {
  it('formats with shortcuts, refuses unsafe links, maps Ctrl+Alt+1 to a level-2 heading, builds tables and undoes', async () => {
    const { app, editor } = await open();
    const { page } = app;
    const briefing = await editor.createBriefing({ content: paragraphs('Targeted areas', 'Kharkiv was hit at dawn.') });
    await editor.open(briefing.id);

    await editor.clickEndOf('Targeted areas');
    await page.keyboard.press('Control+Alt+1');
    await editor.body.locator('h2', { hasText: 'Targeted areas' }).waitFor();
    expect(await editor.toolbarButton('Heading level 2').getAttribute('title')).toBe(
      'Heading level 2 (Ctrl+Alt+1; level 1 is the briefing title)',
    );

    await editor.selectWord('Kharkiv');
    await page.keyboard.press('Control+b');
    await page.keyboard.press('Control+i');
    await page.keyboard.press('Control+Shift+x');
    for (const tag of ['strong', 'em', 's']) await editor.body.locator(tag, { hasText: 'Kharkiv' }).waitFor();

    await editor.selectWord('hit');
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Add link' });
    await dialog.getByLabel('Web or email address').fill('javascript:alert(1)');
    await dialog.getByRole('button', { name: 'Add link' }).click();
    expect(await dialog.getByRole('alert').textContent()).toMatch(
      /Only web \(http, https\) and email \(mailto\) links/,
    );
    await dialog.getByLabel('Web or email address').fill('example.org/kharkiv');
    await dialog.getByRole('button', { name: 'Add link' }).click();
    await editor.body.locator('a[href="https://example.org/kharkiv"]', { hasText: 'hit' }).waitFor();

    await editor.clickEndOf('Kharkiv was hit at dawn.');
    await editor.toolbarButton('Insert table').click();
    await editor.body.locator('table th').first().waitFor();
    await page.waitForTimeout(600); // past the undo history's grouping delay
    await editor.toolbarButton('Add row below').click();
    expect(await editor.body.locator('table tr').count()).toBe(4);
    await page.keyboard.press('Control+z');
    expect(await editor.body.locator('table tr').count()).toBe(3);
    await page.keyboard.press('Control+y');
    expect(await editor.body.locator('table tr').count()).toBe(4);

    await editor.waitUntilSaved();
    const stored = await storedText(editor, briefing.id);
    expect(stored).toContain('"href":"https://example.org/kharkiv"');
    expect(stored).toContain('"type":"tableHeader"');
    expect(stored).not.toContain('javascript:');
    expect(app.pageErrors).toEqual([]);
  });

  it('edits key figures in place, moves sections, and keeps pasted structure without styles, scripts or unsafe links', async () => {
    const { app, editor } = await open();
    const { page } = app;
    const briefing = await editor.createBriefing(situationUpdate);
    await editor.open(briefing.id);

    await editor.clickPrompt('The sequence of events');
    await page.keyboard.type('/');
    await page.keyboard.type('key figures');
    await editor.menuOption(/^Key figures · block/).click();
    await page.getByLabel('Value').first().fill('42');
    await page.getByLabel('What it counts').first().fill('drone strikes');
    await page.getByLabel('Source').first().fill('Ukrainian Air Force');

    await editor.outline.getByRole('button', { name: 'Move “Sources” up' }).click();
    await expect.poll(() => editor.outlineEntries()).toEqual(['What happened', 'Sources', 'Affected areas']);
    await editor.clickEndOf('Sources');
    await page.keyboard.press('Alt+Shift+ArrowUp');
    await expect.poll(() => editor.outlineEntries()).toEqual(['Sources', 'What happened', 'Affected areas']);

    await editor.clickPrompt('Each place that was hit');
    await editor.pasteHtml(
      '<h3 style="color:red" class="x">Kharkiv</h3><ul><li onclick="alert(1)">Power <b>outages</b></li></ul>' +
        '<script>alert(1)</script><!-- tracking --><p>See <a href="javascript:alert(1)">this</a> and ' +
        '<a href="https://example.org/a" onmouseover="x()">that</a></p><table><tr><th>City</th></tr><tr><td>Odesa</td></tr></table>',
    );
    await editor.body.locator('h3', { hasText: 'Kharkiv' }).waitFor();
    expect(
      await editor.body
        .locator('h3[style], li[style], p[style], a[style], [class="x"], [onclick], [onmouseover], script')
        .count(),
    ).toBe(0);

    await editor.waitUntilSaved();
    const stored = await storedText(editor, briefing.id);
    expect(stored).toContain('"value":"42","label":"drone strikes","source":"Ukrainian Air Force"');
    expect(stored).toContain('"href":"https://example.org/a"');
    expect(stored).toContain('"type":"bulletList"');
    expect(stored).toContain('"type":"table"');
    expect(stored).not.toMatch(/javascript|alert|tracking|color:red/);
  });
});

describe('outline', () => {
  it('jumps from the keyboard to a section far down a long briefing and puts the cursor there', async () => {
    const { app, editor } = await open();
    const { page } = app;
    const content = Array.from({ length: 40 }, (_, index) => ({
      type: 'section',
      attrs: { kind: 'background', guidance: '' },
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: `Part ${index + 1}` }] },
        ...Array.from({ length: 8 }, () => ({
          type: 'paragraph',
          content: [{ type: 'text', text: 'Officials said the convoy reached the city at noon. '.repeat(4) }],
        })),
      ],
    }));
    const briefing = await editor.createBriefing({ content: { type: 'doc', content } });
    await editor.open(briefing.id);
    const target = editor.outline.getByRole('button', { name: 'Part 37', exact: true });
    await target.focus();
    await page.keyboard.press('Enter');
    await editor.body.locator('h2', { hasText: 'Part 37' }).waitFor();
    await expect.poll(() => editor.body.locator('h2', { hasText: 'Part 37' }).isVisible()).toBe(true);
    const inViewport = await editor.body.locator('h2', { hasText: 'Part 37' }).evaluate((heading) => {
      const rect = heading.getBoundingClientRect();
      const toolbar = document.querySelector('.editor-toolbar')?.getBoundingClientRect();
      return rect.top >= (toolbar?.bottom ?? 0) && rect.bottom <= window.innerHeight;
    });
    expect(inViewport).toBe(true);
    await page.keyboard.type(' (updated)');
    await editor.body.locator('h2', { hasText: 'Part 37 (updated)' }).waitFor();
  });
});
