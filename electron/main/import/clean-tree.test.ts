import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildCleanTree } from '../../common/import/clean-tree';
import type { ImportDocument, ImportElement } from '../../common/import/import-dom';

function cleanTreeOf(html: string): ImportElement {
  const { document } = parseHTML(`<!doctype html><html><body><article>${html}</article></body></html>`);
  const page = document as unknown as ImportDocument;
  const source = document.querySelector('article') as unknown as ImportElement;
  return buildCleanTree(source, page, { keepClutter: false, resolveImage: () => null }).container;
}

describe('buildCleanTree', () => {
  it('leaves out control characters, keeping tabs and line breaks, in every text it copies', () => {
    // Three texts in a row: a pattern that kept state between texts (a `g` flag) would miss every other one.
    const container = cleanTreeOf('<p>a\u0007b</p><p>c\u0000d\te</p><p>f\u0085g\nh</p><p>plain</p><p>i\u001fj</p>');
    expect(Array.from(container.children).map((block) => block.textContent)).toEqual([
      'ab',
      'cd\te',
      'fg\nh',
      'plain',
      'ij',
    ]);
  });
});
