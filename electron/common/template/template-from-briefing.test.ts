import { describe, expect, it } from 'vitest';
import { briefingMetadataSchema } from '../briefing/briefing-metadata';
import { instantiateTemplate } from './instantiate-template';
import { templateFromBriefing } from './template-from-briefing';

const metadata = briefingMetadataSchema.parse({
  title: 'Sudan: Situation Report No. 7',
  datelinePlace: 'PORT SUDAN',
  timeZone: 'Africa/Khartoum',
  eventDate: '2026-11-20',
  asOf: '2026-11-20T18:00:00+02:00[Africa/Khartoum]',
  periodStart: '2026-11-14',
  periodEnd: '2026-11-20',
  nextUpdate: '2026-11-27T12:00:00+02:00[Africa/Khartoum]',
  embargoUntil: '2026-11-21T06:00:00+02:00[Africa/Khartoum]',
  authors: ['Amira Haddad', 'Desk'],
  desk: 'Africa',
  tags: ['sudan', 'sitrep'],
  status: 'published',
  classification: { level: 'confidential', customLabel: '' },
  reportNumber: 7,
});
const content = {
  type: 'doc' as const,
  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Fighting continued in El Fasher.' }] }],
};

describe('templateFromBriefing', () => {
  it('turns times into creation variables, the author into {{author}}, and continues the numbering', () => {
    const template = templateFromBriefing(
      { metadata, content },
      { id: 'user-x', name: 'Sudan sitrep', description: '', structureOnly: false },
    );
    expect(template.metadata).toEqual({
      title: 'Sudan: Situation Report No. 7',
      datelinePlace: 'PORT SUDAN',
      timeZone: 'Africa/Khartoum',
      authors: ['{{author}}'],
      desk: 'Africa',
      tags: ['sudan', 'sitrep'],
      classification: { level: 'confidential', customLabel: '' },
      eventDate: '{{date}}',
      eventTime: '',
      asOf: '{{date}}T{{time}}',
      periodEnd: '{{date}}',
      reportNumber: 8,
    });
    expect(template.content).toBe(content);
    const next = instantiateTemplate(template, {
      settings: {
        authorName: 'Lee Park',
        defaultDateline: 'NAIROBI',
        defaultClassification: 'public',
        customClassificationLabel: '',
      },
      now: new Date('2026-11-27T10:00:00Z'),
      systemTimeZone: 'Europe/Berlin',
      reportNumber: 8,
    });
    expect(next.metadata).toMatchObject({
      status: 'draft',
      authors: ['Lee Park'],
      timeZone: 'Africa/Khartoum',
      asOf: '2026-11-27T12:00:00+02:00[Africa/Khartoum]',
      periodStart: '',
      nextUpdate: '',
      embargoUntil: '',
      reportNumber: 8,
    });
  });

  it('drops the title and the text for a structure-only template', () => {
    const template = templateFromBriefing(
      { metadata: { ...metadata, datelinePlace: '', reportNumber: null }, content },
      { id: 'user-y', name: 'Skeleton', description: '', structureOnly: true },
    );
    expect(template.metadata).toMatchObject({ title: '', datelinePlace: '{{dateline}}', reportNumber: null });
    expect(template.content).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });
});
