import fc from 'fast-check';
import sanitizeHtml from 'sanitize-html';
import { describe, expect, it } from 'vitest';
import { pagePartTag, removedTags, sanitizeOptions } from './parse-html-in-node';

// patches/sanitize-html+2.18.1.patch: `removedTags` skips an element's subtree where `exclusiveFilter` wrote it and then
// cut the whole output back, a copy of everything before it per removed element.
const removedTagOptions = sanitizeOptions;
const exclusiveFilterOptions: sanitizeHtml.IOptions = {
  ...sanitizeOptions,
  removedTags: undefined,
  exclusiveFilter: (frame) => removedTags.has(frame.tag),
};
/** The transforms `withNodeHtmlDocument` sanitises with: the page's parts marked, one of them by a function. */
const pagePartTransforms: sanitizeHtml.IOptions['transformTags'] = {
  head: pagePartTag.head,
  body: pagePartTag.body,
  html: (_tagName, attribs) => ({ tagName: pagePartTag.html, attribs }),
};

function sanitiseBothWays(html: string, transformTags?: sanitizeHtml.IOptions['transformTags']) {
  const extra = transformTags ? { transformTags } : {};
  return {
    removed: sanitizeHtml(html, { ...removedTagOptions, ...extra }),
    filtered: sanitizeHtml(html, { ...exclusiveFilterOptions, ...extra }),
  };
}

const tagNames = [
  ...removedTags,
  'p',
  'div',
  'span',
  'a',
  'b',
  'ul',
  'li',
  'table',
  'tr',
  'td',
  'form',
  'optgroup',
  'datalist',
  'img',
  'br',
  'meta',
  'title',
  'html',
  'head',
  'body',
  'xmp',
  'foreignObject',
  'desc',
  'animate',
];
const tagName = fc.constantFrom(...tagNames).chain((name) => fc.constantFrom(name, name.toUpperCase()));
const attribute = fc.constantFrom(
  '',
  ' class="lede"',
  ' title=\'say "hi" </svg>\'',
  ' href="https://example.org/?a=1&amp;b=2"',
  ' lang=fr',
  ' onclick="alert(1)"',
  ' style="color:red"',
  ' attributeName="href" to="javascript:alert(1)"',
  ' value="</button><p>"',
);
const markupToken = fc.oneof(
  fc.tuple(tagName, attribute, fc.constantFrom('>', '/>', ' >')).map(([name, attrs, end]) => `<${name}${attrs}${end}`),
  tagName.map((name) => `</${name}>`),
  fc.constantFrom(
    'Strikes hit the plant',
    ' ',
    '</p>',
    '<svg>',
    '</script>',
    '</noscript>',
    '&amp; &lt; &#x3c;script&#x3e; &nbsp;',
    '<',
    '>',
    '"',
    "'",
    '<!-- a <script> comment -->',
    '<!-- unclosed',
    '<![CDATA[ <b>x</b> ]]>',
    '<!doctype html>',
    '<?xml version="1.0"?>',
    '</br>',
    '</',
  ),
);
const hostileMarkup = fc.array(markupToken, { maxLength: 40 }).map((tokens) => tokens.join(''));

describe('sanitize-html with removedTags', () => {
  it('is the patched sanitize-html (npm install applies patches/ with patch-package)', () => {
    expect(
      sanitizeHtml.toString(),
      'sanitize-html is not patched: run `npm install` (or `npx patch-package`) in this checkout',
    ).toContain('removedTags.has(name)');
  });

  it('gives what the exclusive filter gave, over hostile markup', () => {
    fc.assert(
      fc.property(hostileMarkup, fc.boolean(), (html, pageParts) => {
        const { removed, filtered } = sanitiseBothWays(html, pageParts ? pagePartTransforms : undefined);
        expect(removed).toBe(filtered);
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['a removed element between text', '<p>a<button class="x">Share</button>b</p>', '<p>ab</p>'],
    ['void removed elements', '<p>a<input value="x">b<link rel=x><base href=y><embed src=z>c</p>', '<p>abc</p>'],
    ['nested removed elements', '<div>a<svg><svg><path/></svg>x</svg>b<svg></svg>c</div>', '<div>abc</div>'],
    [
      'script and style text holding markup',
      '<p>a<script>if (a </p><svg>) b()</script>b<style>p::after{content:"</p>"}</style>c</p>',
      '<p>abc</p>',
    ],
    ['an unclosed removed element at the end', '<p>a</p><div>b<noscript><p>c</p>d', '<p>a</p><div>b</div>'],
    ['a removed element closed by its parent', '<div>a<button><b>b</div>c', '<div>a</div>c'],
    ['a removed element closed by another', '<form><button>a<select><option>b</select>c</form>d', '<form>c</form>d'],
    ['an upper-case removed element', '<P>a<SCRIPT>x</SCRIPT>b</P>', '<p>ab</p>'],
    [
      "a removed element's page parts",
      '<html><head><title>t</title><style>x</style></head><body><template><body>x</body></template>y</body></html>',
      '<div><div><title>t</title></div><div>y</div></div>',
    ],
  ])('removes %s', (_, html, expected) => {
    const { removed, filtered } = sanitiseBothWays(html);
    expect(removed).toBe(expected);
    expect(filtered).toBe(expected);
  });

  it('takes time in proportion to the page, however many elements it removes', () => {
    // Blocks of a paragraph and a share button: with the exclusive filter's cut, growing with the page, four times the
    // page took 16 to 50 times as long; linear, about 4 times. The fastest of 7 turns stands clear of the machine's load.
    const page = (blocks: number) =>
      '<article>' +
      Array.from({ length: blocks }, (_, index) => `<p>Paragraph ${index} of the long page.</p><button>Share</button>`)
        .join('')
        .concat('</article>');
    const small = page(1_000);
    const large = page(4_000);
    const time = (html: string) => {
      const started = performance.now();
      sanitizeHtml(html, removedTagOptions);
      return performance.now() - started;
    };
    time(small);
    time(large);
    const smallTimes: number[] = [];
    const largeTimes: number[] = [];
    for (let turn = 0; turn < 7; turn += 1) {
      smallTimes.push(time(small));
      largeTimes.push(time(large));
    }
    expect(Math.min(...largeTimes) / Math.min(...smallTimes)).toBeLessThan(10);
  });
});
