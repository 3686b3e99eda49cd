import { describe, expect, it } from 'vitest';
import { checkBriefingContent, emptyBriefingContent } from './briefing-content';

const section = (kind: string, title: string, ...content: object[]) => ({
  type: 'section',
  attrs: { kind },
  content: [{ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: title }] }, ...content],
});
const paragraph = (text: string, marks?: object[]) => ({
  type: 'paragraph',
  content: [{ type: 'text', text, ...(marks ? { marks } : {}) }],
});

describe('checkBriefingContent', () => {
  it('accepts an empty body and a body using every block', () => {
    expect(checkBriefingContent(emptyBriefingContent()).ok).toBe(true);
    const full = {
      type: 'doc',
      content: [
        paragraph('Lede with ', [{ type: 'bold' }]),
        {
          type: 'keyFigures',
          content: [
            {
              type: 'keyFigure',
              attrs: {
                value: '42',
                label: 'drone strikes',
                source: 'Air Force',
                asOf: '2026-11-26T06:00:00+02:00[Europe/Kyiv]',
              },
            },
          ],
        },
        section(
          'affected-areas',
          'Targeted areas',
          { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('Kharkiv: power outages')] }] },
          {
            type: 'figure',
            attrs: { src: `asset:${'a'.repeat(64)}.jpg`, alt: 'A damaged building' },
            content: [
              { type: 'figureCaption', content: [{ type: 'text', text: 'A residential block after the strike.' }] },
              { type: 'figureCredit', content: [{ type: 'text', text: 'Photo: Reuters' }] },
            ],
          },
          {
            type: 'table',
            content: [
              { type: 'tableRow', content: [{ type: 'tableHeader', content: [paragraph('City')] }] },
              { type: 'tableRow', content: [{ type: 'tableCell', content: [paragraph('Odesa')] }] },
            ],
          },
          { type: 'blockquote', content: [paragraph('“We will respond,” he said.')] },
          { type: 'horizontalRule' },
        ),
        paragraph('Source', [{ type: 'link', attrs: { href: 'https://example.org/report' } }]),
      ],
    };
    const result = checkBriefingContent(full);
    expect(result.ok ? 'ok' : result.message).toBe('ok');
  });

  it.each([
    ['an unknown node', { type: 'doc', content: [{ type: 'script' }] }],
    [
      'a javascript: link',
      { type: 'doc', content: [paragraph('x', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }])] },
    ],
    [
      'a data: image',
      {
        type: 'doc',
        content: [
          {
            type: 'figure',
            attrs: { src: 'data:image/png;base64,AAAA' },
            content: [{ type: 'figureCaption' }, { type: 'figureCredit' }],
          },
        ],
      },
    ],
    ['a nested section', { type: 'doc', content: [section('a', 'A', section('b', 'B'))] }],
    ['a section inside a quote', { type: 'doc', content: [{ type: 'blockquote', content: [section('a', 'A')] }] }],
    [
      'a section without heading',
      { type: 'doc', content: [{ type: 'section', attrs: { kind: 'x' }, content: [paragraph('x')] }] },
    ],
    ['a level-1 heading', { type: 'doc', content: [{ type: 'heading', attrs: { level: 1 } }] }],
    ['not a document', { type: 'paragraph' }],
    ['garbage', 'hello'],
  ])('refuses %s with a sentence', (_, json) => {
    const result = checkBriefingContent(json);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^The document/);
  });
});
