import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { checkBriefingContent } from '../document/briefing-content';
import { builtInTemplates } from './built-in-templates';
import { instantiateTemplate } from './instantiate-template';
import { sectionLibrary } from './section-library';
import { summarizeTemplate } from './summarize-template';
import { checkTemplate } from './template-schema';

const settings = {
  authorName: 'Dana Reyes',
  defaultDateline: 'KHARKIV',
  defaultClassification: 'confidential',
  customClassificationLabel: '',
} as const;
const now = new Date('2026-11-26T06:15:00Z');

function sections(content: JSONContent): JSONContent[] {
  return (content.content ?? []).filter((node) => node.type === 'section');
}

/** The text a reader sees, one line per block. */
function allText(node: JSONContent): string {
  if (node.type === 'text') return node.text ?? '';
  const inline = (node.content ?? []).every((child) => child.type === 'text');
  return (node.content ?? []).map(allText).join(inline ? '' : '\n');
}

describe('the built-in templates', () => {
  it('are the five formats, in order', () => {
    expect(builtInTemplates.map((template) => template.id)).toEqual([
      'situation-update',
      'humanitarian-sitrep',
      'flash-alert',
      'daily-brief',
      'negotiations-tracker',
    ]);
  });

  it.each(builtInTemplates.map((template) => [template.id, template] as const))(
    '%s is valid and instantiates with every variable filled',
    (_, template) => {
      expect(checkBriefingContent(template.content).ok).toBe(true);
      expect(checkTemplate(template)).toEqual({ ok: true });
      const made = instantiateTemplate(template, {
        settings,
        now,
        systemTimeZone: 'Europe/Kyiv',
        reportNumber: 4,
      });
      const check = checkBriefingContent(made.content);
      expect(check.ok ? 'ok' : check.message).toBe('ok');
      expect(made.unknownVariables).toEqual([]);
      expect(made.unsetVariables).toEqual([]);
      expect(JSON.stringify(made)).not.toContain('{{');
      expect(made.metadata).toMatchObject({
        datelinePlace: 'KHARKIV',
        authors: ['Dana Reyes'],
        timeZone: 'Europe/Kyiv',
        asOf: '2026-11-26T08:15:00+02:00[Europe/Kyiv]',
        status: 'draft',
        classification: { level: 'confidential', customLabel: '' },
      });
      expect(sections(made.content).length).toBeGreaterThanOrEqual(2);
      for (const section of sections(made.content)) {
        expect(section.attrs?.guidance, String(section.attrs?.kind)).toMatch(/^\S+( \S+){5,}/);
        // The editor shows the guidance in the empty paragraph right under the heading.
        expect(section.content?.[1], String(section.attrs?.kind)).toEqual({ type: 'paragraph' });
      }
    },
  );

  it('carry real structure: lists, key figures with empty values, tables and numbered reports', () => {
    const byId = Object.fromEntries(builtInTemplates.map((template) => [template.id, template]));
    const kinds = (id: string) => sections(byId[id]?.content ?? {}).map((section) => section.attrs?.kind);
    expect(kinds('situation-update')).toEqual([
      'lede',
      'key-figures',
      'what-happened',
      'affected-areas',
      'casualties-and-damage',
      'response',
      'diplomacy',
      'background',
      'whats-next',
      'sources',
    ]);
    expect(kinds('humanitarian-sitrep')).toEqual([
      'highlights',
      'key-figures',
      'situation-overview',
      'needs-and-response',
      'funding',
      'contacts',
    ]);
    expect(kinds('flash-alert')).toEqual(['alert', 'alert-details']);
    expect(kinds('daily-brief').filter((kind) => kind === 'brief-item')).toHaveLength(3);
    expect(kinds('negotiations-tracker')).toEqual(
      expect.arrayContaining(['parties', 'mediators', 'venue', 'agenda', 'next-session']),
    );
    const affected = sections(byId['situation-update']?.content ?? {}).find((s) => s.attrs?.kind === 'affected-areas');
    expect(affected?.content?.map((node) => node.type)).toEqual(['heading', 'paragraph', 'bulletList']);
    const figures = JSON.stringify(byId['humanitarian-sitrep']?.content);
    expect(figures).toContain('"label":"People in need"');
    expect(figures).not.toMatch(/"value":"[^"]/);
    expect(allText(byId['negotiations-tracker']?.content ?? {})).toMatch(/Agenda item\nStatus/);
    expect(summarizeTemplate(byId['humanitarian-sitrep'] as never).numbered).toBe(true);
    expect(summarizeTemplate(byId['flash-alert'] as never).numbered).toBe(false);
    expect(summarizeTemplate(byId['daily-brief'] as never).sections).toEqual([
      'Top lines',
      'Brief item',
      'Brief item',
      'Brief item',
      'Sources',
    ]);
  });

  it('fill the flash alert’s time and place lines and the sitrep’s numbered title', () => {
    const [flash, sitrep] = ['flash-alert', 'humanitarian-sitrep'].map((id) =>
      builtInTemplates.find((template) => template.id === id),
    );
    const options = { settings, now, systemTimeZone: 'Europe/Kyiv', reportNumber: 12 };
    const alert = instantiateTemplate(flash as never, { ...options, reportNumber: null });
    expect(allText(alert.content)).toMatch(/Time: 08:15 (EET|GMT\+2)/);
    expect(allText(alert.content)).toContain('Place: KHARKIV');
    expect(alert.metadata).toMatchObject({ eventDate: '2026-11-26', eventTime: '08:15', reportNumber: null });
    const report = instantiateTemplate(sitrep as never, options);
    expect(report.metadata).toMatchObject({
      title: 'Situation Report No. 12',
      reportNumber: 12,
      periodEnd: '2026-11-26',
    });
  });
});

describe('the section library', () => {
  it('holds every section of every built-in template, with the same prompt', () => {
    const library = new Map(sectionLibrary.map((definition) => [definition.kind, definition]));
    expect(library.size).toBe(sectionLibrary.length);
    for (const template of builtInTemplates) {
      for (const section of sections(template.content)) {
        const definition = library.get(String(section.attrs?.kind));
        expect(definition, `${template.id}: ${section.attrs?.kind}`).toBeDefined();
        expect(section.attrs?.guidance).toBe(definition?.guidance);
      }
    }
  });

  it.each(sectionLibrary.map((definition) => [definition.kind, definition] as const))(
    '%s inserts as a valid section',
    (_, definition) => {
      expect(definition.title || definition.label).toBeTruthy();
      expect(definition.content[0]).toEqual({ type: 'paragraph' });
      const doc = {
        type: 'doc',
        content: [
          {
            type: 'section',
            attrs: { kind: definition.kind, guidance: definition.guidance },
            content: [
              {
                type: 'heading',
                attrs: { level: 2 },
                content: definition.title ? [{ type: 'text', text: definition.title }] : [],
              },
              ...definition.content,
            ],
          },
        ],
      };
      const check = checkBriefingContent(doc);
      expect(check.ok ? 'ok' : check.message).toBe('ok');
    },
  );
});
