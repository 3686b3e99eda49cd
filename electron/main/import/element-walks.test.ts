import fc from 'fast-check';
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { firstElementChildren, lastElementChildren } from '../../common/import/element-children';
import { elementsNamed } from '../../common/import/elements-named';
import type { ImportElement } from '../../common/import/import-dom';
import { textLength } from '../../common/import/text-length';

/**
 * Markup of nested elements, text, comments and empty elements, headings among them; with templates or without
 * (sanitising removes them before any text is measured, and happy-dom counts a template's content as its text).
 */
const markup = (tags: readonly string[]) =>
  fc.letrec<{ node: string; element: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small' },
      fc.constantFrom('', 'a', ' b c ', '–é', '&lt;x&gt;', '<!-- note -->', '<br>', '<img alt="x">', '<meta name="x">'),
      tie('element'),
    ),
    element: fc
      .tuple(fc.constantFrom(...tags), fc.array(tie('node'), { maxLength: 4 }))
      .map(([tag, children]) => `<${tag}>${children.join('')}</${tag}>`),
  }));
const tags = [
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'span',
  'ul',
  'li',
  'custom-tag',
  'figure',
  'time',
];
const markupWithoutTemplates = markup(tags).node;
const markupWithTemplates = markup([...tags, 'template']).node;

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
        fc.property(fc.array(markupWithoutTemplates, { maxLength: 5 }), (nodes) => {
          const document = parse(nodes.join(''));
          const root = document.querySelector('#root') as unknown as ImportElement;
          for (const element of [root, ...Array.from(root.querySelectorAll('*'))]) {
            expect(textLength(element)).toBe((element.textContent ?? '').length);
          }
        }),
        { numRuns: 300 },
      );
    });

    it(`textLength with an element counted already is the length of textContent (${name})`, () => {
      fc.assert(
        fc.property(fc.array(markupWithoutTemplates, { maxLength: 5 }), fc.nat(), (nodes, pick) => {
          const document = parse(nodes.join(''));
          const root = document.querySelector('#root') as unknown as ImportElement;
          const elements = [root, ...Array.from(root.querySelectorAll('*'))] as ImportElement[];
          // Any element, inside the measured one or not; its length given as counted (a wrong one shows if used).
          const counted = elements[pick % elements.length] as ImportElement;
          const length = (counted.textContent ?? '').length;
          for (const element of elements) {
            const inside = element !== counted && element.contains(counted);
            const measured = textLength(element, { element: counted, length: length + 1000 });
            expect(measured).toBe((element.textContent ?? '').length + (inside ? 1000 : 0));
          }
        }),
        { numRuns: 300 },
      );
    });

    it(`the first and last element children are those of the children's list (${name})`, () => {
      fc.assert(
        fc.property(fc.array(markupWithTemplates, { maxLength: 8 }), fc.nat(9), (nodes, count) => {
          const document = parse(nodes.join(''));
          const root = document.querySelector('#root') as unknown as ImportElement;
          for (const element of [root, ...Array.from(root.querySelectorAll('*'))] as ImportElement[]) {
            const children = Array.from(element.children);
            const first = firstElementChildren(element, count);
            const last = lastElementChildren(element, count);
            // The same elements in the same order, compared by identity.
            expect(first.length).toBe(Math.min(count, children.length));
            expect(first.every((child, index) => child === children[index])).toBe(true);
            expect(last.length).toBe(Math.min(count, children.length));
            expect(last.every((child, index) => child === children[children.length - last.length + index])).toBe(true);
          }
        }),
        { numRuns: 300 },
      );
    });

    it(`elementsNamed lists what querySelectorAll of the names lists (${name})`, () => {
      const selections = [['h1', 'h2', 'h3', 'h4', 'h5', 'h6'], ['figure'], ['meta', 'time'], ['template', 'p']];
      fc.assert(
        fc.property(fc.array(markupWithTemplates, { maxLength: 5 }), (nodes) => {
          const document = parse(nodes.join(''));
          const root = document.querySelector('#root') as unknown as ImportElement;
          for (const element of [root, ...Array.from(root.querySelectorAll('*'))]) {
            for (const names of selections) {
              const expected = Array.from(element.querySelectorAll(names.join(', ')));
              const found = elementsNamed(element, new Set(names));
              expect(found.length).toBe(expected.length);
              // The same elements, compared by identity: equal-looking elements are not enough.
              expect(found.every((found, index) => found === expected[index])).toBe(true);
            }
          }
        }),
        { numRuns: 300 },
      );
    });
  }
});
