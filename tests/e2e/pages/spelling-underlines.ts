import type { Page } from 'playwright-core';

/** One misspelling underline as the page draws it: the text under it and the language of its block. */
export interface DrawnUnderline {
  word: string;
  language: string | null;
}

/**
 * The misspelling underlines the editor draws: the ranges of the `misspelling` highlight (CSS Custom
 * Highlight API, styled by `::highlight(misspelling)`) inside the editor's body, in document order, each with
 * the text it covers and the `lang` of the nearest element around it. A range whose nodes have left the body
 * is not drawn by the browser, so it is listed as "(not in the text)" and fails any comparison with words.
 */
export function drawnUnderlines(page: Page): Promise<DrawnUnderline[]> {
  return page.evaluate(() => {
    const body = document.querySelector('.ProseMirror');
    const highlight = CSS.highlights.get('misspelling');
    if (!body || !highlight) return [];
    const ranges = [...highlight].map((drawn) => {
      if (!body.contains(drawn.startContainer) || !body.contains(drawn.endContainer)) return undefined;
      const range = document.createRange();
      range.setStart(drawn.startContainer, drawn.startOffset);
      range.setEnd(drawn.endContainer, drawn.endOffset);
      return range;
    });
    const inText = ranges.filter((range): range is Range => range !== undefined);
    inText.sort((first, second) => first.compareBoundaryPoints(Range.START_TO_START, second));
    const outside = ranges.length - inText.length;
    return [
      ...inText.map((range) => {
        const container = range.startContainer;
        const element = container instanceof Element ? container : container.parentElement;
        return { word: range.toString(), language: element?.closest('[lang]')?.getAttribute('lang') ?? null };
      }),
      ...Array.from({ length: outside }, () => ({ word: '(not in the text)', language: null })),
    ];
  });
}

/** The words under the misspelling underlines, in document order. */
export async function underlinedWords(page: Page): Promise<string[]> {
  return (await drawnUnderlines(page)).map(({ word }) => word);
}

/** The middle of the first underline over `word`, where a user would click it. */
export async function underlinePoint(page: Page, word: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((needle) => {
    const highlight = CSS.highlights.get('misspelling');
    for (const drawn of highlight ?? []) {
      const range = document.createRange();
      range.setStart(drawn.startContainer, drawn.startOffset);
      range.setEnd(drawn.endContainer, drawn.endOffset);
      if (range.toString() !== needle) continue;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    return undefined;
  }, word);
  if (!point) throw new Error(`No underline is drawn over “${word}”.`);
  return point;
}

/**
 * Whether the underline over `word` shows: a screenshot of the word's line with the page's misspelling
 * highlight registered differs from one without it. (Ranges without the `::highlight(misspelling)` style,
 * or under a style that hides them, would be there and show nothing.)
 */
export async function underlineShows(page: Page, word: string): Promise<boolean> {
  const { x, y } = await underlinePoint(page, word);
  const clip = { x: Math.max(0, x - 60), y: Math.max(0, y - 14), width: 120, height: 28 };
  const withUnderlines = await page.screenshot({ clip, animations: 'disabled', caret: 'hide' });
  await page.evaluate(() => {
    const highlights = CSS.highlights as unknown as Map<string, Highlight> & { held?: Highlight };
    highlights.held = highlights.get('misspelling');
    highlights.delete('misspelling');
  });
  const withoutUnderlines = await page.screenshot({ clip, animations: 'disabled', caret: 'hide' });
  await page.evaluate(() => {
    const highlights = CSS.highlights as unknown as Map<string, Highlight> & { held?: Highlight };
    if (highlights.held) highlights.set('misspelling', highlights.held);
  });
  return !withUnderlines.equals(withoutUnderlines);
}
