import { describe, expect, it } from 'vitest';
import { defaultDisclaimerTexts } from './briefing/standard-disclaimers';
import { defaultSettings, settingsPatchSchema, settingsSchema } from './settings';

describe('settings schema', () => {
  it('fills every field with a default', () => {
    expect(defaultSettings).toEqual({
      authorName: '',
      defaultDateline: '',
      defaultPageSize: 'A4',
      defaultClassification: 'internal',
      customClassificationLabel: '',
      theme: 'system',
      defaultTimeZone: '',
      staleAsOfHours: 24,
      exportFolder: '',
      defaultLanguage: 'en',
      imageLongEdge: 2400,
      checkSpelling: true,
      exportDigits: 'western',
      disclaimerBoundaries: defaultDisclaimerTexts.boundaries,
      disclaimerCasualties: defaultDisclaimerTexts.casualties,
      disclaimerPeriodCovered: defaultDisclaimerTexts['period-covered'],
    });
    expect(defaultSettings.disclaimerCasualties).toContain('as reported by');
  });

  it('takes a disclaimer’s own text, trimmed, and refuses one too long or with control characters', () => {
    expect(settingsPatchSchema.parse({ disclaimerBoundaries: ' Maps are not to scale. ' })).toEqual({
      disclaimerBoundaries: 'Maps are not to scale.',
    });
    expect(settingsPatchSchema.safeParse({ disclaimerCasualties: 'x'.repeat(1001) }).success).toBe(false);
    expect(settingsPatchSchema.safeParse({ disclaimerPeriodCovered: 'Covers\u0007 a week' }).success).toBe(false);
  });

  it('takes Western or Arabic-Indic digits for exports, nothing else', () => {
    expect(settingsPatchSchema.parse({ exportDigits: 'arabic-indic' })).toEqual({ exportDigits: 'arabic-indic' });
    expect(settingsPatchSchema.safeParse({ exportDigits: 'eastern' }).success).toBe(false);
  });

  it('keeps the export folder out of what the renderer may change', () => {
    expect(settingsPatchSchema.safeParse({ exportFolder: '/home/dana/Shared' }).success).toBe(false);
    expect(settingsSchema.safeParse({ exportFolder: '/home/dana/line\nbreak' }).success).toBe(false);
  });

  it('trims names and keeps what it is given', () => {
    expect(settingsSchema.parse({ authorName: '  Dana Reyes ', defaultPageSize: 'Letter' })).toMatchObject({
      authorName: 'Dana Reyes',
      defaultPageSize: 'Letter',
    });
  });

  it('refuses unknown fields, bad enums, long and control-character names', () => {
    expect(settingsSchema.safeParse({ sneaky: 1 }).success).toBe(false);
    expect(settingsSchema.safeParse({ defaultPageSize: 'A3' }).success).toBe(false);
    expect(settingsSchema.safeParse({ authorName: 'x'.repeat(121) }).success).toBe(false);
    expect(settingsSchema.safeParse({ authorName: 'Dana\u0000' }).success).toBe(false);
  });

  it('takes an IANA default time zone, or empty for the computer’s own, and refuses anything else', () => {
    expect(settingsSchema.parse({ defaultTimeZone: 'Europe/Kyiv' }).defaultTimeZone).toBe('Europe/Kyiv');
    expect(settingsPatchSchema.safeParse({ defaultTimeZone: '' }).success).toBe(true);
    const refused = settingsPatchSchema.safeParse({ defaultTimeZone: 'Mars/Olympus' });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toMatch(/IANA name such as Europe\/Kyiv/);
  });
});

describe('settings patch schema', () => {
  it('keeps only the fields named, never filling in defaults', () => {
    expect(settingsPatchSchema.parse({ theme: 'dark' })).toEqual({ theme: 'dark' });
  });

  it('refuses an empty patch, unknown fields and non-objects', () => {
    expect(settingsPatchSchema.safeParse({}).success).toBe(false);
    expect(settingsPatchSchema.safeParse({ theme: 'dark', extra: true }).success).toBe(false);
    for (const value of [null, undefined, 'theme', 42, []]) {
      expect(settingsPatchSchema.safeParse(value).success).toBe(false);
    }
  });

  it('phrases errors for the user', () => {
    const result = settingsPatchSchema.safeParse({ defaultPageSize: 'A3' });
    expect(result.error?.issues[0]?.message).toBe('The page size must be A4 or Letter.');
  });
});

describe('the picture size limit', () => {
  it('takes a whole number of pixels between 640 and 10000, with a sentence otherwise', () => {
    expect(settingsPatchSchema.parse({ imageLongEdge: '3000' }).imageLongEdge).toBe(3000);
    for (const refused of [639, 10001, 1200.5, 'big']) {
      const result = settingsPatchSchema.safeParse({ imageLongEdge: refused });
      expect(result.success, String(refused)).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/^The largest picture size/);
    }
  });
});
