import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { countWords } from '../../common/document/count-words';
import { convertTextInNode } from './convert-text-in-node';
import { warmUpCharacters, warmUpPage } from './warm-up-page';

function nodeTypes(node: JSONContent, into = new Set<string>()): Set<string> {
  if (node.type) into.add(node.type);
  for (const mark of node.marks ?? []) into.add(`mark:${mark.type}`);
  for (const child of node.content ?? []) nodeTypes(child, into);
  return into;
}

describe('the import worker’s warm-up page', () => {
  it('takes the importer through every shape a real page gives it, at the length of a long article’s loops', async () => {
    const page = warmUpPage();
    const { document } = await convertTextInNode({
      text: page,
      format: 'html',
      keepClutter: false,
      embedImages: false,
      now: Date.UTC(2026, 2, 10),
    });
    expect(document.metadata).toMatchObject({
      title: 'Shelling near river crossing as aid convoys reach eastern villages',
      datelinePlace: 'RIVERTOWN',
      eventDate: '2026-03-04',
      authors: ['Example Reporter'],
    });
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

  it('is the same page each time, so every session warms up alike', () => {
    expect(warmUpPage()).toBe(warmUpPage());
  });
});
