import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppNotice } from '../../common/app-info';
import { builtInTemplates } from '../../common/template/built-in-templates';
import { BriefingStore } from '../library/briefing-store';
import { SettingsStore } from '../settings/settings-store';
import { templatePaths } from './template-paths';
import { TemplateService } from './template-service';

let dataDir: string;

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-templates-'));
});

// Retries: a store's batched index and search writes may still be landing when a test ends.
afterEach(() => rm(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }));

async function open(notices: AppNotice[] = []) {
  const settings = await SettingsStore.open(dataDir, notices);
  const briefings = await BriefingStore.open(dataDir, notices);
  const templates = await TemplateService.open(dataDir, notices, {
    settings,
    briefings,
    now: () => new Date('2026-11-26T04:05:00Z'),
    systemTimeZone: () => 'Europe/Kyiv',
  });
  return { settings, briefings, templates, notices };
}

const text = (value: string) => ({ type: 'text', text: value });
const paragraph = (value: string) => ({ type: 'paragraph', content: [text(value)] });

describe('TemplateService', () => {
  it('lists the built-ins with their sections, and creates a stored briefing from each', async () => {
    const { settings, briefings, templates } = await open();
    await settings.update({ authorName: 'Dana Reyes', defaultDateline: 'ODESA' });
    const listed = templates.list();
    expect(listed.map((summary) => summary.id)).toEqual(builtInTemplates.map((template) => template.id));
    expect(listed[0]?.sections).toContain('Affected areas');
    for (const summary of listed) {
      const { briefing, unknownVariables, unsetVariables } = await templates.createBriefing({ templateId: summary.id });
      expect([unknownVariables, unsetVariables]).toEqual([[], []]);
      const stored = await briefings.get(briefing.id);
      expect(stored).toEqual(briefing);
      expect(stored.templateId).toBe(summary.id);
      expect(stored.metadata).toMatchObject({
        datelinePlace: 'ODESA',
        authors: ['Dana Reyes'],
        timeZone: 'Europe/Kyiv',
      });
      expect(JSON.stringify(stored)).not.toContain('{{');
      const kinds = stored.content.content?.filter((node) => node.type === 'section').map((node) => node.attrs?.kind);
      expect(kinds).toEqual(
        templates
          .get(summary.id)
          .content.content?.filter((node) => node.type === 'section')
          .map((node) => node.attrs?.kind),
      );
    }
    expect(briefings.list()).toHaveLength(5);
  });

  it('counts report numbers up per template and keeps counting after a restart', async () => {
    const first = await open();
    const numbers = [];
    for (let i = 0; i < 3; i += 1) {
      const { briefing } = await first.templates.createBriefing({ templateId: 'humanitarian-sitrep' });
      numbers.push(briefing.metadata.reportNumber);
    }
    expect(numbers).toEqual([1, 2, 3]);
    const flash = await first.templates.createBriefing({ templateId: 'flash-alert' });
    expect(flash.briefing.metadata.reportNumber).toBeNull();

    const reopened = await open();
    expect(reopened.templates.nextReportNumber('humanitarian-sitrep')).toBe(4);
    expect(reopened.templates.list().find((summary) => summary.id === 'humanitarian-sitrep')?.nextReportNumber).toBe(4);
    expect(reopened.templates.nextReportNumber('flash-alert')).toBeNull();
    const fourth = await reopened.templates.createBriefing({
      templateId: 'humanitarian-sitrep',
      title: 'Sudan: No. 4',
    });
    expect(fourth.briefing.metadata).toMatchObject({ reportNumber: 4, title: 'Sudan: No. 4' });
    const together = await Promise.all(
      [1, 2, 3].map(() => reopened.templates.createBriefing({ templateId: 'humanitarian-sitrep' })),
    );
    expect(together.map(({ briefing }) => briefing.metadata.reportNumber).sort()).toEqual([5, 6, 7]);
    const onDisk = JSON.parse(await readFile(templatePaths(dataDir).reportNumbers, 'utf8'));
    expect(onDisk).toEqual({ version: 1, last: { 'humanitarian-sitrep': 7 } });
  });

  it('saves a briefing’s structure only: text emptied, sections and guidance kept', async () => {
    const { templates, briefings } = await open();
    const { briefing } = await templates.createBriefing({ templateId: 'situation-update', title: 'Kharkiv strikes' });
    const section = briefing.content.content?.find((node) => node.attrs?.kind === 'what-happened');
    section?.content?.splice(1, 1, paragraph('Forty-two drones hit the city overnight.'));
    const edited = await briefings.save({ ...briefing, content: briefing.content });

    const summary = await templates.saveFromBriefing({
      briefingId: edited.id,
      name: 'Kharkiv structure',
      description: 'Our regional layout',
      structureOnly: true,
    });
    expect(summary).toMatchObject({ builtIn: false, name: 'Kharkiv structure', description: 'Our regional layout' });
    const skeleton = templates.get(summary.id);
    expect(JSON.stringify(skeleton.content)).not.toContain('Forty-two');
    expect(skeleton.metadata.title).toBe('');
    expect(skeleton.content).toEqual(templates.get('situation-update').content);
    expect(skeleton.titleGuidance).toBe(templates.get('situation-update').titleGuidance);

    const full = await templates.saveFromBriefing({
      briefingId: edited.id,
      name: 'Kharkiv full',
      description: '',
      structureOnly: false,
    });
    expect(JSON.stringify(templates.get(full.id).content)).toContain('Forty-two drones');
    const again = await templates.createBriefing({ templateId: full.id });
    expect(again.briefing.metadata.title).toBe('Kharkiv strikes');
    expect(again.briefing.templateId).toBe(full.id);
  });

  it('continues a numbered briefing’s report number in a template saved from it', async () => {
    const { templates } = await open();
    for (let i = 0; i < 7; i += 1) await templates.createBriefing({ templateId: 'humanitarian-sitrep' });
    const seventh = await templates.createBriefing({ templateId: 'humanitarian-sitrep' });
    expect(seventh.briefing.metadata.reportNumber).toBe(8);
    const saved = await templates.saveFromBriefing({
      briefingId: seventh.briefing.id,
      name: 'Sudan sitrep',
      structureOnly: true,
      description: '',
    });
    expect(saved.numbered).toBe(true);
    expect((await templates.createBriefing({ templateId: saved.id })).briefing.metadata.reportNumber).toBe(9);
  });

  it('renames, edits and deletes user templates durably, and refuses to touch built-ins', async () => {
    const { templates, briefings } = await open();
    const briefing = await briefings.create({ metadata: { title: 'Gaza daily' } });
    const saved = await templates.saveFromBriefing({
      briefingId: briefing.id,
      name: 'Gaza daily',
      description: '',
      structureOnly: false,
    });
    const renamed = await templates.rename({ id: saved.id, name: 'Gaza morning brief', description: 'For 07:00' });
    expect(renamed).toMatchObject({ name: 'Gaza morning brief', description: 'For 07:00' });
    expect((await open()).templates.get(saved.id)).toMatchObject({
      name: 'Gaza morning brief',
      description: 'For 07:00',
    });

    await expect(templates.rename({ id: saved.id, name: 'flash ALERT' })).rejects.toMatchObject({
      code: 'conflict',
      message: 'A template called “Flash alert” already exists. Choose another name.',
    });
    await expect(templates.rename({ id: 'flash-alert', name: 'Mine' })).rejects.toMatchObject({
      code: 'invalid-argument',
      message: expect.stringContaining('Built-in templates cannot be changed'),
    });
    await expect(templates.delete('daily-brief')).rejects.toMatchObject({ code: 'invalid-argument' });

    await templates.delete(saved.id);
    expect(templates.list().some((summary) => summary.id === saved.id)).toBe(false);
    expect(await readdir(templatePaths(dataDir).userTemplates)).toEqual([]);
    expect(() => templates.get(saved.id)).toThrow(/no longer exists/);
    await expect(templates.delete(saved.id)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('leaves unknown variables visible and reports them; fills unset ones with nothing', async () => {
    const { templates, briefings } = await open();
    const briefing = await briefings.create({
      content: { type: 'doc', content: [paragraph('Filed from {{place}} by {{author}} on {{date}}')] },
    });
    const saved = await templates.saveFromBriefing({
      briefingId: briefing.id,
      name: 'With a typo',
      description: '',
      structureOnly: false,
    });
    expect(saved.unknownVariables).toEqual(['{{place}}']);
    const made = await templates.createBriefing({ templateId: saved.id });
    expect(made.unknownVariables).toEqual(['{{place}}']);
    expect(made.unsetVariables).toEqual(['dateline', 'author']);
    expect(made.briefing.content.content?.[0]).toEqual(paragraph('Filed from {{place}} by  on 26 November 2026'));
  });

  it('sets a damaged template file and a damaged counter aside, and opens the rest', async () => {
    const { templates, briefings } = await open();
    const briefing = await briefings.create({ metadata: { title: 'Kept' } });
    const kept = await templates.saveFromBriefing({
      briefingId: briefing.id,
      name: 'Kept',
      description: '',
      structureOnly: false,
    });
    const paths = templatePaths(dataDir);
    await writeFile(path.join(paths.userTemplates, 'user-broken.json'), '{"schemaVersion": 1, "templ');
    const hostile = JSON.parse(await readFile(path.join(paths.userTemplates, `${kept.id}.json`), 'utf8'));
    hostile.template.id = 'user-hostile';
    hostile.template.content.content = [
      {
        type: 'paragraph',
        content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }],
      },
    ];
    await writeFile(path.join(paths.userTemplates, 'user-hostile.json'), JSON.stringify(hostile));
    await writeFile(paths.reportNumbers, '{"version": 1, "last": {"humanitarian-sitrep": "many"}}');
    await writeFile(
      path.join(paths.userTemplates, 'flash-alert.json'),
      JSON.stringify({
        ...hostile,
        template: {
          ...hostile.template,
          id: 'flash-alert',
          content: { type: 'doc', content: [{ type: 'paragraph' }] },
        },
      }),
    );

    const reopened = await open();
    expect(
      reopened.templates
        .list()
        .filter((summary) => !summary.builtIn)
        .map((summary) => summary.id),
    ).toEqual([kept.id]);
    expect(reopened.notices.map((notice) => notice.message)).toEqual([
      expect.stringContaining('flash-alert.json'),
      expect.stringContaining('user-broken.json'),
      expect.stringContaining('user-hostile.json'),
      expect.stringContaining('report numbers was damaged'),
    ]);
    expect(await readdir(path.join(dataDir, 'quarantine'))).toHaveLength(4);
    expect(reopened.templates.get('flash-alert').builtIn).toBe(true);
    expect(
      (await reopened.templates.createBriefing({ templateId: 'humanitarian-sitrep' })).briefing.metadata.reportNumber,
    ).toBe(1);
  });
});
