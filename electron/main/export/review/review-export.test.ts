import { generateJSON } from '@tiptap/html';
import { describe, expect, it } from 'vitest';
import { everyNodeBriefing } from '../../../../tests/fixtures/briefings/every-node-briefing';
import { resolveFixtureAsset } from '../../../../tests/fixtures/briefings/fixture-assets';
import { createBriefingExtensions } from '../../../common/document/briefing-extensions';
import { renderBriefingHtml } from '../render-briefing-html';

const options = {
  resolveAsset: resolveFixtureAsset,
  exportedAt: new Date('2026-11-26T07:45:00Z'),
  appVersion: '1.2.3',
};

const count = (text: string, fragment: string) => text.split(fragment).length - 1;

describe('a final export', () => {
  it('prints the text with every suggestion accepted and no comment, marker or label', async () => {
    const { html } = await renderBriefingHtml(everyNodeBriefing(), { ...options, purpose: 'final' });
    expect(html).toContain('Suggested: an inserted clause, .');
    expect(html).not.toContain('a deleted clause');
    expect(html).toContain('<p>Paragraph inside a section.</p>');
    for (const absent of [
      'comment-anchor',
      'comment-marker',
      'Which section?',
      '<ins',
      '<del',
      'suggestion-label',
      'review-comments',
    ]) {
      expect(html, absent).not.toContain(absent);
    }
  });
});

