import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editorSessions, whatHappenedBriefing } from './harness/editor-sessions';
import { ExportPage } from './pages/export-page';

const readAxeSource = () => readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const { open } = editorSessions();

const ceasefireUpdate = whatHappenedBriefing({ title: 'Ceasefire talks in Doha', timeZone: 'Asia/Qatar' });

describe('briefing actions in the editor', () => {
  it('restores an older revision from the history panel and keeps editing without a conflict', async () => {
    const { app, editor } = await open();
    const { page } = app;
    const briefing = await editor.createBriefing(ceasefireUpdate);
    await editor.open(briefing.id);

    await editor.clickPrompt('The sequence of events');
    await page.keyboard.type('Delegations met for six hours.');
    await editor.waitUntilSaved();
    // A status change always keeps a revision in the history.
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await editor.status.filter({ hasText: 'In review' }).waitFor();
    await editor.waitUntilSaved();
    await editor.clickEndOf('Delegations met for six hours.');
    await page.keyboard.type(' A draft text was leaked.');
    await editor.waitUntilSaved();
    expect(JSON.stringify((await editor.stored(briefing.id)).content)).toContain('A draft text was leaked.');

    await page.getByRole('button', { name: 'History' }).click();
    const panel = page.getByRole('region', { name: 'History' });
    await panel.getByRole('listitem').filter({ hasText: 'Status changed' }).waitFor();
    expect(await editor.seriousAccessibilityViolations(await readAxeSource())).toEqual([]);
    await panel
      .getByRole('listitem')
      .filter({ hasText: 'Status changed' })
      .getByRole('button', { name: /^Restore revision/ })
      .click();
    const choices = panel.getByRole('form', { name: /^Restore revision/ });
    await choices.getByText('Its details are the same as now.').waitFor();
    await choices.getByRole('button', { name: 'Restore', exact: true }).click();

    await page
      .getByRole('status')
      .filter({ hasText: /Restored an earlier revision's text as revision \d+/ })
      .waitFor();
    await editor.body.getByText('Delegations met for six hours.').waitFor();
    expect(await editor.body.textContent()).not.toContain('A draft text was leaked.');

    await editor.clickEndOf('Delegations met for six hours.');
    await page.keyboard.type(' Talks resume on Monday.');
    await editor.waitUntilSaved();
    const stored = await editor.stored(briefing.id);
    expect(JSON.stringify(stored.content)).toContain('Talks resume on Monday.');
    expect(JSON.stringify(stored.content)).not.toContain('A draft text was leaked.');
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('restores a revision’s text and lists the details it would change, applying only those ticked', async () => {
    const { app, editor } = await open();
    const { page } = app;
    const briefing = await editor.createBriefing(ceasefireUpdate);
    await editor.open(briefing.id);
    await editor.clickPrompt('The sequence of events');
    await page.keyboard.type('Delegations met for six hours.');
    await page.getByText('More details').click();
    await page.getByLabel('Classification').selectOption('confidential');
    await page.getByLabel('Tags (comma-separated)').fill('qatar, hostages');
    await page.getByLabel('Desk').fill('Middle East');
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await editor.status.filter({ hasText: 'In review' }).waitFor();
    await editor.waitUntilSaved();
    const before = await editor.stored(briefing.id);
    expect(before.metadata).toMatchObject({ status: 'in-review', tags: ['qatar', 'hostages'], desk: 'Middle East' });

    await page.getByRole('button', { name: 'History' }).click();
    const panel = page.getByRole('region', { name: 'History' });
    await panel
      .getByRole('listitem')
      .filter({ hasText: 'Created' })
      .getByRole('button', { name: /^Restore revision/ })
      .click();
    const choices = panel.getByRole('form', { name: 'Restore revision 1' });
    await choices.waitFor();
    const listed = await choices.locator('label').allTextContents();
    expect(listed.map((text) => text.trim())).toEqual([
      'Desk: now Middle East; in revision 1: none',
      'Tags: now qatar, hostages; in revision 1: none',
      'Status: now In review; in revision 1: Draft',
      'Classification: now Confidential; in revision 1: Internal',
    ]);
    await choices.getByRole('checkbox', { name: /^Classification/ }).check();
    await choices.getByRole('button', { name: 'Restore', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /Restored an earlier revision's text/ })
      .waitFor();

    const after = await editor.stored(briefing.id);
    expect(JSON.stringify(after.content)).not.toContain('Delegations met');
    expect(after.metadata).toEqual({ ...before.metadata, classification: { level: 'internal', customLabel: '' } });
    await editor.status.filter({ hasText: 'In review' }).waitFor();
  });

  it('exports the open briefing as HTML into the Documents folder, with the text typed just before', async () => {
    const { app, editor } = await open();
    const { page } = app;
    const briefing = await editor.createBriefing(ceasefireUpdate);
    await editor.open(briefing.id);
    await editor.clickPrompt('The sequence of events');
    await page.keyboard.type('Mediators proposed a 30-day truce.');

    // No wait for the autosave: the button saves first.
    await page.getByRole('button', { name: 'Export…' }).click();
    const screen = new ExportPage(page);
    await screen.option(/^HTML/).check();
    // Main names the default destination for the chosen format.
    await expect.poll(() => screen.destination.inputValue()).toMatch(/\.html$/);
    const destination = await screen.destination.inputValue();
    expect(path.dirname(destination)).toBe(app.documentsDir);
    await screen.exportButton.click();
    await screen.result.waitFor({ timeout: 60_000 });
    const html = await readFile(destination, 'utf8');
    expect(html).toContain('Ceasefire talks in Doha');
    expect(html).toContain('Mediators proposed a 30-day truce.');
    expect(await editor.seriousAccessibilityViolations(await readAxeSource())).toEqual([]);
  });

  it('saves the open briefing, text included, as a template', async () => {
    const { app, editor } = await open();
    const { page } = app;
    const briefing = await editor.createBriefing(ceasefireUpdate);
    await editor.open(briefing.id);
    await editor.clickPrompt('The sequence of events');
    await page.keyboard.type('Weekly round-up of the talks.');

    await page.getByRole('button', { name: 'Save as template…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Template name').fill('Doha talks weekly');
    await dialog.getByRole('radio', { name: /The whole briefing, text included/ }).check();
    await dialog.getByRole('button', { name: 'Save template' }).click();
    await dialog.getByText('“Doha talks weekly” is now in your templates').waitFor();

    // A briefing made from the new template carries the text it was saved with.
    const fromTemplate = await page.evaluate(async () => {
      const list = await window.briefdesk?.templates.list();
      const summary = list?.ok ? list.value.find((entry) => entry.name === 'Doha talks weekly') : undefined;
      return summary ? window.briefdesk?.briefings.createFromTemplate({ templateId: summary.id }) : undefined;
    });
    expect(fromTemplate?.ok && JSON.stringify(fromTemplate.value.content)).toContain('Weekly round-up of the talks.');
  });
});
