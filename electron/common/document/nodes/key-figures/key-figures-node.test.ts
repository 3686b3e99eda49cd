import { generateJSON } from '@tiptap/html';
import { describe, expect, it } from 'vitest';
import { checkBriefingContent } from '../../briefing-content';
import { createBriefingExtensions } from '../../briefing-extensions';

const figureFromHtml = (asOf: string, source = 'Air Force') => {
  const html = `<div data-key-figures=""><div data-key-figure="" data-value="42" data-label="drones" data-source="${source}" data-asof="${asOf}"></div></div>`;
  return generateJSON(html, createBriefingExtensions()).content?.[0]?.content?.[0]?.attrs;
};

const bodyWithAsOf = (asOf: string) => ({
  type: 'doc',
  content: [
    { type: 'keyFigures', content: [{ type: 'keyFigure', attrs: { value: '42', label: 'drones', source: '', asOf } }] },
  ],
});

describe('a key figure’s “as of”', () => {
  it('is stored only as an instant with its zone', () => {
    expect(checkBriefingContent(bodyWithAsOf('2026-11-26T06:00:00+02:00[Europe/Kyiv]')).ok).toBe(true);
    expect(checkBriefingContent(bodyWithAsOf('')).ok).toBe(true);
    for (const text of ['1 Dec 06:00', '01/12/2026 06:00', 'this morning', '2026-11-26T06:00:00+02:00']) {
      expect(checkBriefingContent(bodyWithAsOf(text)), text).toMatchObject({
        ok: false,
        message: expect.stringMatching(/“as of” is not a date and time with its time zone/),
      });
    }
  });

  it('keeps a pasted time’s instant and never guesses one from ambiguous text', () => {
    expect(figureFromHtml('2026-11-26T06:00:00+02:00[Europe/Kyiv]')).toMatchObject({
      asOf: '2026-11-26T06:00:00+02:00[Europe/Kyiv]',
      source: 'Air Force',
    });
    expect(figureFromHtml('2026-11-26T06:00:00+02:00')).toMatchObject({ asOf: '2026-11-26T04:00:00+00:00[UTC]' });
    expect(figureFromHtml('26 November 2026 06:00')).toMatchObject({ asOf: '2026-11-26T06:00:00+00:00[UTC]' });
    expect(figureFromHtml('1 Dec 06:00')).toMatchObject({ asOf: '', source: 'Air Force (as of 1 Dec 06:00)' });
    expect(figureFromHtml('01/12/2026 06:00', '')).toMatchObject({ asOf: '', source: '(as of 01/12/2026 06:00)' });
    expect(figureFromHtml('this morning')).toMatchObject({ asOf: '', source: 'Air Force (as of this morning)' });
  });
});
