import { describe, expect, it } from 'vitest';
import { briefingMetadataSchema } from '../../../electron/common/briefing/briefing-metadata';
import { draftFromMetadata, metadataFromDraft, statusActionsFrom } from './metadata-draft';

const metadata = briefingMetadataSchema.parse({
  title: 'Russia launches 42 drone strikes',
  datelinePlace: 'KYIV',
  timeZone: 'Europe/Kyiv',
  asOf: '2026-11-26T06:00:00+02:00',
  authors: ['Dana Reyes', 'Amira Haddad'],
  tags: ['ukraine', 'drones'],
  classification: { level: 'custom', customLabel: 'Partners only' },
  reportNumber: 12,
});

describe('metadata draft', () => {
  it('round-trips metadata through the form', () => {
    const draft = draftFromMetadata(metadata);
    expect(draft).toMatchObject({ asOf: '2026-11-26T06:00', authors: 'Dana Reyes, Amira Haddad', reportNumber: '12' });
    expect(metadataFromDraft(draft)).toEqual({ ok: true, metadata });
  });

  it('reads lists, empty numbers and times in the briefing’s zone', () => {
    const draft = {
      ...draftFromMetadata(metadata),
      tags: ' war,  , talks ',
      reportNumber: '',
      timeZone: 'America/New_York',
    };
    const check = metadataFromDraft(draft);
    expect(check).toMatchObject({
      ok: true,
      metadata: { tags: ['war', 'talks'], reportNumber: null, asOf: '2026-11-26T06:00:00-05:00' },
    });
  });

  it.each([
    ['timeZone', { timeZone: 'Mars/Olympus' }, /IANA/],
    ['reportNumber', { reportNumber: 'twelve' }, /whole number/],
    ['title', { title: 'x'.repeat(301) }, /at most 300/],
    ['periodEnd', { periodStart: '2026-11-20', periodEnd: '2026-11-19' }, /cannot end before/],
  ])('names the field and the problem: %s', (field, change, message) => {
    const check = metadataFromDraft({ ...draftFromMetadata(metadata), ...change });
    expect(check).toMatchObject({ ok: false, field, message: expect.stringMatching(message) });
  });

  it('offers explicit status changes along the review path', () => {
    expect(statusActionsFrom('draft').map((action) => action.label)).toEqual(['Submit for review']);
    expect(statusActionsFrom('in-review').map((action) => action.to)).toEqual(['approved', 'draft']);
    expect(statusActionsFrom('approved')[0]?.label).toBe('Publish');
    expect(statusActionsFrom('published')[0]?.label).toBe('Archive');
  });
});
