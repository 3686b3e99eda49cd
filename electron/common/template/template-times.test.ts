import { describe, expect, it } from 'vitest';
import { parseBriefingTemplate } from './template-schema';

const savedBeforeZonedTimes = {
  id: 'user-6f1d2c3a-0b4e-4c5d-9e8f-1a2b3c4d5e6f',
  name: 'Kyiv morning update',
  description: '',
  builtIn: false,
  metadata: { timeZone: 'Europe/Kyiv', asOf: '{{date}}T{{time}}' },
  content: {
    type: 'doc',
    content: [
      {
        type: 'keyFigures',
        content: [
          {
            type: 'keyFigure',
            attrs: { value: '42', label: 'drones', source: 'Air Force', asOf: '2026-11-26T07:00:00+02:00' },
          },
          { type: 'keyFigure', attrs: { value: '9', label: 'wounded', source: 'Police', asOf: 'this morning' } },
          {
            type: 'keyFigure',
            attrs: { value: '3', label: 'fires', source: '', asOf: '2026-11-26T07:00:00+02:00[Europe/Kyiv]' },
          },
        ],
      },
    ],
  },
};

describe('a user template saved before times carried their zone', () => {
  it('still loads, its key figures’ “as of” read as instants and unreadable text kept beside the source', () => {
    const template = parseBriefingTemplate(savedBeforeZonedTimes);
    const figures = template.content.content?.[0]?.content?.map((figure) => figure.attrs);
    expect(figures).toEqual([
      { value: '42', label: 'drones', source: 'Air Force', asOf: '2026-11-26T07:00:00+02:00[Europe/Kyiv]' },
      { value: '9', label: 'wounded', source: 'Police (as of this morning)', asOf: '' },
      { value: '3', label: 'fires', source: '', asOf: '2026-11-26T07:00:00+02:00[Europe/Kyiv]' },
    ]);
    expect(template.metadata.asOf).toBe('{{date}}T{{time}}');
  });
});
