import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import MarkdownIt from 'markdown-it';

import { describe, expect, it } from 'vitest';
import { everyNodeBriefing } from '../../../../tests/fixtures/briefings/every-node-briefing';
import { genreFixtureBriefings } from '../../../../tests/fixtures/briefings/genre-briefings';
import { arabicBriefing, frenchBriefing } from '../../../../tests/fixtures/briefings/language-briefings';
import { reviewedBriefing } from '../../../../tests/fixtures/briefings/reviewed-briefing';
import { fixtureFileRenderOptions } from '../../../../tests/support/file-render-options';
import type { Briefing } from '../../../common/briefing/briefing';
import { escapeMarkdown } from '../../../common/text/escape-markdown';
import { readMarkdownFrontMatter } from '../../import/markdown-front-matter';
import { parseBriefingBody } from '../parse-briefing-body';
import { renderBriefingsMarkdown } from './render-briefing-markdown';

/** What a reader's Markdown tool sees, once it has read the front matter: headings, list items and table rows, as text. */
function parsedStructure(markdown: string) {
  const { body } = readMarkdownFrontMatter(markdown);
  const tokens = new MarkdownIt('commonmark').enable('table').enable('strikethrough').parse(body, {});
  const text = (token: (typeof tokens)[number] | undefined) =>
    (token?.children ?? [])
      .map((child) => (child.type === 'softbreak' || child.type === 'hardbreak' ? '\n' : child.content))
      .join('');
  const headings: string[] = [];
  const items: string[] = [];
  const rows: string[][] = [];
  tokens.forEach((token, index) => {
    if (token.type === 'heading_open') headings.push(`${token.tag} ${text(tokens[index + 1])}`);
    if (token.type === 'list_item_open') items.push(text(tokens[index + 2]));
    if (token.type === 'tr_open') rows.push([]);
    if (token.type === 'th_open' || token.type === 'td_open') rows.at(-1)?.push(text(tokens[index + 1]));
  });
  return { headings, items, rows };
}

/** The same structure read from the briefing itself. */
function documentStructure(briefing: Briefing) {
  const document: ProseMirrorNode = parseBriefingBody(briefing);
  const headings = [`h1 ${briefing.metadata.title}`];
  const items: string[] = [];
  const rows: string[][] = [];
  document.descendants((node) => {
    if (node.type.name === 'heading' && node.textContent.trim())
      headings.push(`h${node.attrs.level} ${node.textContent}`);
    if (node.type.name === 'listItem') items.push(node.textContent);
    if (node.type.name === 'tableRow') {
      const cells: string[] = [];
      node.forEach((cell) => {
        cells.push(cell.textContent);
      });
      rows.push(cells);
    }
    return true;
  });
  // After the body: the numbered sources and the corrections log.
  if (briefing.metadata.sources.length > 0) headings.push('h2 Sources');
  if (briefing.metadata.corrections.length > 0) headings.push('h2 Corrections and updates');
  return { headings, items, rows };
}

const briefings = [everyNodeBriefing(), ...genreFixtureBriefings()];

