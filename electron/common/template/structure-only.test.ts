import { describe, expect, it } from 'vitest';
import { type BriefingContent, checkBriefingContent } from '../document/briefing-content';
import { toStructureOnly } from './structure-only';

const text = (value: string) => ({ type: 'text', text: value });
const paragraph = (value: string) => ({ type: 'paragraph', content: [text(value)] });
const heading = (value: string, level = 2) => ({ type: 'heading', attrs: { level }, content: [text(value)] });

const briefing: BriefingContent = {
  type: 'doc',
  content: [
    paragraph('KHARKIV — Russia launched 42 drones overnight.'),
    {
      type: 'section',
      attrs: { kind: 'key-figures', guidance: 'Give every figure its source.' },
      content: [
        heading('Key figures'),
        {
          type: 'keyFigures',
          content: [{ type: 'keyFigure', attrs: { value: '42', label: 'drones', source: 'Air Force', asOf: '' } }],
        },
      ],
    },
    {
      type: 'section',
      attrs: { kind: 'affected-areas', guidance: 'One item per place.' },
      content: [
        heading('Targeted areas'),
        paragraph('Several regions were hit.'),
        paragraph('Power is out.'),
        heading('East', 3),
        {
          type: 'bulletList',
          content: [
            { type: 'listItem', content: [paragraph('Kharkiv: power outages')] },
            { type: 'listItem', content: [paragraph('Sumy: buildings damaged')] },
          ],
        },
        {
          type: 'table',
          content: [
            { type: 'tableRow', content: [{ type: 'tableHeader', content: [paragraph('City')] }] },
            { type: 'tableRow', content: [{ type: 'tableCell', content: [paragraph('Odesa')] }] },
          ],
        },
        { type: 'blockquote', content: [paragraph('“We will respond.”')] },
        {
          type: 'figure',
          attrs: { src: null, alt: '' },
          content: [{ type: 'figureCaption', content: [text('A building')] }, { type: 'figureCredit' }],
        },
      ],
    },
    {
      type: 'section',
      attrs: { kind: 'sources', guidance: '' },
      content: [heading('Sources'), { type: 'blockquote', content: [paragraph('x')] }],
    },
  ],
};

describe('toStructureOnly', () => {
  it('keeps sections, headings, guidance, table headers and figure labels, and empties the text', () => {
    const skeleton = toStructureOnly(briefing);
    expect(checkBriefingContent(skeleton).ok).toBe(true);
    expect(skeleton).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph' },
        {
          type: 'section',
          attrs: { kind: 'key-figures', guidance: 'Give every figure its source.' },
          content: [
            heading('Key figures'),
            {
              type: 'keyFigures',
              content: [{ type: 'keyFigure', attrs: { value: '', label: 'drones', source: '', asOf: '' } }],
            },
          ],
        },
        {
          type: 'section',
          attrs: { kind: 'affected-areas', guidance: 'One item per place.' },
          content: [
            heading('Targeted areas'),
            { type: 'paragraph' },
            heading('East', 3),
            { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] },
            {
              type: 'table',
              content: [
                { type: 'tableRow', content: [{ type: 'tableHeader', content: [paragraph('City')] }] },
                { type: 'tableRow', content: [{ type: 'tableCell', content: [{ type: 'paragraph' }] }] },
              ],
            },
          ],
        },
        {
          type: 'section',
          attrs: { kind: 'sources', guidance: '' },
          content: [heading('Sources'), { type: 'paragraph' }],
        },
      ],
    });
    expect(JSON.stringify(skeleton)).not.toMatch(/42|Kharkiv|Odesa|respond|building/);
  });

  it('never returns an empty document', () => {
    expect(toStructureOnly({ type: 'doc', content: [{ type: 'blockquote', content: [paragraph('x')] }] })).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph' }],
    });
  });
});
