import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { JSONContent } from '@tiptap/core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { builtInTemplates } from '../../electron/common/template/built-in-templates';
import type { HarnessApp } from './harness/app-harness';
import { harnessSessions } from './harness/harness-sessions';
import { NewBriefingPage } from './pages/new-briefing-page';
import { TemplatesPage } from './pages/templates-page';

const sessions = harnessSessions();

async function openWithSettings(): Promise<HarnessApp> {
  const dataDir = await sessions.temporaryDataDir();
  await writeFile(
    path.join(dataDir, 'settings.json'),
    JSON.stringify({ authorName: 'Dana Reyes', defaultDateline: 'KHARKIV', defaultClassification: 'public' }),
  );
  return sessions.open({ dataDir });
}

function sectionKinds(content: JSONContent | undefined): unknown[] {
  return (content?.content ?? []).filter((node) => node.type === 'section').map((node) => node.attrs?.kind);
}

async function seriousAxeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.evaluate(await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
  }
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string }[] }> } })
      .axe;
    const result = await axe.run();
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
  });
}

describe('creating briefings from templates in Chromium', () => {
  it('creates a briefing from each built-in template and opens it in the editor route', async () => {
    const app = await openWithSettings();
    const screen = new NewBriefingPage(app.page);
    for (const template of builtInTemplates) {
      await screen.open();
      await screen.template(template.name).check();
      await screen.title.fill(`${template.name}: test from the UI`);
      await screen.create.click();
      const id = await screen.waitForEditorRoute();
      expect(await app.page.title()).toBe('Editor — Briefdesk');

      const stored = await app.page.evaluate((briefingId) => window.briefdesk?.briefings.get({ id: briefingId }), id);
      if (!stored?.ok) throw new Error(`briefings.get failed: ${JSON.stringify(stored)}`);
      const briefing = stored.value;
      expect(briefing.templateId).toBe(template.id);
      expect(briefing.metadata).toMatchObject({
        title: `${template.name}: test from the UI`,
        datelinePlace: 'KHARKIV',
        authors: ['Dana Reyes'],
        classification: { level: 'public' },
        status: 'draft',
      });
      expect(briefing.metadata.asOf).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00[+-]\d{2}:\d{2}\[[\w/+-]+\]$/);
      expect(sectionKinds(briefing.content)).toEqual(sectionKinds(template.content));
      expect(JSON.stringify(briefing)).not.toMatch(/\{\{\s*(date|time|dateline|author|reportNumber)\s*\}\}/);
    }
    const listed = await app.page.evaluate(() => window.briefdesk?.briefings.list());
    expect(listed?.ok && listed.value.length).toBe(builtInTemplates.length);
    expect(app.pageErrors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });

  it('numbers sitreps, keeps the template’s title when none is given, and works from the keyboard', async () => {
    const app = await openWithSettings();
    const screen = new NewBriefingPage(app.page);
    await screen.open();
    expect(await screen.template('Situation update').isChecked()).toBe(true);
    expect(await seriousAxeViolations(app.page)).toEqual([]);
    await screen.template('Situation update').focus();
    await app.page.keyboard.press('ArrowDown');
    expect(await screen.template('Humanitarian situation report').isChecked()).toBe(true);
    await app.page.keyboard.press('Tab');
    expect(await app.page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('title');
    await app.page.keyboard.press('Enter');
    const first = await screen.waitForEditorRoute();
    await screen.open();
    await screen.template('Humanitarian situation report').check();
    await app.page.getByText('this briefing will be report No. 2.').waitFor();
    await screen.create.click();
    await app.page.waitForFunction((previous) => !window.location.hash.endsWith(previous), first);
    const second = await screen.waitForEditorRoute();
    const titles = await app.page.evaluate(
      async (ids) => Promise.all(ids.map((id) => window.briefdesk?.briefings.get({ id }))),
      [first, second],
    );
    expect(titles.map((result) => (result?.ok ? result.value.metadata.title : result))).toEqual([
      'Situation Report No. 1',
      'Situation Report No. 2',
    ]);
  });

  it('reopens the screen a hash names, and shows main’s refusal of a bad title', async () => {
    const app = await openWithSettings();
    await app.page.getByRole('heading', { level: 1 }).first().waitFor();
    await app.page.evaluate(() => {
      window.location.hash = '#/new-briefing';
    });
    // The app follows a new hash by putting its current screen's hash back until the screen has changed (so a
    // screen holding unsaved changes can keep the user): reload only once the address names the new screen.
    const screen = new NewBriefingPage(app.page);
    await screen.heading.waitFor();
    await app.page.waitForFunction(() => window.location.hash === '#/new-briefing');
    await app.page.reload();
    await screen.heading.waitFor();
    await screen.title.fill('x'.repeat(301));
    await screen.create.click();
    await screen.error.waitFor();
    expect(await screen.error.textContent()).toBe('The title can be at most 300 characters.');
    expect(await app.page.evaluate(() => window.location.hash)).toBe('#/new-briefing');
  });
});

describe('managing templates in Chromium', () => {
  it('saves a briefing’s structure as a template, uses it, renames it and deletes it after confirming', async () => {
    const app = await openWithSettings();
    const created = await app.page.evaluate(() =>
      window.briefdesk?.briefings.createFromTemplate({ templateId: 'negotiations-tracker', title: 'Geneva talks' }),
    );
    if (!created?.ok) throw new Error('could not create the source briefing');
    const templates = new TemplatesPage(app.page);
    await templates.open();
    expect(await templates.ownTemplates.textContent()).toContain('None yet');
    expect(await templates.builtInTemplates.getByRole('heading', { level: 3 }).allInnerTexts()).toEqual(
      builtInTemplates.map((template) => template.name),
    );
    expect(await seriousAxeViolations(app.page)).toEqual([]);

    await app.page.getByRole('combobox', { name: 'Briefing' }).selectOption({ label: 'Geneva talks' });
    await app.page.getByRole('button', { name: 'Save as template…' }).click();
    await templates.dialog.getByRole('heading', { name: 'Save as template' }).waitFor();
    expect(await app.page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('templateName');
    expect(await templates.dialog.getByRole('radio', { name: /Structure only/ }).isChecked()).toBe(true);
    expect(await seriousAxeViolations(app.page)).toEqual([]);
    await templates.dialog.getByRole('button', { name: 'Save template' }).click();
    await templates.dialog.getByRole('alert').waitFor();
    expect(await templates.dialog.getByRole('alert').textContent()).toContain('Give the template a name');
    await templates.dialog.getByLabel('Template name').fill('Geneva tracker');
    await templates.dialog.getByLabel('Description (optional)').fill('Weekly, Fridays');
    await templates.dialog.getByRole('button', { name: 'Save template' }).click();
    await templates.dialog.getByText('“Geneva tracker” is now in your templates').waitFor();
    await app.page.keyboard.press('Enter');
    await templates.dialog.waitFor({ state: 'detached' });
    const own = templates.ownTemplate('Geneva tracker');
    await own.waitFor();
    expect(await own.textContent()).toContain('Weekly, Fridays');

    await own.getByRole('button', { name: 'Use Geneva tracker' }).click();
    const screen = new NewBriefingPage(app.page);
    await screen.heading.waitFor();
    expect(await screen.template('Geneva tracker').isChecked()).toBe(true);
    await screen.create.click();
    const id = await screen.waitForEditorRoute();
    const fromTemplate = await app.page.evaluate(
      (briefingId) => window.briefdesk?.briefings.get({ id: briefingId }),
      id,
    );
    if (!fromTemplate?.ok) throw new Error('could not open the briefing made from the user template');
    expect(sectionKinds(fromTemplate.value.content)).toEqual(sectionKinds(created.value.content));
    expect(fromTemplate.value.metadata.title).toBe('');

    await templates.open();
    await own.getByRole('button', { name: 'Rename Geneva tracker' }).click();
    const row = templates.ownTemplates.getByRole('listitem');
    const renameForm = row.getByRole('form', { name: 'Rename Geneva tracker' });
    const nameField = renameForm.getByRole('textbox', { name: 'Name' });
    expect(await nameField.evaluate((element) => element === document.activeElement)).toBe(true);
    await nameField.fill('Flash alert');
    await renameForm.getByRole('button', { name: 'Save' }).click();
    await row.getByRole('alert').waitFor();
    expect(await row.getByRole('alert').textContent()).toBe(
      'A template called “Flash alert” already exists. Choose another name.',
    );
    await nameField.fill('Geneva talks tracker');
    await renameForm.getByRole('button', { name: 'Save' }).click();
    const renamed = templates.ownTemplate('Geneva talks tracker');
    await renamed.waitFor();

    await renamed.getByRole('button', { name: 'Delete Geneva talks tracker' }).click();
    await templates.dialog.getByRole('heading', { name: 'Delete this template?' }).waitFor();
    expect(await app.page.evaluate(() => document.activeElement?.textContent)).toBe('Keep it');
    expect(await seriousAxeViolations(app.page)).toEqual([]);
    await app.page.keyboard.press('Escape');
    await templates.dialog.waitFor({ state: 'detached' });
    await renamed.getByRole('button', { name: 'Delete Geneva talks tracker' }).click();
    await templates.dialog.getByRole('button', { name: 'Delete template' }).click();
    await templates.status.filter({ hasText: 'Deleted the template “Geneva talks tracker”.' }).waitFor();
    expect(await templates.ownTemplates.textContent()).toContain('None yet');
    const remaining = await app.page.evaluate(() => window.briefdesk?.templates.list());
    expect(remaining?.ok && remaining.value.filter((template) => !template.builtIn)).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