describe('a review export', () => {
  it('numbers each comment in the text and prints its thread in the margin column', async () => {
    const { html } = await renderBriefingHtml(everyNodeBriefing(), { ...options, purpose: 'review' });
    expect(html).toContain(
      '<sup class="comment-marker" id="comment-ref-1"><a href="#comment-1" aria-label="Comment 1">1</a></sup><span class="comment-anchor" data-comment-thread="c-fixture-thread">Paragraph inside a section.</span>',
    );
    expect(html).toMatch(
      /<div class="review-layout">\n<article [\s\S]*<\/article>\n<aside class="review-comments" aria-label="Comments">/,
    );
    expect(html).toContain('<li class="review-comment" id="comment-1" value="1">');
    expect(html).toContain('On “Paragraph inside a section.”');
    expect(html).toContain(
      '<strong>Sam Editor</strong>, <time datetime="2026-11-26T07:00:00.000Z">26 November 2026 at 09:00 EET (Europe/Kyiv)</time>: Which section? Name it.',
    );
    expect(html).toContain('<strong>Dana Reyes</strong>');
    expect(html).toContain('Done &lt;b&gt;now&lt;/b&gt;.');
    expect(html).toContain('<p class="review-comment-status">Open</p>');
    expect(html).toContain('.review-layout {');
  });

  it('underlines insertions and strikes deletions behind a label naming who suggested them and when', async () => {
    const { html } = await renderBriefingHtml(everyNodeBriefing(), { ...options, purpose: 'review' });
    expect(html).toContain(
      '<span class="suggestion-label">[Inserted by Sam Editor, 26 November 2026 at 09:10 EET (Europe/Kyiv)]</span> <ins class="suggestion-insertion" data-id="&quot;s-fixture-insert&quot;">an inserted clause</ins>',
    );
    expect(html).toContain(
      '<span class="suggestion-label">[Deleted by Sam Editor, 26 November 2026 at 09:11 EET (Europe/Kyiv)]</span> <del class="suggestion-deletion" data-id="&quot;s-fixture-delete&quot;">a deleted clause</del>',
    );
    expect(count(html, 'class="suggestion-label"')).toBe(3);
  });

  it('labels a suggested change of a block’s formatting in words before the block, and marks the block', async () => {
    const { html } = await renderBriefingHtml(everyNodeBriefing(), { ...options, purpose: 'review' });
    expect(html).toContain(
      '<p class="suggestion-block-label"><span class="suggestion-label">[Formatting changed by Dana Reyes, 26 November 2026 at 09:12 EET (Europe/Kyiv): level 4 → 3]</span></p><h3 data-suggested="modification"',
    );
    expect(html).toContain('[data-suggested~="modification"] {');
    const final = (await renderBriefingHtml(everyNodeBriefing(), { ...options, purpose: 'final' })).html;
    expect(final).not.toContain('data-suggested');
    expect(final).not.toContain('Formatting changed');
  });

  it('labels whole blocks suggested for insertion or deletion, inside the block where text may go, and reads back without the labels', async () => {
    const briefing = everyNodeBriefing();
    const inserted = (id: string) => [{ type: 'insertion', attrs: { id } }];
    const deleted = (id: string) => [{ type: 'deletion', attrs: { id } }];
    const text = (value: string) => [{ type: 'text', text: value }];
    briefing.content = {
      type: 'doc',
      content: [
        { type: 'paragraph', marks: inserted('s-fixture-insert'), content: text('A new paragraph.') },
        {
          type: 'bulletList',
          content: [
            { type: 'listItem', content: [{ type: 'paragraph', content: text('Kept item') }] },
            {
              type: 'listItem',
              marks: deleted('s-fixture-delete'),
              content: [{ type: 'paragraph', content: text('Dropped item') }],
            },
          ],
        },
        { type: 'horizontalRule', marks: inserted('s-fixture-format') },
      ],
    };
    const { html } = await renderBriefingHtml(briefing, { ...options, purpose: 'review' });
    expect(html).toContain(
      '<p data-suggested="insertion"><span class="suggestion-label">[Inserted by Sam Editor, 26 November 2026 at 09:10 EET (Europe/Kyiv)]</span> A new paragraph.</p>',
    );
    expect(html).toMatch(
      /<li data-suggested="deletion"><span class="suggestion-label">\[Deleted by Sam Editor, 26 November 2026 at 09:11 EET \(Europe\/Kyiv\)\]<\/span> <p>Dropped item<\/p><\/li>|<li data-suggested="deletion"><span class="suggestion-label">\[Deleted by Sam Editor, 26 November 2026 at 09:11 EET \(Europe\/Kyiv\)\]<\/span> Dropped item<\/li>/,
    );
    expect(html).toContain(
      '<p class="suggestion-block-label"><span class="suggestion-label">[Inserted by Dana Reyes, 26 November 2026 at 09:12 EET (Europe/Kyiv)]</span></p><hr data-suggested="insertion"',
    );
    const body = html.slice(
      html.indexOf('<div class="briefing-body">'),
      html.indexOf('<div class="briefing-end-matter">'),
    );
    const document = generateJSON(body, createBriefingExtensions());
    // A label's own paragraph leaves no empty paragraph behind.
    expect(document.content.map((node: { type: string }) => node.type)).toEqual([
      'paragraph',
      'bulletList',
      'horizontalRule',
    ]);
    const parsed = JSON.stringify(document);
    expect(parsed).not.toContain('Inserted by');
    expect(parsed).not.toContain('Deleted by');
    expect(parsed).toContain('A new paragraph.');
    expect(parsed).toContain('Dropped item');
  });

  it('labels a suggestion split across formatting only once and a resolved thread as resolved', async () => {
    const briefing = everyNodeBriefing();
    const thread = briefing.metadata.review.threads[0];
    if (thread) thread.resolved = { by: 'Dana Reyes', at: '2026-11-26T08:00:00.000Z' };
    briefing.content = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'plain ', marks: [{ type: 'insertion', attrs: { id: 's-fixture-insert' } }] },
            {
              type: 'text',
              text: 'bold',
              marks: [{ type: 'bold' }, { type: 'insertion', attrs: { id: 's-fixture-insert' } }],
            },
          ],
        },
      ],
    };
    const { html } = await renderBriefingHtml(briefing, { ...options, purpose: 'review' });
    expect(count(html, 'class="suggestion-label"')).toBe(1);
    expect(html).toContain('Resolved by Dana Reyes, <time');
    expect(html).toContain('(the commented text was deleted)');
  });
});
