import { describe, expect, it } from 'vitest';
import { checkBriefingContent } from '../document/briefing-content';
import { briefingMetadataSchema } from './briefing-metadata';
import { newSourceId } from './source-list';

const source = {
  id: 'source-1',
  name: 'State Emergency Service',
  type: 'official',
  named: true,
  link: 'https://example.org/ses',
  accessedAt: '2026-11-26T08:10:00+02:00[Europe/Kyiv]',
  privateNote: 'called the duty officer',
};

const firstIssue = (input: unknown) => briefingMetadataSchema.safeParse(input).error?.issues[0]?.message;

describe('the source list, corrections log and unlock record in briefing metadata', () => {
  it('default to empty, so briefings stored before them still load', () => {
    expect(briefingMetadataSchema.parse({ title: 'Old' })).toMatchObject({
      sources: [],
      corrections: [],
      previousReportId: '',
      unlocked: null,
    });
  });

  it('keep a source with its type, link, accessed time (an instant with its zone) and private note', () => {
    expect(briefingMetadataSchema.parse({ sources: [source] }).sources).toEqual([source]);
    expect(briefingMetadataSchema.parse({ sources: [{ id: 'source-2', name: 'a witness' }] }).sources[0]).toEqual({
      id: 'source-2',
      name: 'a witness',
      type: 'official',
      named: true,
      link: '',
      accessedAt: '',
      privateNote: '',
    });
  });

  it.each([
    [{ ...source, type: 'rumour' }, 'Choose a source type from the list.'],
    [{ ...source, link: 'javascript:alert(1)' }, 'A source link must be an http, https or mailto address.'],
    [{ ...source, accessedAt: '2026-11-26 08:10' }, 'When the source was accessed must be a date and time'],
    [{ ...source, name: '  ' }, 'Give the source a name or a description.'],
    [{ ...source, id: '../x' }, 'That is not a source id.'],
  ])('refuse a source such as %j with a sentence', (bad, message) => {
    expect(firstIssue({ sources: [bad] })).toContain(message);
  });

  it('refuse two sources with the same id, and make new ids that are free', () => {
    expect(firstIssue({ sources: [source, source] })).toBe('Two sources share an id.');
    expect(newSourceId([{ id: 'source-2' }, { id: 'source-1' }])).toBe('source-3');
    expect(newSourceId([{ id: 'source-3' }])).toBe('source-2');
  });

  it('keep corrections with their kind, time and text, and refuse one without a time', () => {
    const entry = { kind: 'clarification', at: '2026-11-26T09:20:00+02:00[Europe/Kyiv]', text: 'Clarified the place.' };
    expect(briefingMetadataSchema.parse({ corrections: [entry] }).corrections).toEqual([entry]);
    expect(firstIssue({ corrections: [{ ...entry, at: '' }] })).toBe('Give each correction its time.');
    expect(firstIssue({ corrections: [{ ...entry, kind: 'retraction' }] })).toBe(
      'An entry is a correction, a clarification or an update.',
    );
  });

  it('keep who unlocked an approved briefing and when, and a link to the previous report by id', () => {
    const unlocked = { by: 'Dana Reyes', at: '2026-11-26T10:00:00+02:00[Europe/Kyiv]' };
    expect(briefingMetadataSchema.parse({ unlocked, previousReportId: 'abcdefgh-1' })).toMatchObject({
      unlocked,
      previousReportId: 'abcdefgh-1',
    });
    expect(firstIssue({ previousReportId: '../../etc' })).toBe('The previous report must be a briefing id.');
  });
});

const withMark = (mark: unknown) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Two people were killed', marks: [mark] }] }],
});

describe('the claim and citation marks in the document check', () => {
  it('accept a claim with a known status and a citation of source ids', () => {
    const claim = {
      type: 'claim',
      attrs: { status: 'verified', setBy: 'Dana', setAt: '2026-11-26T09:10:00+02:00[Europe/Kyiv]', note: '' },
    };
    expect(checkBriefingContent(withMark(claim)).ok).toBe(true);
    expect(checkBriefingContent(withMark({ type: 'citation', attrs: { sources: ['source-1'] } })).ok).toBe(true);
  });

  it.each([
    { type: 'claim', attrs: { status: 'probably', setBy: '', setAt: '', note: '' } },
    { type: 'claim', attrs: { status: 'verified', setBy: '', setAt: 'yesterday', note: '' } },
    { type: 'citation', attrs: { sources: ['../x'] } },
    { type: 'citation', attrs: { sources: [] } },
  ])('refuse %j', (mark) => {
    expect(checkBriefingContent(withMark(mark))).toMatchObject({ ok: false });
  });
});
