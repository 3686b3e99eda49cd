import { DOMParser, type Node as ProseMirrorNode } from '@tiptap/pm/model';
import fc from 'fast-check';
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { briefingSchema } from '../../common/document/briefing-schema';
import type { ImportElement } from '../../common/import/import-dom';
import { parseCleanTree } from '../../common/import/parse-clean-tree';
import { installFastSelectorMatches } from './fast-selector-matches';

installFastSelectorMatches();

type Container = (html: string) => ImportElement;

const inLinkedom: Container = (html) => {
  const { document } = parseHTML(`<!doctype html><html><body><div>${html}</div></body></html>`);
  return document.body.firstElementChild as unknown as ImportElement;
};

const happyWindows: Window[] = [];
const inHappyDom: Container = (html) => {
  const window = new Window();
  happyWindows.push(window);
  window.document.body.innerHTML = `<div>${html}</div>`;
  return window.document.body.firstElementChild as unknown as ImportElement;
};

afterEach(async () => {
  for (const window of happyWindows.splice(0)) await window.happyDOM.close();
});

/** The blocks ProseMirror's own parser makes of the container, empty paragraphs left out as the importer leaves them. */
function parsedByProseMirror(container: ImportElement): unknown[] {
  const blocks: unknown[] = [];
  DOMParser.fromSchema(briefingSchema)
    .parse(container as never)
    .forEach((block) => {
      if (!(block.type.name === 'paragraph' && block.content.size === 0)) blocks.push(block.toJSON());
    });
  return blocks;
}

function parsedFast(container: ImportElement): unknown[] {
  return parseCleanTree(container)
    .filter((block: ProseMirrorNode) => !(block.type.name === 'paragraph' && block.content.size === 0))
    .map((block) => block.toJSON());
}

const cases: Record<string, string> = {
  'plain paragraphs and headings':
    '<h2>Title</h2><p>One <strong>two</strong> <a href="https://example.org/">three</a>.</p>',
  'white space around marks': '<p>  a  <em> b </em>  <strong>  </strong> c\t\n d  </p>\n \n<p>\n</p>',
  'a leading space after a break': '<p>a<br> b<br><em> c</em></p>',
  'marks inside marks':
    '<p><strong>a <strong>b <em>c</em></strong></strong><a href="https://a.org/">x<a href="https://b.org/">y</a></a></p>',
  'review marks that exclude each other': '<p><ins data-id="1">new <del data-id="2">old</del></ins> rest</p>',
  'text at the top after a block keeps its space': '<p>a</p> b <p>c</p>\n<h3>d</h3>  e',
  'loose text before blocks': 'x <strong>y</strong><p>z</p>',
  'comments and white space between blocks': '<p>a</p><!-- note -->  text<p>b</p>',
  'a styled paragraph and a styled mark':
    '<p style="font-weight: bold">a</p><p>b <span style="font-style: italic">c</span></p><p><em style="text-decoration: underline">e</em></p>',
  'ignored markers inside a paragraph': '<p>a<sup class="citation-ref">[1]</sup> b</p>',
  'blocks the parser reads itself':
    '<ul><li>a</li><li><p>b</p></li></ul><blockquote><p>q</p></blockquote><table><tr><td>c</td></tr></table><hr><figure><img alt="x"><figcaption>cap</figcaption></figure>',
  'attributes of paragraphs and disclaimers':
    '<p lang="fr" dir="rtl">bonjour</p><p data-disclaimer="legal">note</p><p data-caption="caption">cap</p>',
  'a heading the schema lacks and an empty one': '<h1>top</h1><h4></h4><p></p><p> </p>',
  'languages and citations': '<p><span lang="de">Haus</span> <span data-citation-sources="s1">cited</span></p>',
  'a paragraph inside a paragraph-like block': '<h2>a<p>b</p>c</h2>',
  'spaces of other kinds': '<p>\u00a0a\u2003b\u00a0</p><p>\u000c\r\nc</p>',
  'lists of text and marks':
    '<ul>\n <li>a <strong>b</strong> </li>\n<li> c<br> d</li></ul><ol start="3"><li><a href="https://example.org/">x</a></li><li><em> </em> y</li></ol>',
  'list items of paragraphs and nested lists':
    '<ul><li><p>a</p><ul><li>b</li></ul></li><li>c<ul><li>d</li></ul></li><li> <p>e</p> </li></ul>',
  'lists the parser reads itself':
    '<ul><li>a</li>b<li></li></ul><ul><ul><li>x</li></ul></ul><ul><li class="unfinished-part">u</li></ul><ul style="color: red"><li>s</li></ul><ol><!-- c --><li>c</li></ol><ul><li style="color: red">t</li></ul><ul></ul>',
  'quotes of paragraphs, headings and lists':
    '<blockquote>\n<p>“a” <em>b</em> </p>\n<p>c</p></blockquote><blockquote><h2>h</h2><ul><li>q</li></ul></blockquote><blockquote><p></p></blockquote>',
  'quotes the parser reads itself':
    '<blockquote>loose <p>d</p></blockquote><blockquote></blockquote><blockquote>only text</blockquote>',
  'text at the top after a list or quote keeps its space': '<ul><li>a</li></ul> b<blockquote><p>c</p></blockquote> d',
  'figures of a picture, a caption and a credit':
    '<figure><img src="https://example.org/a.jpg" alt="A"><figcaption>cap <em>x</em></figcaption><p class="figure-credit">AP</p></figure>\n<figure> <img alt="B"> <figcaption></figcaption> <p class="figure-credit"></p> </figure>',
  'figures the parser reads itself':
    '<figure><img alt="x"><figcaption>cap</figcaption></figure><figure><img><span>t</span><figcaption>c</figcaption><p class="figure-credit">d</p></figure><figure style="color: red"><figcaption>c</figcaption><p class="figure-credit">d</p></figure>',
  "review marks around a list item's or a quote's text":
    '<blockquote><del data-id="2">a</del></blockquote><ul><li><ins data-id="1">b</ins> c</li><li>d <del data-id="2">e</del></li></ul>',
};

