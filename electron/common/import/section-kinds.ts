/** Normalises a heading for matching: lower case, `&` as "and", no punctuation or extra spaces. */
export function normalizeHeadingText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/&/g, ' and ')
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Section kinds used by the built-in templates, with the headings writers give them. */
const headingsByKind: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['lede', ['summary', 'lede', 'lead', 'in brief', 'at a glance']],
  ['highlights', ['highlights', 'key points', 'key messages', 'main points', 'key developments']],
  ['situation-overview', ['situation overview', 'overview', 'situation', 'general overview']],
  ['key-figures', ['key figures', 'in numbers', 'key numbers', 'figures', 'by the numbers', 'facts and figures']],
  ['what-happened', ['what happened', 'chronology', 'timeline', 'latest developments', 'the attack', 'events']],
  [
    'affected-areas',
    ['affected areas', 'targeted areas', 'targeted cities', 'areas affected', 'affected regions', 'where it happened'],
  ],
  [
    'casualties-and-damage',
    ['casualties and damage', 'casualties', 'damage', 'damage and casualties', 'deaths and injuries', 'victims'],
  ],
  [
    'response',
    [
      'response',
      'international response',
      'official response',
      'official and international response',
      'reactions',
      'international reaction',
      'international reactions',
      'reaction',
    ],
  ],
  ['diplomacy', ['diplomacy', 'peace talks', 'talks', 'negotiations', 'diplomacy and talks', 'diplomatic efforts']],
  ['background', ['background', 'context', 'strategy', 'background and strategy', 'background strategy']],
  ['whats-next', ['whats next', 'what next', 'outlook', 'next steps', 'what to watch', 'what comes next']],
  [
    'needs-and-response',
    [
      'needs and response',
      'humanitarian needs and response',
      'humanitarian needs',
      'needs',
      'response by sector',
      'sectors',
    ],
  ],
  ['funding', ['funding', 'financing', 'funding requirements']],
  ['contacts', ['contacts', 'contact', 'for further information', 'for more information', 'media contacts']],
  ['agenda', ['agenda', 'agenda items', 'peace talks agenda', 'talks agenda']],
  ['parties', ['parties', 'parties to the talks', 'participants']],
  ['mediators', ['mediators', 'mediation']],
  ['state-of-play', ['state of play', 'status']],
  ['next-session', ['next session', 'next round', 'next meeting']],
  ['sources', ['sources', 'references', 'source']],
];

const kindByHeading = new Map<string, string>(
  headingsByKind.flatMap(([kind, headings]) => headings.map((heading) => [heading, kind] as const)),
);

/** The section kind a heading names ("Targeted areas" → `affected-areas`), or `custom`. */
export function sectionKindForHeading(heading: string): string {
  return kindByHeading.get(normalizeHeadingText(heading)) ?? 'custom';
}
