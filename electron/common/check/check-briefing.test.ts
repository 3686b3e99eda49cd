import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import {
  doc,
  figure,
  fixtureBriefing,
  keyFigures,
  paragraph,
  section,
} from '../../../tests/fixtures/briefings/document-builders';
import { freshTemplateBriefing } from '../../../tests/fixtures/briefings/fresh-template-briefing';
import type { BriefingMetadataInput } from '../briefing/briefing-metadata';
import type { BriefingContent } from '../document/briefing-content';
import { checkBriefing } from './check-briefing';

const now = new Date('2026-11-26T10:00:00Z');
const options = { now, staleAfterHours: 24 };
const asOf = '2026-11-26T09:00:00+02:00[Europe/Kyiv]';

const complete: BriefingMetadataInput = {
  title: 'Drone strikes on Kharkiv',
  datelinePlace: 'KHARKIV',
  authors: ['Dana Reyes'],
  asOf,
  classification: { level: 'public', customLabel: '' },
  sources: [{ id: 'source-1', name: 'State Emergency Service' }],
};

function briefingOf(content: BriefingContent, metadata: BriefingMetadataInput = complete) {
  return fixtureBriefing('check-test', metadata, content);
}

const text = (value: string, marks: JSONContent['marks']): JSONContent => ({ type: 'text', text: value, marks });
const claim = (status: string) => ({ type: 'claim', attrs: { status, setBy: '', setAt: '', note: '' } });

describe('checkBriefing', () => {
  it('lists a fresh situation update’s empty sections and its key figures without source, and blocks', () => {
    const report = checkBriefing(freshTemplateBriefing('situation-update'), options);
    const kinds = report.findings.map((finding) => finding.kind);
    expect(kinds.filter((kind) => kind === 'empty-section')).toHaveLength(10);
    expect(kinds.filter((kind) => kind === 'key-figure-without-source')).toHaveLength(4);
    expect(kinds.filter((kind) => kind === 'empty-list-item')).toHaveLength(4);
    expect(report.blocked).toBe(true);
    const figure = report.findings.find((finding) => finding.kind === 'key-figure-without-source');
    expect(figure).toMatchObject({
      message: 'The key figure “People killed” has no source: pick one from the list.',
      blocking: true,
      place: { in: 'body', path: [1, 2, 0], description: 'Key figure “People killed”' },
    });
    const empty = report.findings.find((finding) => finding.kind === 'empty-section');
    expect(empty).toMatchObject({ blocking: false, place: { in: 'body', position: 0, path: [0] } });
  });

  it('finds nothing in a finished briefing', () => {
    const report = checkBriefing(
      briefingOf(
        doc(
          section('lede', 'Summary', paragraph('Russia launched 42 drones overnight.')),
          keyFigures({ value: '42', label: 'drones', source: '', sourceId: 'source-1', asOf }),
        ),
      ),
      options,
    );
    expect(report).toEqual({ findings: [], blocked: false });
  });

  it('points at the document position of each finding, so the editor can jump there', () => {
    const content = doc(
      paragraph('Intro.'),
      paragraph('Rescuers said ', text('two died', [claim('in-progress')]), '.'),
    );
    const [finding] = checkBriefing(briefingOf(content), options).findings;
    // "Intro." is a paragraph of size 8; the claim starts after "Rescuers said " in the second one.
    expect(finding).toMatchObject({ kind: 'claim-unverified', place: { position: 8 + 1 + 14, path: [1] } });
  });

  it('blocks an unverified claim only in a public briefing, and a false claim in any', () => {
    const content = doc(
      paragraph(text('two died', [claim('inconclusive')]), ' and ', text('the dam broke', [claim('false')])),
    );
    const kindsAndBlocking = (level: 'public' | 'internal') =>
      checkBriefing(
        briefingOf(content, { ...complete, classification: { level, customLabel: '' } }),
        options,
      ).findings.map((finding) => [finding.kind, finding.blocking]);
    expect(kindsAndBlocking('public')).toEqual([
      ['claim-unverified', true],
      ['claim-false', true],
    ]);
    expect(kindsAndBlocking('internal')).toEqual([
      ['claim-unverified', false],
      ['claim-false', true],
    ]);
  });

  it('finds key figures without an “as of”, stale times, bare links, prompts and unfinished figures', () => {
    const content = doc(
      keyFigures(
        { value: '3', label: 'dead', source: 'Police', asOf: '' },
        { value: '5', label: 'hurt', source: '', sourceId: 'source-9', asOf: '2026-11-24T09:00:00+00:00[UTC]' },
      ),
      paragraph(text('https://example.org/report', [{ type: 'link', attrs: { href: 'https://example.org/report' } }])),
      paragraph('Filed from {{dateline}}.'),
      figure(null, '', ['Waiting'], ''),
      figure('asset:0000000000000000000000000000000000000000000000000000000000000000.png', '', [], ''),
    );
    const report = checkBriefing(
      briefingOf(content, {
        ...complete,
        datelinePlace: '',
        authors: [],
        asOf: '2026-11-20T09:00:00+00:00[UTC]',
        embargoUntil: '2026-11-27T09:00:00+00:00[UTC]',
      }),
      options,
    );
    expect(report.findings.map((finding) => [finding.kind, finding.place.description])).toEqual([
      ['missing-dateline', 'Dateline'],
      ['missing-author', 'Authors'],
      ['as-of-stale', '“As of”'],
      ['embargo-in-force', 'Embargo'],
      ['key-figure-without-as-of', 'Key figure “dead”'],
      // Its source id names no source in the list.
      ['key-figure-without-source', 'Key figure “hurt”'],
      ['as-of-stale', 'Key figure “hurt”'],
      ['bare-url-link', 'Link “https://example.org/report”'],
      ['guidance-left', '“Filed from {{dateline}}.”'],
      ['figure-without-image', 'Figure “Waiting”'],
      ['figure-without-caption', 'Figure without a caption'],
      ['figure-without-credit', 'Figure without a caption'],
      ['figure-without-alt-text', 'Figure without a caption'],
    ]);
    expect(report.findings.every((finding) => finding.message.endsWith('.') || finding.message.endsWith(')'))).toBe(
      true,
    );
  });

  it('takes the stale threshold from the settings', () => {
    const content = doc(keyFigures({ value: '3', label: 'dead', source: 'Police', asOf }));
    const late = { now: new Date('2026-11-26T17:30:00Z'), staleAfterHours: 10 };
    expect(checkBriefing(briefingOf(content), late).findings.map((finding) => finding.kind)).toEqual([
      'as-of-stale',
      'as-of-stale',
    ]);
    expect(checkBriefing(briefingOf(content), { ...late, staleAfterHours: 11 }).findings).toEqual([]);
  });
});
