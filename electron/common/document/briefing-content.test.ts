import { describe, expect, it } from 'vitest';
import { everyNodeBriefing } from '../../../tests/fixtures/briefings/every-node-briefing';
import { checkBriefingContent, checkBuiltBriefingContent, emptyBriefingContent } from './briefing-content';
import { briefingSchema } from './briefing-schema';

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
    const full = everyNodeBriefing().content;
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
    // The import's way in, on nodes already built, answers the same.
    expect(checkBuiltBriefingContent(() => briefingSchema.nodeFromJSON(json))).toEqual(result);
  });

  it('checks a document already built as nodes as it checks its JSON', () => {
    const full = everyNodeBriefing().content;
    const built = checkBuiltBriefingContent(() => briefingSchema.nodeFromJSON(full));
    expect(built.ok && built.node.eq(briefingSchema.nodeFromJSON(full))).toBe(true);
    const unsafe = briefingSchema.node('doc', null, [
      briefingSchema.node('paragraph', null, [
        briefingSchema.text('x', [briefingSchema.mark('link', { href: 'javascript:alert(1)' })]),
      ]),
    ]);
    expect(checkBuiltBriefingContent(() => unsafe)).toEqual({
      ok: false,
      message: 'The document was refused: a link uses a scheme other than http, https or mailto.',
    });
  });
});
