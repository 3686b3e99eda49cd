import { describe, expect, it } from 'vitest';
import { everyNodeBriefing } from '../../../tests/fixtures/briefings/every-node-briefing';
import { nextUpdateFrom } from './next-update';

describe('nextUpdateFrom', () => {
  const previous = everyNodeBriefing();
  const next = nextUpdateFrom(
    {
      ...previous,
      metadata: {
        ...previous.metadata,
        status: 'published',
        unlocked: { by: 'Sam', at: '2026-11-26T10:00:00+02:00[Europe/Kyiv]' },
      },
    },
    new Date('2026-11-27T06:30:00Z'),
  );

  it('gives report number +1, a new “as of” now in the briefing’s zone, no embargo and a link back', () => {
    expect(next.metadata).toMatchObject({
      reportNumber: 4,
      asOf: '2026-11-27T08:30:00+02:00[Europe/Kyiv]',
      embargoUntil: '',
      previousReportId: 'fixture-every-node',
      status: 'draft',
      unlocked: null,
    });
  });

  it('carries over the text, the sources and the corrections log', () => {
    expect(next.content).toEqual(previous.content);
    expect(next.metadata.sources).toEqual(previous.metadata.sources);
    expect(next.metadata.corrections).toEqual(previous.metadata.corrections);
    expect(next.metadata.title).toBe(previous.metadata.title);
  });

  it('starts the series at report 2 when the first report had no number', () => {
    const first = { ...previous, metadata: { ...previous.metadata, reportNumber: null } };
    expect(nextUpdateFrom(first, new Date()).metadata.reportNumber).toBe(2);
  });
});
