import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { countWords } from '../../common/document/count-words';
import { convertTextInNode } from './convert-text-in-node';
import { withNodeHtmlDocument } from './parse-html-in-node';
import { readArticle } from './read-article';
import { longWarmUpCharacters, longWarmUpPage, warmUpCharacters, warmUpPage } from './warm-up-page';

function nodeTypes(node: JSONContent, into = new Set<string>()): Set<string> {
  if (node.type) into.add(node.type);
  for (const mark of node.marks ?? []) into.add(`mark:${mark.type}`);
  for (const child of node.content ?? []) nodeTypes(child, into);
  return into;
}

/** The page as the import worker converts it, on a day after the page's date. */
async function convert(page: string) {
  const converted = await convertTextInNode({
    text: page,
    format: 'html',
    keepClutter: false,
    embedImages: false,
    now: Date.UTC(2026, 2, 10),
  });
  return converted.document;
}

/** What the importer reads from the page's title, dateline and date, at either length. */
const headline = {
  title: 'Shelling near river crossing as aid convoys reach eastern villages',
  datelinePlace: 'RIVERTOWN',
  eventDate: '2026-03-04',
};

describe('the import worker’s warm-up page', () => {
  it('takes the importer through every shape a real page gives it, at the length of a long article’s loops', async () => {
    const page = warmUpPage();
    const document = await convert(page);
    expect(document.metadata).toMatchObject({ ...headline, authors: ['Example Reporter'] });
    expect(new Set(document.dropped.map((piece) => piece.kind))).toEqual(
      new Set(['share', 'byline', 'publication-line', 'related-links']),
    );
    const types = nodeTypes(document.content);
    for (const type of ['section', 'heading', 'paragraph', 'bulletList', 'figure', 'blockquote', 'table']) {
      expect(types).toContain(type);
    }
    for (const mark of ['bold', 'italic', 'link']) expect(types).toContain(`mark:${mark}`);
    expect(countWords(document.content)).toBeGreaterThan(2_500);
    // The worker converts it about two dozen times, no more: a warm-up of a few hundred milliseconds.
    expect(Math.ceil(warmUpCharacters / page.length)).toBeGreaterThanOrEqual(20);
    expect(Math.ceil(warmUpCharacters / page.length)).toBeLessThanOrEqual(30);
  });

  it('comes in a long report’s length too, converted a handful of times, which the importer reads as long reports', async () => {
    const page = longWarmUpPage();
    const document = await convert(page);
    expect(document.metadata).toMatchObject(headline);
    // The site's furniture around the article is left out, as on a real long report.
    expect(new Set(document.dropped.map((piece) => piece.kind))).toContain('share');
    expect(countWords(document.content)).toBeGreaterThan(25_000);
    // Its one article holds nearly all its text: read without Readability's scoring, as a 25,000-word report is.
    // The page sanitised and parsed as the worker does it, before the article is looked for.
    expect(await withNodeHtmlDocument(page, readArticle)).toMatchObject({ title: '', byline: '' });
    expect(Math.ceil(longWarmUpCharacters / page.length)).toBeGreaterThanOrEqual(3);
    expect(Math.ceil(longWarmUpCharacters / page.length)).toBeLessThanOrEqual(8);
  });

  it('is the same page each time, so every session warms up alike', () => {
    expect(warmUpPage()).toBe(warmUpPage());
    expect(longWarmUpPage()).toBe(longWarmUpPage());
  });
});
