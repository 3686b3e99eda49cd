import { describe, expect, it } from 'vitest';
import type { Briefing } from '../../electron/common/briefing/briefing';
import { editorSessions } from './harness/editor-sessions';

const { open } = editorSessions();

const section = (title: string, text: string) => ({
  type: 'section',
  attrs: { kind: 'custom', guidance: '' },
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: title }] },
    { type: 'paragraph', content: [{ type: 'text', text }] },
  ],
});

const attack = section('Attack amid diplomacy', 'Forty-two drones were launched overnight.');
const areas = section('Targeted areas', 'Kharkiv: power outages. Odesa: port damaged.');
const response = section('International response', 'The EU condemned the strikes.');
const talks = section('Peace talks', 'Delegations meet again on Monday.');

describe('history in the editor', () => {
  it('names a version and compares two revisions side by side, showing a moved section as a move', async () => {
    const { app, editor } = await open();
    const { page } = app;
    const created = await editor.createBriefing({
      metadata: { title: 'Strikes amid talks', timeZone: 'Europe/Kyiv' },
      content: { type: 'doc', content: [attack, areas, response, talks] },
    });
    // A second revision, saved as the editor would: the areas section moved to the end, the status sent to the desk.
    const moved = await page.evaluate((changes) => window.briefdesk?.briefings.save(changes as never), {
      id: created.id,
      revision: created.revision,
      metadata: { ...created.metadata, status: 'in-review' },
      content: { type: 'doc', content: [attack, response, talks, areas] },
    });
    expect(moved?.ok).toBe(true);
    await editor.open(created.id);
    await page.getByRole('button', { name: 'History' }).click();
    const panel = page.getByRole('region', { name: 'History' });

    await panel.getByRole('listitem').filter({ hasText: 'Revision 2 “Sent to desk”' }).waitFor();
    await panel.getByLabel('Name this version').fill('Checked by Sam');
    await panel.getByRole('button', { name: 'Save name' }).click();
    // The newest saved revision takes the name, listed once.
    await panel.getByRole('listitem').filter({ hasText: 'Revision 2 “Checked by Sam”' }).waitFor();
    const labels = await panel.locator('.revision-label strong').allTextContents();
    expect(labels).toEqual(['Revision 2 “Checked by Sam”', 'Revision 1']);

    await panel.getByRole('checkbox', { name: 'Choose revision 1 to compare' }).check();
    await panel.getByRole('checkbox', { name: 'Choose revision 2 to compare' }).check();
    await panel.getByRole('button', { name: 'Compare side by side' }).click();
    const comparison = page.getByRole('region', { name: 'Comparison of Revision 1 and Revision 2 “Checked by Sam”' });
    await comparison.waitFor();
    const kinds = (side: string) =>
      comparison.getByRole('region', { name: side }).locator('.comparison-block-kind').allTextContents();
    expect(await kinds('Older: Revision 1')).toEqual(['Unchanged', 'Moved — now block 4', 'Unchanged', 'Unchanged']);
    expect(await kinds('Newer: Revision 2 “Checked by Sam”')).toEqual([
      'Unchanged',
      'Unchanged',
      'Unchanged',
      'Moved — was block 2',
    ]);
    expect(await comparison.locator('ins, del').count()).toBe(0);
    expect(await comparison.getByText('0 words added, 0 removed, 1 section moved.').count()).toBe(1);
    const statusRow = comparison.getByRole('row', { name: /Status/ });
    expect(await statusRow.getByRole('cell').allTextContents()).toEqual(['Draft', 'In review']);

    const stored = await page.evaluate((id) => window.briefdesk?.history.list({ id }), created.id);
    const briefing: Briefing = await editor.stored(created.id);
    expect(stored?.ok && stored.value.map((entry) => entry.name)).toEqual(['Checked by Sam', undefined]);
    expect(stored?.ok && stored.value[0]?.revision).toBe(briefing.revision);
    expect(await page.getByRole('alert').count()).toBe(0);
  });
});