describe('renderBriefingsMarkdown', () => {
  it.each(briefings.map((briefing) => [briefing.id, briefing] as const))(
    '%s parses back with markdown-it to the same headings, list items and tables',
    async (_id, briefing) => {
      const { markdown, warnings } = await renderBriefingsMarkdown([briefing], fixtureFileRenderOptions());
      expect(warnings).toEqual([]);
      const parsed = parsedStructure(markdown);
      const expected = documentStructure(briefing);
      expect(parsed.headings).toEqual(expected.headings);
      expect(parsed.rows).toEqual(expected.rows);
      // The header's metadata and the key figures are list items too; every list item of the body is among them, in order.
      const bodyItems = parsed.items.filter((item) => expected.items.includes(item));
      expect(bodyItems).toEqual(expected.items);
    },
  );

  it('renders every mark and keeps hostile text literal', async () => {
    const { markdown } = await renderBriefingsMarkdown([everyNodeBriefing()], fixtureFileRenderOptions());
    const html = new MarkdownIt('commonmark').enable('table').enable('strikethrough').render(markdown);
    for (const fragment of [
      '<strong>bold</strong>',
      '<em>italic</em>',
      '<u>underlined</u>',
      '<s>struck</s>',
      '<a href="https://example.org/report?id=1&amp;lang=en">a safe link</a>',
      '<a href="https://example.org/b"><em><strong>bold italic link</strong></em></a>',
      'Smoke over the port of <strong>Odesa</strong>. <em>Photo: Port authority</em>',
      '<img src="data:image/png;base64,',
      'alt="Aerial view of a port with cranes and smoke"',
      '<br />\nAfter a line break: &lt;b&gt;not bold&lt;/b&gt; &amp; “quotes”.',
    ])
      expect(html).toContain(fragment);
    expect(html).not.toContain('<script');
    expect(html).toContain(
      '<li><strong>1.2 million</strong> people displaced (UNHCR [3], as of 25 November 2026 at 00:00 UTC)</li>',
    );
  });

  it('numbers cited sources after the text and lists them, with the corrections log, after the body', async () => {
    const { markdown } = await renderBriefingsMarkdown([everyNodeBriefing()], fixtureFileRenderOptions());
    const html = new MarkdownIt('commonmark').render(markdown);
    expect(html).toContain('in the strike, according to officials and a witness[1][2].');
    expect(html).toContain(
      '<li>State Emergency Service &lt;SES&gt; (Official), https://example.org/ses?a=1&amp;b=2, accessed 26 November 2026 at 08:10 EET (Europe/Kyiv)</li>',
    );
    expect(html).toContain('<li>a resident of the Saltivka district (Witness, not named)</li>');
    expect(html).toContain('<li><strong>Correction</strong>, 26 November 2026 at 09:20 EET (Europe/Kyiv): An earlier');
    expect(markdown).not.toContain('PRIVATE');
  });

  it('prints claims plainly and drops comment highlights in a final export, and labels both in a review', async () => {
    const final = (await renderBriefingsMarkdown([everyNodeBriefing()], fixtureFileRenderOptions())).markdown;
    expect(final).toContain('Rescuers said two people were killed in the strike');
    expect(final).not.toContain('<mark>');
    const review = (
      await renderBriefingsMarkdown([everyNodeBriefing()], fixtureFileRenderOptions({ purpose: 'review' }))
    ).markdown;
    expect(review).toContain('two people were killed \\[◐ Claim: In progress (Dana Reyes,');
    expect(review).toContain('<mark>Paragraph inside a section.</mark>');
  });

  it('lists the comment threads of a review file in a Comments section, numbered as their labels in the text', async () => {
    const review = (
      await renderBriefingsMarkdown([reviewedBriefing()], fixtureFileRenderOptions({ purpose: 'review' }))
    ).markdown;
    expect(review).toContain('wounding \\[Comment 1\\] <mark>at least 14 people</mark> and');
    expect(review).toContain('delegations \\[Comment 2\\] <mark>resumed in Istanbul</mark> talks');
    const { headings, items } = parsedStructure(review);
    expect(headings.at(-1)).toBe('h2 Comments');
    expect(items).toEqual(
      expect.arrayContaining([
        'On “at least 14 people” — open',
        'Sam Editor, 26 November 2026 at 10:05 EET (Europe/Kyiv): Whose count is this? Name the source.',
        'Dana Reyes, 26 November 2026 at 10:12 EET (Europe/Kyiv): Regional administration, 09:00.',
        'On “resumed in Istanbul” — resolved by Sam Editor, 26 November 2026 at 10:20 EET (Europe/Kyiv)',
        'Sam Editor, 26 November 2026 at 10:07 EET (Europe/Kyiv): Confirm the venue.',
      ]),
    );
    const final = (await renderBriefingsMarkdown([reviewedBriefing()], fixtureFileRenderOptions())).markdown;
    expect(final).not.toContain('Comment');
    expect(final).not.toContain('Whose count');
  });

  it('writes several briefings into one file, each under its own title', async () => {
    const [first, second] = genreFixtureBriefings() as [Briefing, Briefing];
    const { markdown } = await renderBriefingsMarkdown([first, second], fixtureFileRenderOptions());
    const titles = parsedStructure(markdown).headings.filter((heading) => heading.startsWith('h1 '));
    expect(titles).toEqual([`h1 ${first.metadata.title}`, `h1 ${second.metadata.title}`]);
  });

  it('says the file’s language in its front matter, and the direction when it is right to left', async () => {
    const arabic = (await renderBriefingsMarkdown([arabicBriefing()], fixtureFileRenderOptions())).markdown;
    expect(arabic.startsWith('---\nlang: ar\ndir: rtl\n---\n\n# غارات')).toBe(true);
    expect(readMarkdownFrontMatter(arabic).language).toBe('ar');
    const french = (await renderBriefingsMarkdown([frenchBriefing()], fixtureFileRenderOptions())).markdown;
    expect(french.startsWith('---\nlang: fr\n---\n\n# Frappes')).toBe(true);
    const mixed = (await renderBriefingsMarkdown([frenchBriefing(), arabicBriefing()], fixtureFileRenderOptions()))
      .markdown;
    expect(mixed.startsWith('# Frappes')).toBe(true);
  });

  it('leaves hidden metadata out', async () => {
    const options = fixtureFileRenderOptions({ shown: new Set(['status']) });
    const { markdown } = await renderBriefingsMarkdown([everyNodeBriefing()], options);
    expect(markdown).toContain('**Status:** In review');
    expect(markdown).not.toContain('Dana Reyes');
    expect(markdown).not.toContain('Kharkiv, 26 November');
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['# not a heading', '<p># not a heading</p>'],
    ['- not a list', '<p>- not a list</p>'],
    ['1. not a list', '<p>1. not a list</p>'],
    ['> not a quote', '<p>&gt; not a quote</p>'],
    [
      '*not* _emphasis_ ~~struck~~ `code` [link](x) <b>',
      '<p>*not* _emphasis_ ~~struck~~ `code` [link](x) &lt;b&gt;</p>',
    ],
    ['&amp; stays &amp;', '<p>&amp;amp; stays &amp;amp;</p>'],
    ['1.2 million | 3', '<p>1.2 million | 3</p>'],
  ])('keeps %j literal', (text, html) => {
    const markdown = escapeMarkdown(text);
    expect(new MarkdownIt('commonmark').enable('table').enable('strikethrough').render(markdown).trim()).toBe(html);
  });

  it('leaves ordinary text unescaped, so it stays readable in chat', () => {
    expect(escapeMarkdown('1.2 million people, 3-4 km - roughly.')).toBe('1.2 million people, 3-4 km - roughly.');
  });
});
