import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { installFastSelectorMatches } from './fast-selector-matches';

installFastSelectorMatches();

describe('fast selector matches', () => {
  it('answers simple and descendant selectors as linkedom’s own selector engine does', () => {
    const { document } = parseHTML(
      '<html><body><figure class="photo"><div><p class="figure-caption note">Caption</p></div></figure><p class="figure-caption" data-caption="caption">Loose</p><span data-type="modification">Changed</span><span data-type="modifications">Other</span><section><figure><span class="figure-caption">Other</span></figure></section></body></html>',
    );
    const selectors = [
      'p',
      '.figure-caption',
      'p.figure-caption',
      'p[data-caption]',
      'p[data-caption="caption"]',
      "p[data-caption='caption']",
      "span[data-type='modification']",
      'figure .figure-caption',
      'figure.photo p.note',
      'section figure .figure-caption',
      'body section .note',
    ];
    const elements = Array.from(document.querySelectorAll('*')) as unknown as {
      localName: string;
      matches(selector: string): boolean;
    }[];
    for (const selector of selectors) {
      const expected = new Set<unknown>(Array.from(document.querySelectorAll(selector)));
      for (const element of elements) {
        expect(element.matches(selector), `${selector} on <${element.localName}>`).toBe(expected.has(element));
      }
    }
  });
});
