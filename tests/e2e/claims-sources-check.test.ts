import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { editorSessions } from './harness/editor-sessions';
import { ExportPage } from './pages/export-page';

const { open } = editorSessions();

const strikes = () => ({
  metadata: {
    title: 'Strikes on the port',
    timeZone: 'Europe/Kyiv',
    datelinePlace: 'ODESA',
    reportNumber: 4,
    embargoUntil: '2099-01-01T00:00:00+00:00[UTC]',
    corrections: [
      { kind: 'correction' as const, at: '2026-11-26T09:20:00+02:00[Europe/Kyiv]', text: 'Fixed the toll.' },
    ],
  },
  content: {
    type: 'doc' as const,
    content: [
      {
        type: 'section',
        attrs: { kind: 'what-happened', guidance: '' },
        content: [
          { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'What happened' }] },
          { type: 'paragraph', content: [{ type: 'text', text: 'Drones hit the grain terminal overnight.' }] },
        ],
      },
      {
        type: 'section',
        attrs: { kind: 'response', guidance: '' },
        content: [
          { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Response' }] },
          { type: 'paragraph' },
        ],
      },
    ],
  },
});

describe('claims, sources and the pre-export check in the editor', () => {
  it('marks a claim and changes its status, shown in words, recorded with who and when', async () => {
    const { app, editor } = await open();
    const { page } = app;
    await page.evaluate(() => window.briefdesk?.settings.update({ authorName: 'Dana Reyes' }));
    const briefing = await editor.createBriefing(strikes());
    await editor.open(briefing.id);
    const panel = page.locator('[data-panel="claims"]');

    await editor.selectWord('terminal');
    await panel.getByRole('button', { name: 'Mark selection as a claim' }).click();
    const claim = editor.body.locator('.claim');
    await expect.poll(() => claim.getAttribute('data-claim-label')).toBe('○ Unstarted');
    await panel.getByLabel('Status of “terminal”').selectOption('verified');
    await expect.poll(() => claim.getAttribute('data-claim-label')).toBe('✓ Verified');
    expect(await claim.getAttribute('title')).toBe('Claim: Verified');
    await editor.waitUntilSaved();
    const stored = await editor.stored(briefing.id);
    const marks = JSON.stringify(stored.content);
    expect(marks).toContain('"status":"verified"');
    expect(marks).toContain('"setBy":"Dana Reyes"');
    expect(marks).toMatch(/"setAt":"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}[^"]*\[Europe\/Kyiv\]"/);

    await panel.getByLabel('Show').selectOption('false');
    await panel.getByText('No claims with this status.').waitFor();
  });

  it('adds a correction to the log, timed now in the briefing’s zone', async () => {
    const { app, editor } = await open();
    const { page } = app;
    const briefing = await editor.createBriefing(strikes());
    await editor.open(briefing.id);
    const panel = page.locator('[data-panel="corrections"]');
    await panel.getByLabel('Kind').selectOption('update');
    await panel.getByLabel('What changed').fill('Added the port authority’s statement.');
    await panel.getByRole('button', { name: 'Add to the log' }).click();
    await editor.waitUntilSaved();
    const stored = await editor.stored(briefing.id);
    expect(stored.metadata.corrections).toEqual([
      ...(briefing.metadata.corrections ?? []),
      { kind: 'update', at: expect.stringContaining('[Europe/Kyiv]'), text: 'Added the port authority’s statement.' },
    ]);
  });

  it('adds a source to the list and cites it on the selected text', async () => {
    const { app, editor } = await open();
    const { page } = app;
    const briefing = await editor.createBriefing(strikes());
    await editor.open(briefing.id);
    const panel = page.locator('[data-panel="sources"]');

    await panel.getByLabel('Source name or description').fill('Port authority');
    await panel.getByLabel('Source type').selectOption('official');
    await panel.getByLabel('Private note (never printed)').fill('Spoke to the duty officer.');
    await panel.getByRole('button', { name: 'Add source' }).click();
    await editor.selectWord('Drones');
    await panel.getByRole('button', { name: 'Cite “Port authority”' }).click();
    await expect.poll(() => editor.body.locator('.citation').textContent()).toBe('Drones');
    await editor.waitUntilSaved();
    const stored = await editor.stored(briefing.id);
    expect(stored.metadata.sources).toEqual([
      expect.objectContaining({ id: 'source-1', name: 'Port authority', privateNote: 'Spoke to the duty officer.' }),
    ]);
    expect(JSON.stringify(stored.content)).toContain('"sources":["source-1"]');
  });

  it('jumps from a check finding to its place in the text', async () => {
    const { app, editor } = await open();
    const { page } = app;
    const content = strikes().content;
    (content.content[0]?.content[1] as { content: unknown[] }).content = [
      {
        type: 'text',
        text: 'Drones hit the grain terminal',
        marks: [{ type: 'claim', attrs: { status: 'in-progress', setBy: '', setAt: '', note: '' } }],
      },
      { type: 'text', text: ' overnight.' },
    ];
    const briefing = await editor.createBriefing({ ...strikes(), content });
    await editor.open(briefing.id);
    const panel = page.locator('[data-panel="check"]');
    await panel.getByRole('button', { name: 'Go to Section “Response”' }).waitFor();
    await panel.getByRole('button', { name: 'Go to Claim “Drones hit the grain terminal”' }).click();
    await expect
      .poll(() => page.evaluate(() => window.getSelection()?.toString()))
      .toBe('Drones hit the grain terminal');
    await panel.getByRole('button', { name: 'Go to Section “Response”' }).click();
    await expect
      .poll(() =>
        page.evaluate(() => window.getSelection()?.anchorNode?.parentElement?.closest('section')?.textContent),
      )
      .toContain('Response');
  });

  it('makes a new update from this one: report No. +1, no embargo, a link back, corrections carried', async () => {
    const { app, editor } = await open();
    const { page } = app;
    const briefing = await editor.createBriefing(strikes());
    await editor.open(briefing.id);
    await page.getByRole('button', { name: 'New update from this one' }).click();
    await page.waitForFunction((id) => /^#\/editor\//.test(location.hash) && !location.hash.endsWith(id), briefing.id);
    const newId = await page.evaluate(() => location.hash.replace('#/editor/', ''));
    await editor.body.waitFor();
    const next = await editor.stored(newId);
    expect(next.metadata).toMatchObject({
      reportNumber: 5,
      previousReportId: briefing.id,
      embargoUntil: '',
      corrections: briefing.metadata.corrections,
      title: 'Strikes on the port',
    });
    await page.getByText('More details').click();
    await expect
      .poll(() =>
        page
          .getByLabel(/Report number/)
          .first()
          .inputValue(),
      )
      .toBe('5');
  });

  it('shows what the check blocks in the export dialog and exports anyway, recorded in the briefing', async () => {
    const { app, editor } = await open();
    const { page } = app;
    await page.evaluate(() => window.briefdesk?.settings.update({ authorName: 'Dana Reyes' }));
    const blocked = strikes();
    blocked.content.content.push({
      type: 'keyFigures',
      content: [{ type: 'keyFigure', attrs: { value: '3', label: 'ships hit', source: '', sourceId: '', asOf: '' } }],
    } as never);
    const briefing = await editor.createBriefing(blocked);
    await editor.open(briefing.id);
    await page.getByRole('button', { name: 'Export…' }).click();
    const screen = new ExportPage(page);
    await screen.option(/^HTML/).check();
    await expect.poll(() => screen.destination.inputValue()).toMatch(/\.html$/);
    const destination = await screen.destination.inputValue();
    await screen.exportButton.click();
    const notice = screen.dialog.locator('.check-blocked');
    await notice
      .getByText('The key figure “ships hit” has no source: pick one from the list.', { exact: false })
      .waitFor();
    await notice.getByRole('button', { name: 'Export anyway' }).click();
    await screen.result.waitFor({ timeout: 60_000 });
    expect(await readFile(destination, 'utf8')).toContain('ships hit');
    const stored = await editor.stored(briefing.id);
    expect(stored.metadata.forcedExports).toEqual([
      { at: expect.stringContaining('[Europe/Kyiv]'), by: 'Dana Reyes', findings: ['key-figure-without-source'] },
    ]);
  });
});