describe('parseCleanTree', () => {
  for (const [name, html] of Object.entries(cases)) {
    it(`gives what ProseMirror's parser gives: ${name}`, () => {
      for (const container of [inLinkedom, inHappyDom]) {
        expect(parsedFast(container(html))).toEqual(parsedByProseMirror(container(html)));
      }
    });
  }

  it("gives what ProseMirror's parser gives on generated trees", () => {
    const text = fc.constantFrom('a', 'b c', ' ', '  d ', '\n', '\t e\n', '\u00a0', 'f  ', '');
    const tree = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, text, tie('element')),
      element: fc.record({
        tag: fc.constantFrom(
          'p',
          'h2',
          'h3',
          'strong',
          'em',
          'u',
          's',
          'a href="https://example.org/"',
          'span lang="fr"',
          'p style="color: red"',
          'em style="text-decoration: underline"',
          'sup class="citation-ref"',
          'ins data-id="1"',
          'del data-id="2"',
          'blockquote',
          'ul',
          'li',
          'div',
          'h1',
          'br',
          'hr',
          'figure',
          'figcaption',
          'table',
          'td',
          'p data-disclaimer="legal"',
          'span data-comment-thread="t1"',
        ),
        children: fc.array(tie('node'), { maxLength: 4 }),
      }),
    }));
    const html = (node: unknown): string => {
      if (typeof node === 'string') return node;
      const { tag, children } = node as { tag: string; children: unknown[] };
      const name = tag.split(' ')[0];
      return `<${tag}>${children.map(html).join('')}</${name}>`;
    };
    const top = fc
      .array(fc.oneof(text, tree.element, tree.element), { maxLength: 8 })
      .map((nodes) => nodes.map(html).join(''));
    fc.assert(
      fc.property(top, (source) => {
        expect(parsedFast(inLinkedom(source))).toEqual(parsedByProseMirror(inLinkedom(source)));
      }),
      { numRuns: Number(process.env.PARSE_RUNS ?? 400) },
    );
  });

  it("gives what ProseMirror's parser gives on generated lists and quotes", () => {
    const space = fc.constantFrom(' ', '\n', ' \n\t', '');
    const text = fc.constantFrom('a', 'b c', ' d ', '  e', 'f  ', '\u00a0');
    const inline = fc.oneof(
      space,
      text,
      fc.constantFrom(
        '<strong>s </strong>',
        ' <em> e</em>',
        '<em> </em>',
        '<a href="https://example.org/">l</a>',
        '<br>',
        '<span style="color: red">st</span>',
        '<sup class="citation-ref">[1]</sup>',
        '<!-- c -->',
        '<del data-id="2">r</del>',
        '<ins data-id="1"> i</ins>',
      ),
    );
    const element = (tags: string[], children: fc.Arbitrary<string[]>) =>
      fc
        .tuple(fc.constantFrom(...tags), children)
        .map(([tag, content]) => `<${tag}>${content.join('')}</${tag.split(' ')[0]}>`);
    const blocks = fc.letrec((tie) => ({
      block: fc.oneof({ depthSize: 'small' }, tie('textblock'), tie('list'), tie('quote')),
      textblock: element(
        ['p', 'h2', 'p data-disclaimer="legal"', 'p style="color: red"', 'li'],
        fc.array(inline, { maxLength: 3 }),
      ),
      item: element(
        ['li', 'li', 'li', 'li class="unfinished-part"', 'li style="color: red"'],
        fc.oneof(
          fc.array(inline, { maxLength: 3 }),
          fc.array(fc.oneof(space, tie('block') as fc.Arbitrary<string>), { maxLength: 3 }),
          fc.array(fc.oneof(inline, tie('block') as fc.Arbitrary<string>), { maxLength: 3 }),
        ),
      ),
      list: element(
        ['ul', 'ol', 'ol start="3"', 'ul style="color: red"'],
        fc.array(
          fc.oneof(
            tie('item') as fc.Arbitrary<string>,
            tie('item') as fc.Arbitrary<string>,
            space,
            text,
            tie('list') as fc.Arbitrary<string>,
          ),
          {
            maxLength: 4,
          },
        ),
      ),
      quote: element(
        ['blockquote', 'blockquote', 'blockquote style="color: red"'],
        fc.array(fc.oneof(tie('block') as fc.Arbitrary<string>, space, text), { maxLength: 3 }),
      ),
    }));
    const top = fc
      .array(fc.oneof(text, space, blocks.block as fc.Arbitrary<string>, blocks.block as fc.Arbitrary<string>), {
        maxLength: 6,
      })
      .map((nodes) => nodes.join(''));
    fc.assert(
      fc.property(top, (source) => {
        expect(parsedFast(inLinkedom(source))).toEqual(parsedByProseMirror(inLinkedom(source)));
      }),
      { numRuns: Number(process.env.PARSE_RUNS ?? 400) },
    );
  });

  it("gives what ProseMirror's parser gives on generated figures", () => {
    const space = fc.constantFrom(' ', '\n', '');
    const inline = fc.constantFrom(
      'a',
      ' b ',
      '<em>e</em>',
      '<strong> s</strong>',
      '<br>',
      '<a href="https://example.org/">l</a>',
      '',
    );
    const part = fc.oneof(
      space,
      fc.constantFrom(
        '<img alt="x">',
        '<img src="https://example.org/p.png">',
        '<img style="color: red">',
        '<span></span>',
      ),
      fc.constantFrom('<div></div>', '<section></section>', '<object></object>', '<span>t</span>', 'loose'),
      fc.array(inline, { maxLength: 3 }).map((content) => `<figcaption>${content.join('')}</figcaption>`),
      fc.array(inline, { maxLength: 2 }).map((content) => `<p class="figure-credit">${content.join('')}</p>`),
    );
    const figure = fc
      .tuple(fc.constantFrom('figure', 'figure', 'figure style="color: red"'), fc.array(part, { maxLength: 5 }))
      .map(([tag, parts]) => `<${tag}>${parts.join('')}</figure>`);
    const inList = fc.array(part, { maxLength: 3 }).map((parts) => `<ul><li>a</li>${parts.join('')}</ul>`);
    const top = fc
      .array(fc.oneof(figure, figure, inList, fc.constantFrom('<p>p</p>', ' ', 'x')), { maxLength: 5 })
      .map((nodes) => nodes.join(''));
    fc.assert(
      fc.property(top, (source) => {
        expect(parsedFast(inLinkedom(source))).toEqual(parsedByProseMirror(inLinkedom(source)));
      }),
      { numRuns: Number(process.env.PARSE_RUNS ?? 400) },
    );
  });

  it('builds paragraphs, lists, quotes and figures of text and marks without the parser', () => {
    const parse = vi.spyOn(DOMParser.prototype, 'parse');
    try {
      const blocks = parseCleanTree(inLinkedom('<p>a <strong>b</strong></p>\n<h2>c<br>d</h2>'));
      expect(blocks.map((block) => block.type.name)).toEqual(['paragraph', 'heading']);
      expect(parse).not.toHaveBeenCalled();
      const listed = parseCleanTree(
        inLinkedom('<p>a</p><ul><li>b</li></ul><blockquote><p>c</p><ol><li><p>d</p></li></ol></blockquote><p>e</p>'),
      );
      expect(listed.map((block) => block.type.name)).toEqual(['paragraph', 'bulletList', 'blockquote', 'paragraph']);
      expect(parse).not.toHaveBeenCalled();
      const figure = parseCleanTree(
        inLinkedom('<figure><img alt="A"><figcaption>c</figcaption><p class="figure-credit">d</p></figure>'),
      );
      expect(figure.map((block) => [block.type.name, block.attrs.alt])).toEqual([['figure', 'A']]);
      expect(parse).not.toHaveBeenCalled();
      parseCleanTree(inLinkedom('<p>a</p><ul><li>b</li>c</ul><p>d</p>'));
      expect(parse).toHaveBeenCalledTimes(1);
    } finally {
      parse.mockRestore();
    }
  });
});
