import { describe, expect, it } from 'vitest';
import { exportLocaleOf } from '../../common/language/export-locale';
import {
  exportLocaleOfBriefings,
  formatExportNumber,
  formatIsoDate,
  formatIsoDateTime,
  formatWallClockTime,
  machineDateTime,
} from './format-export-date';

const english = exportLocaleOf('en', 'western');

describe('export date formatting', () => {
  it('prints a stored time in its own zone, with the zone beside it', () => {
    expect(formatIsoDateTime('2026-11-26T06:00:00+02:00[Europe/Kyiv]', 'UTC', english)).toBe(
      '26 November 2026 at 06:00 EET (Europe/Kyiv)',
    );
    expect(formatIsoDateTime('2026-11-26T04:00:00+00:00[UTC]', 'Europe/Kyiv', english)).toBe(
      '26 November 2026 at 04:00 UTC',
    );
    expect(formatIsoDateTime('2026-11-26T06:00:00+05:30[Asia/Kolkata]', 'UTC', english)).toBe(
      '26 November 2026 at 06:00 GMT+5:30 (Asia/Kolkata)',
    );
  });

  it('prints an instant in the zone it is given', () => {
    expect(formatIsoDateTime('2026-11-26T07:45:00.000Z', 'UTC', english)).toBe('26 November 2026 at 07:45 UTC');
    expect(formatIsoDateTime('2026-11-26T07:45:00Z', 'Europe/Kyiv', english)).toBe(
      '26 November 2026 at 09:45 EET (Europe/Kyiv)',
    );
  });

  it('never prints text that is not a time as if it were one', () => {
    for (const text of ['1 Dec 06:00', '01/12/2026 06:00', 'this morning', '2026-11-26T06:00']) {
      expect(formatIsoDateTime(text, 'Europe/Kyiv', english)).toBe('');
    }
  });

  it('gives HTML an ISO time with its offset', () => {
    expect(machineDateTime('2026-11-26T06:00:00+02:00[Europe/Kyiv]')).toBe('2026-11-26T06:00:00+02:00');
  });
});

describe('dates and numbers in the briefing’s language', () => {
  // 06:00 in Kyiv on 1 December 2026 is 04:00 UTC: every language prints the briefing's own wall clock.
  const asOf = '2026-12-01T06:00:00+02:00[Europe/Kyiv]';
  const written: Record<string, { dateTime: string; date: string }> = {
    en: { dateTime: '1 December 2026 at 06:00 EET (Europe/Kyiv)', date: '1 December 2026' },
    'en-US': { dateTime: 'December 1, 2026 at 06:00 GMT+2 (Europe/Kyiv)', date: 'December 1, 2026' },
    fr: { dateTime: '1 décembre 2026 à 06:00 UTC+2 (Europe/Kyiv)', date: '1 décembre 2026' },
    es: { dateTime: '1 de diciembre de 2026 a las 06:00 EET (Europe/Kyiv)', date: '1 de diciembre de 2026' },
    uk: { dateTime: '1 грудня 2026 р. о 06:00 GMT+2 (Europe/Kyiv)', date: '1 грудня 2026 р.' },
    ru: { dateTime: '1 декабря 2026 г. в 06:00 GMT+2 (Europe/Kyiv)', date: '1 декабря 2026 г.' },
    ar: { dateTime: '1 ديسمبر 2026 في 06:00 غرينتش+2 (Europe/Kyiv)', date: '1 ديسمبر 2026' },
  };

  for (const [language, expected] of Object.entries(written)) {
    it(`writes ${language} dates and times as ${language} readers expect, in the briefing’s zone`, () => {
      const locale = exportLocaleOf(language, 'western');
      expect(formatIsoDateTime(asOf, 'UTC', locale)).toBe(expected.dateTime);
      expect(formatIsoDate('2026-12-01', locale)).toBe(expected.date);
    });
  }

  it('writes Arabic-Indic digits only in Arabic briefings and only when the user chose them', () => {
    expect(formatIsoDateTime(asOf, 'UTC', exportLocaleOf('ar', 'arabic-indic'))).toBe(
      '١ ديسمبر ٢٠٢٦ في ٠٦:٠٠ غرينتش+٢ (Europe/Kyiv)',
    );
    expect(formatIsoDate('2026-12-01', exportLocaleOf('ar', 'arabic-indic'))).toBe('١ ديسمبر ٢٠٢٦');
    expect(formatExportNumber(2026, exportLocaleOf('ar', 'arabic-indic'))).toBe('٢٠٢٦');
    expect(formatWallClockTime('09:15', exportLocaleOf('ar', 'arabic-indic'))).toBe('٠٩:١٥');
    // Western digits otherwise, even where Intl would pick ٠–٩ by itself (Egyptian Arabic).
    expect(formatExportNumber(2026, exportLocaleOf('ar-EG', 'western'))).toBe('2026');
    expect(formatIsoDate('2026-12-01', exportLocaleOf('ar-EG', 'western'))).toBe('1 ديسمبر 2026');
    expect(formatExportNumber(2026, exportLocaleOf('fr', 'arabic-indic'))).toBe('2026');
    expect(formatWallClockTime('09:15', exportLocaleOf('ru', 'arabic-indic'))).toBe('09:15');
  });

  it('writes an export of briefings in several languages in English', () => {
    const briefing = (language: string) =>
      ({ metadata: { language } }) as Parameters<typeof exportLocaleOfBriefings>[0][0];
    expect(exportLocaleOfBriefings([briefing('fr'), briefing('fr')], undefined)).toEqual({
      locale: 'fr',
      numberingSystem: 'latn',
    });
    expect(exportLocaleOfBriefings([briefing('fr'), briefing('ar')], 'arabic-indic')).toEqual({
      locale: 'en-GB',
      numberingSystem: 'latn',
    });
  });
});
