import { describe, expect, it } from 'vitest';
import { readDateline, readMachineDate, readPeriod, readWrittenDate } from './read-dates';

const now = new Date('2026-11-26T09:00:00Z');

describe('reading dates and datelines', () => {
  it.each([
    ['KYIV, Nov 25 (Reuters) – Russia launched…', { place: 'KYIV', date: '2026-11-25' }],
    ['KHARKIV, Ukraine, Nov 24 (AP) — A drone…', { place: 'KHARKIV', date: '2026-11-24' }],
    ['GENEVA (AFP) - The UN said…', { place: 'GENEVA' }],
    ['NEW YORK, December 30 - Markets…', { place: 'NEW YORK', date: '2025-12-30' }],
    ['PORT-AU-PRINCE, 3 March 2026 (Reuters) — Gangs…', { place: 'PORT-AU-PRINCE', date: '2026-03-03' }],
  ])('reads the dateline of %s', (lede, expected) => {
    expect(readDateline(lede, now)).toEqual(expected);
  });

  it.each([
    'Kyiv, Nov 25 – lower-case places are not datelines',
    'The UN said on Tuesday – more to come',
    'KYIV – no date and no agency',
  ])('finds no dateline in “%s”', (lede) => {
    expect(readDateline(lede, now)).toBeUndefined();
  });

  it('reads written and machine dates, and refuses impossible ones', () => {
    expect(readWrittenDate('Published 25 November 2026', now)).toBe('2026-11-25');
    expect(readWrittenDate('Updated: Nov. 3, 2025 08:10', now)).toBe('2025-11-03');
    expect(readWrittenDate('31 February 2026', now)).toBeUndefined();
    expect(readMachineDate('2026-11-25T07:40:00+02:00')).toBe('2026-11-25');
    expect(readMachineDate('yesterday')).toBeUndefined();
  });

  it('reads a period covered', () => {
    expect(readPeriod('This report covers 18–24 November 2026.')).toEqual({ start: '2026-11-18', end: '2026-11-24' });
    expect(readPeriod('Period: 28 October – 3 November 2026')).toEqual({ start: '2026-10-28', end: '2026-11-03' });
    expect(readPeriod('28 December – 3 January 2027')).toEqual({ start: '2026-12-28', end: '2027-01-03' });
  });
});
