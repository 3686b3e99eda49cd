import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { type ImportElement, tagOf } from '../../common/import/import-dom';

/** Names whose lower case is not simply the name: upper case, letters that change length or meaning when cased. */
const names = ['p', 'h2', 'briefdesk-page-body', 'DIV', 'Custom-Tag', 'ſ', 'straße', 'İmg', 'x_y', 'o:p', 'a1'];

describe('tagOf', () => {
  it('gives tagName in lower case on linkedom, for parsed and created elements', () => {
    const { document } = parseHTML(
      '<html><body><p>a</p><h2>b</h2><briefdesk-page-body>c</briefdesk-page-body><o:p>d</o:p><x_y>e</x_y></body></html>',
    );
    const elements = [
      ...Array.from(document.querySelectorAll('*')),
      ...names.map((name) => document.createElement(name)),
    ] as unknown as ImportElement[];
    for (const element of elements) expect(tagOf(element), element.localName).toBe(element.tagName.toLowerCase());
  });

  it('gives tagName in lower case on happy-dom, prefixed and foreign elements included', () => {
    const window = new Window();
    const { document } = window;
    document.body.innerHTML = '<p>a</p><svg><foreignObject></foreignObject><rect></rect></svg><o:p>b</o:p>';
    const elements = [
      ...Array.from(document.querySelectorAll('*')),
      ...names.filter((name) => !name.includes(':')).map((name) => document.createElement(name)),
      document.createElementNS('http://www.w3.org/2000/svg', 'svg:rect'),
      document.createElementNS('http://www.w3.org/1999/xhtml', 'x:p'),
    ] as unknown as ImportElement[];
    const prefixed = elements.filter((element) => element.prefix);
    expect(prefixed.length).toBeGreaterThanOrEqual(2);
    for (const element of elements) expect(tagOf(element), element.localName).toBe(element.tagName.toLowerCase());
    void window.happyDOM.close();
  });
});
