import { z } from 'zod';
import { defaultDisclaimerTexts } from './briefing/standard-disclaimers';
import { exportDigitChoices } from './language/export-locale';
import { languageTagSchema } from './language/language-tag';
import { shortTextSchema } from './text/short-text-schema';
import { isKnownTimeZone } from './time/zoned-time';

export const pageSizes = ['A4', 'Letter'] as const;
export const classificationLevels = ['public', 'internal', 'confidential', 'custom'] as const;
export const themePreferences = ['system', 'light', 'dark'] as const;

const personName = shortTextSchema('The author name', 120);
const placeName = shortTextSchema('The default dateline', 120);
const customLabel = shortTextSchema('A custom classification label', 40);

const settingsFields = {
  authorName: personName,
  defaultDateline: placeName,
  defaultPageSize: z.enum(pageSizes, { error: 'The page size must be A4 or Letter.' }),
  defaultClassification: z.enum(classificationLevels, {
    error: 'The classification must be public, internal, confidential or custom.',
  }),
  customClassificationLabel: customLabel,
  theme: z.enum(themePreferences, { error: 'The theme must be system, light or dark.' }),
  /** The zone new briefings start in; empty means the computer's own zone. */
  defaultTimeZone: z
    .string()
    .max(64)
    .refine(
      (zone) => zone === '' || isKnownTimeZone(zone),
      'The default time zone must be an IANA name such as Europe/Kyiv, or empty for the computer’s own zone.',
    ),
  /** The language new briefings are written in. */
  defaultLanguage: languageTagSchema,
  /** How exports of Arabic briefings write numbers: 0–9 (`western`) or ٠–٩ (`arabic-indic`). */
  exportDigits: z.enum(exportDigitChoices, { error: 'The digits must be western (0–9) or arabic-indic (٠–٩).' }),
  /** The pre-export check calls an "as of" stale once it is older than this many hours. */
  staleAsOfHours: z.coerce
    .number({ error: 'The age of a stale “as of” must be a number of hours.' })
    .int('The age of a stale “as of” must be a whole number of hours.')
    .min(1, 'The age of a stale “as of” must be at least 1 hour.')
    .max(8760, 'The age of a stale “as of” can be at most 8760 hours (a year).'),
  /** Pictures added to a figure are scaled down to this long edge and recompressed, unless the author keeps the original. */
  imageLongEdge: z.coerce
    .number({ error: 'The largest picture size must be a number of pixels.' })
    .int('The largest picture size must be a whole number of pixels.')
    .min(640, 'The largest picture size must be at least 640 pixels.')
    .max(10000, 'The largest picture size can be at most 10000 pixels.'),
  /** Misspellings are underlined in the editor (offline, in each block's language). */
  checkSpelling: z.boolean({ error: 'Spell checking must be turned on or off.' }),
  /** The standard disclaimers' texts, copied into a briefing when one is inserted. */
  disclaimerBoundaries: shortTextSchema('The disclaimer on boundaries and place names', 1000),
  disclaimerCasualties: shortTextSchema('The disclaimer on casualty figures', 1000),
  disclaimerPeriodCovered: shortTextSchema('The disclaimer on the period covered', 1000),
};

/** The user's preferences; every field has a default so a missing file is never an error. */
export const settingsSchema = z.strictObject({
  authorName: settingsFields.authorName.default(''),
  defaultDateline: settingsFields.defaultDateline.default(''),
  defaultPageSize: settingsFields.defaultPageSize.default('A4'),
  defaultClassification: settingsFields.defaultClassification.default('internal'),
  customClassificationLabel: settingsFields.customClassificationLabel.default(''),
  theme: settingsFields.theme.default('system'),
  defaultTimeZone: settingsFields.defaultTimeZone.default(''),
  staleAsOfHours: settingsFields.staleAsOfHours.default(24),
  /**
   * The folder the last export chosen in the Save dialog went to; exports default to it (else to the
   * Documents folder). Main records it; the renderer cannot set it, so it only ever names a folder the user picked.
   */
  exportFolder: z
    .string()
    .max(4096)
    .refine((folder) => [...folder].every((character) => character >= ' '), 'The export folder must be a plain path.')
    .default(''),
  defaultLanguage: settingsFields.defaultLanguage.default('en'),
  imageLongEdge: settingsFields.imageLongEdge.default(2400),
  checkSpelling: settingsFields.checkSpelling.default(true),
  disclaimerBoundaries: settingsFields.disclaimerBoundaries.default(defaultDisclaimerTexts.boundaries),
  disclaimerCasualties: settingsFields.disclaimerCasualties.default(defaultDisclaimerTexts.casualties),
  disclaimerPeriodCovered: settingsFields.disclaimerPeriodCovered.default(defaultDisclaimerTexts['period-covered']),
  exportDigits: settingsFields.exportDigits.default('western'),
});

export type Settings = z.infer<typeof settingsSchema>;

/** A partial update: only the named fields change, and unknown fields are refused. */
export const settingsPatchSchema = z
  .strictObject(settingsFields)
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, 'Name at least one setting to change.');

export type SettingsPatch = z.input<typeof settingsPatchSchema>;

export const defaultSettings: Settings = settingsSchema.parse({});
