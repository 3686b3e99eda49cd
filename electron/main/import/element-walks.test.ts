import fc from 'fast-check';
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { ImportElement } from '../../common/import/import-dom';
import { headingsIn } from '../../common/import/normalize-headings';
import { textLength } from '../../common/import/text-length';

/** Markup of nested elements, text, comments and empty elements, headings among them. */
const markup = fc.letrec<{ node: string; element: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom('', 'a', ' b c ', '–é', '&lt;x&gt;', '<!-- note -->', '<br>', '<img alt="x">'),
    tie('element'),
  ),
  element: fc
    .tuple(
      fc.constantFrom('p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'span', 'ul', 'li', 'custom-tag'),
      fc.array(tie('node'), { maxLength: 4 }),
    )
    .map(([tag, children]) => `<${tag}>${children.join('')}</${tag}>`),
}));

const documents = {
  linkedom: (html: string) =>
    parseHTML(`<!doctype html><html><body><div id="root">${html}</div><h2>after</h2></body></html>`).document,
  'happy-dom': (html: string) => {
    const { document } = new Window();
    document.body.innerHTML = `<div id="root">${html}</div><h2>after</h2>`;
    return document;
  },
};

describe('element walks', () => {
  for (const [name, parse] of Object.entries(documents)) {
    it(`textLength is the length of textContent (${name})`, () => {
      fc.assert(
        fc.property(fc.array(markup.node, { maxLength: 5 }), (nodes) => {
          const document = parse(nodes.join(''));
          const root = document.querySelector('#root') as unknown as ImportElement;
          for (const element of [root, ...Array.from(root.querySelectorAll('*'))]) {
            expect(textLength(element)).toBe((element.textContent ?? '').length);
          }
        }),
        { numRuns: 300 },
      );
    });

    it(`headingsIn lists what querySelectorAll of the six headings lists (${name})`, () => {
      fc.assert(
        fc.property(fc.array(markup.node, { maxLength: 5 }), (nodes) => {
          const document = parse(nodes.join(''));
          const root = document.querySelector('#root') as unknown as ImportElement;
          for (const element of [root, ...Array.from(root.querySelectorAll('*'))]) {
            const expected = Array.from(element.querySelectorAll('h1, h2, h3, h4, h5, h6'));
            const found = headingsIn(element);
            expect(found.length).toBe(expected.length);
            // The same elements, compared by identity: equal-looking headings are not enough.
            expect(found.every((heading, index) => heading === expected[index])).toBe(true);
          }
        }),
        { numRuns: 300 },
      );
    });
  }
});
