import { describe, expect, it } from 'vitest';
import { checkBriefingContent } from '../document/briefing-content';
import type { BriefingTemplate } from './briefing-template';
import { instantiateTemplate, TemplateInstantiationError } from './instantiate-template';
import { unknownTemplateVariables } from './summarize-template';
import { describeMoment } from './template-clock';

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

function template(overrides: Partial<BriefingTemplate> = {}): BriefingTemplate {
  return {
    id: 'test',
    name: 'Test',
    description: '',
    builtIn: false,
    metadata: {},
    content: { type: 'doc', content: [paragraph('By {{author}} in {{dateline}} on {{date}} at {{time}}')] },
    ...overrides,
  };
}

const options = {
  settings: {
    authorName: 'Amira Haddad',
    defaultDateline: 'GAZA CITY',
    defaultClassification: 'internal',
    customClassificationLabel: '',
  },
  now: new Date('2026-07-01T21:45:30Z'),
  systemTimeZone: 'Asia/Gaza',
  reportNumber: null,
} as const;

describe('describeMoment', () => {
  it('gives text and ISO forms in the time zone, with its offset', () => {
    expect(describeMoment(new Date('2026-07-01T21:45:30Z'), 'Asia/Kolkata')).toEqual({
      dateText: '2 July 2026',
      timeText: '03:15 GMT+5:30',
      isoDate: '2026-07-02',
      isoTime: '03:15',
      isoDateTime: '2026-07-02T03:15:00+05:30[Asia/Kolkata]',
    });
    expect(describeMoment(new Date('2026-01-15T03:00:00Z'), 'America/New_York').isoDateTime).toBe(
      '2026-01-14T22:00:00-05:00[America/New_York]',
    );
    expect(describeMoment(new Date('2026-07-15T03:00:00Z'), 'America/New_York').isoDateTime).toBe(
      '2026-07-14T23:00:00-04:00[America/New_York]',
    );
    expect(describeMoment(new Date('2026-07-15T03:00:00Z'), 'UTC').timeText).toBe('03:00 UTC');
  });
});

describe('instantiateTemplate', () => {
  it('fills variables in text from the settings and the clock in the system time zone', () => {
    const made = instantiateTemplate(template(), options);
    expect(made.content.content?.[0]).toEqual(paragraph('By Amira Haddad in GAZA CITY on 2 July 2026 at 00:45 EEST'));
    expect(made.metadata.timeZone).toBe('Asia/Gaza');
  });

  it('uses the template’s own time zone and fills metadata in ISO form', () => {
    const made = instantiateTemplate(
      template({
        metadata: {
          timeZone: 'Europe/London',
          title: '{{dateline}} daily, {{date}}',
          datelinePlace: '{{dateline}}',
          authors: ['{{author}}', 'Desk editor'],
          eventDate: '{{date}}',
          eventTime: '{{time}}',
          asOf: '{{date}}T{{time}}',
          tags: ['{{dateline}}'],
        },
      }),
      options,
    );
    expect(made.metadata).toMatchObject({
      title: 'GAZA CITY daily, 1 July 2026',
      timeZone: 'Europe/London',
      eventDate: '2026-07-01',
      eventTime: '22:45',
      asOf: '2026-07-01T22:45:00+01:00[Europe/London]',
      authors: ['Amira Haddad', 'Desk editor'],
      tags: ['GAZA CITY'],
      reportNumber: null,
    });
  });

  it('leaves unknown variables visible and reports them, never evaluating anything', () => {
    const hostile = '{{constructor}} {{__proto__}} {{toString}} {{ date }} {{process.exit()}} {{}} {{place}}';
    const made = instantiateTemplate(template({ content: { type: 'doc', content: [paragraph(hostile)] } }), options);
    expect(made.content.content?.[0]).toEqual(
      paragraph('{{constructor}} {{__proto__}} {{toString}} 2 July 2026 {{process.exit()}} {{}} {{place}}'),
    );
    expect(made.unknownVariables).toEqual([
      '{{constructor}}',
      '{{__proto__}}',
      '{{toString}}',
      '{{process.exit()}}',
      '{{}}',
      '{{place}}',
    ]);
    expect(unknownTemplateVariables(template({ content: { type: 'doc', content: [paragraph(hostile)] } }))).toEqual(
      made.unknownVariables,
    );
  });

  it('fills a variable without a value with nothing, drops emptied text and reports it', () => {
    const made = instantiateTemplate(
      template({
        metadata: { authors: ['{{author}}'] },
        content: {
          type: 'doc',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: '{{author}}', marks: [{ type: 'bold' }] }] }],
        },
      }),
      { ...options, settings: { ...options.settings, authorName: '' } },
    );
    expect(made.content.content?.[0]).toEqual({ type: 'paragraph', content: [] });
    expect(checkBriefingContent(made.content).ok).toBe(true);
    expect(made.metadata.authors).toEqual([]);
    expect(made.unsetVariables).toEqual(['author']);
  });

  it('takes the author’s title, the report number and the classification from settings', () => {
    const made = instantiateTemplate(template({ metadata: { title: 'Report {{reportNumber}}' } }), {
      ...options,
      reportNumber: 7,
      title: '  Rafah crossing reopens  ',
      settings: { ...options.settings, defaultClassification: 'custom', customClassificationLabel: 'EYES ONLY' },
    });
    expect(made.metadata).toMatchObject({
      title: 'Rafah crossing reopens',
      reportNumber: 7,
      classification: { level: 'custom', customLabel: 'EYES ONLY' },
    });
  });

  it('refuses a template whose metadata cannot become a briefing’s', () => {
    expect(() => instantiateTemplate(template({ metadata: { eventDate: 'tomorrow' } }), options)).toThrow(
      TemplateInstantiationError,
    );
  });
});
