import { describe, expect, it } from 'vitest';
import { briefingMetadataSchema } from '../../../electron/common/briefing/briefing-metadata';
import { changeDraft, draftFromMetadata, metadataFromDraft, statusActionsFrom } from './metadata-draft';

const metadata = briefingMetadataSchema.parse({
  title: 'Russia launches 42 drone strikes',
  datelinePlace: 'KYIV',
  timeZone: 'Europe/Kyiv',
  eventDate: '2026-11-26',
  eventTime: '01:30',
  asOf: '2026-11-26T06:00:00+02:00[Europe/Kyiv]',
  nextUpdate: '2026-11-27T09:00:00+02:00[Europe/Kyiv]',
  periodStart: '2026-11-20',
  periodEnd: '2026-11-26',
  authors: ['Dana Reyes', 'Amira Haddad'],
  tags: ['ukraine', 'drones'],
  classification: { level: 'custom', customLabel: 'Partners only' },
  reportNumber: 12,
});

describe('metadata draft', () => {
  it('round-trips metadata through the form', () => {
    const draft = draftFromMetadata(metadata);
    expect(draft).toMatchObject({
      asOf: '2026-11-26T06:00',
      eventTime: '01:30',
      authors: 'Dana Reyes, Amira Haddad',
      reportNumber: '12',
    });
    expect(metadataFromDraft(draft)).toEqual({ ok: true, metadata });
  });

  it('reads lists and empty numbers', () => {
    const draft = { ...draftFromMetadata(metadata), tags: ' war,  , talks ', reportNumber: '' };
    expect(metadataFromDraft(draft)).toMatchObject({
      ok: true,
      metadata: { tags: ['war', 'talks'], reportNumber: null },
    });
  });

  it('keeps every instant when the zone changes and shows the new wall clock', () => {
    const inNewYork = changeDraft(draftFromMetadata(metadata), { timeZone: 'America/New_York' });
    expect(inNewYork).toMatchObject({
      asOf: '2026-11-25T23:00',
      nextUpdate: '2026-11-27T02:00',
      eventDate: '2026-11-25',
      eventTime: '18:30',
      periodStart: '2026-11-20',
      periodEnd: '2026-11-26',
    });
    expect(metadataFromDraft(inNewYork)).toMatchObject({
      ok: true,
      metadata: {
        timeZone: 'America/New_York',
        asOf: '2026-11-25T23:00:00-05:00[America/New_York]',
        nextUpdate: '2026-11-27T02:00:00-05:00[America/New_York]',
      },
    });
  });

  it('keeps the instant while a new zone name is typed through names that are not zones', () => {
    let draft = draftFromMetadata(metadata);
    for (const typed of ['', 'U', 'UT']) {
      draft = changeDraft(draft, { timeZone: typed });
      expect(metadataFromDraft(draft)).toMatchObject({ ok: false, field: 'timeZone' });
    }
    draft = changeDraft(draft, { timeZone: 'UTC' });
    expect(metadataFromDraft(draft)).toMatchObject({ ok: true, metadata: { asOf: '2026-11-26T04:00:00+00:00[UTC]' } });
  });

  it.each([
    ['timeZone', { timeZone: 'Mars/Olympus' }, /IANA/],
    ['reportNumber', { reportNumber: 'twelve' }, /whole number/],
    ['title', { title: 'x'.repeat(301) }, /at most 300/],
    ['periodEnd', { periodStart: '2026-11-20', periodEnd: '2026-11-19' }, /cannot end before/],
    ['asOf', { asOf: '202608-11-26T06:00' }, /year 202608/],
    ['nextUpdate', { nextUpdate: '1 Dec 06:00' }, /no year/],
    ['eventDate', { eventDate: '1850-01-01' }, /between 1900 and 2100/],
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
