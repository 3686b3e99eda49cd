import type { JSONContent } from '@tiptap/core';
import type { SectionDefinition } from './briefing-template';

const paragraph: JSONContent = { type: 'paragraph' };

const bulletList: JSONContent = {
  type: 'bulletList',
  content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }],
};

const emptyKeyFigures: JSONContent = {
  type: 'keyFigures',
  content: [{ type: 'keyFigure' }, { type: 'keyFigure' }, { type: 'keyFigure' }],
};

/**
 * Sections a user can insert on their own into any briefing (the `/` menu),
 * and that templates are built from. Guidance is shown while a section is empty.
 */
export const sectionLibrary: SectionDefinition[] = [
  {
    kind: 'lede',
    title: 'Summary',
    guidance:
      'The news in two or three sentences: what happened, where, when, the key number, and what is not yet known (e.g. “no official death toll”).',
    content: [paragraph],
  },
  {
    kind: 'key-figures',
    title: 'Key figures',
    guidance: 'The numbers that matter most, each with its source and the time it was true.',
    content: [emptyKeyFigures],
  },
  {
    kind: 'what-happened',
    title: 'What happened',
    guidance: 'The sequence of events, with times and places. Say who reports each claim and whether it is confirmed.',
    content: [paragraph],
  },
  {
    kind: 'affected-areas',
    title: 'Affected areas',
    guidance:
      'Each place that was hit and its status, one per line, e.g. “Odesa: civilian buildings damaged, power outages”.',
    content: [paragraph, bulletList],
  },
  {
    kind: 'casualties-damage',
    title: 'Casualties and damage',
    guidance:
      'Killed, wounded, displaced and damage to infrastructure, each with its source and “as of” time; say which figures are unconfirmed.',
    content: [paragraph],
  },
  {
    kind: 'response',
    title: 'Official and international response',
    guidance: 'Who said what: each actor and their statement, with the time and where it was made.',
    content: [paragraph, bulletList],
  },
  {
    kind: 'diplomacy',
    title: 'Diplomacy and talks',
    guidance: 'The state of negotiations: parties, venue, agenda items and their status, and the next session.',
    content: [paragraph],
  },
  {
    kind: 'background',
    title: 'Background',
    guidance: 'The context a reader new to the story needs: how we got here, and the strategy behind the events.',
    content: [paragraph],
  },
  {
    kind: 'whats-next',
    title: 'What’s next',
    guidance: 'Expected developments, scheduled meetings and deadlines, and what to watch for before the next update.',
    content: [paragraph],
  },
  {
    kind: 'sources',
    title: 'Sources',
    guidance: 'Every source used, with links where public: official statements, agencies, our own reporting.',
    content: [paragraph, bulletList],
  },
];
