/** The standard disclaimers a briefing can carry, each a block whose text comes from Settings. */
export const disclaimerKinds = ['boundaries', 'casualties', 'period-covered'] as const;

export type DisclaimerKind = (typeof disclaimerKinds)[number];

/** The Settings field that holds each disclaimer's text. */
export const disclaimerSettingFields = {
  boundaries: 'disclaimerBoundaries',
  casualties: 'disclaimerCasualties',
  'period-covered': 'disclaimerPeriodCovered',
} as const satisfies Record<DisclaimerKind, string>;

export type DisclaimerSettingField = (typeof disclaimerSettingFields)[DisclaimerKind];

/** How each disclaimer is named in Settings and in the insert menu. */
export const disclaimerLabels: Record<DisclaimerKind, string> = {
  boundaries: 'Boundaries and place names on maps',
  casualties: 'Casualty figures “as reported by”',
  'period-covered': 'Period covered',
};

/** The texts a new data folder starts with; each can be changed in Settings. */
export const defaultDisclaimerTexts: Record<DisclaimerKind, string> = {
  boundaries:
    'The boundaries and names shown and the designations used on the maps in this briefing do not imply any opinion on the legal status of any country, territory or area, or of its authorities, or on the delimitation of its frontiers.',
  casualties:
    'Casualty figures are as reported by the sources named and could not be independently verified; the actual numbers may be higher.',
  'period-covered':
    'This briefing covers the period stated in its details and the information available at its “as of” time; later events are not included.',
};

export function isDisclaimerKind(value: unknown): value is DisclaimerKind {
  return typeof value === 'string' && (disclaimerKinds as readonly string[]).includes(value);
}
