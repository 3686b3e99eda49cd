import { Schema } from '@tiptap/pm/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentDifference } from './content-difference';

const schema = new Schema({
  nodes: { doc: { content: 'paragraph+' }, paragraph: { content: 'text*' }, text: {} },
});

function documentOf(paragraphs: string[]) {
  return schema.node(
    'doc',
    null,
    paragraphs.map((text) => schema.node('paragraph', null, text ? schema.text(text) : [])),
  );
}

/** Few letters, so edits often sit beside the same letters and the two scans overlap. */
const paragraphs = fc.array(fc.stringMatching(/^[ab]{0,6}$/), { minLength: 1, maxLength: 3 });

describe('contentDifference', () => {
  it('is null for the same content', () => {
    expect(contentDifference(documentOf(['ab', '']), documentOf(['ab', '']))).toBeNull();
  });

  it('finds a span that holds the whole edit, with the start before both ends, however the edit repeats its neighbours', () => {
    fc.assert(
      fc.property(paragraphs, paragraphs, (beforeTexts, afterTexts) => {
        const before = documentOf(beforeTexts);
        const after = documentOf(afterTexts);
        const difference = contentDifference(before, after);
        if (before.eq(after)) return difference === null;
        if (!difference) return false;
        const { start, endBefore, endAfter } = difference;
        expect(start).toBeLessThanOrEqual(endBefore);
        expect(start).toBeLessThanOrEqual(endAfter);
        // Outside the span the two versions are the same.
        expect(before.slice(0, start).eq(after.slice(0, start))).toBe(true);
        expect(before.slice(endBefore).eq(after.slice(endAfter))).toBe(true);
        return true;
      }),
      { numRuns: 500 },
    );
  });

  it('takes a letter typed beside the same letter as one inserted letter', () => {
    const difference = contentDifference(documentOf(['xay']), documentOf(['xaay']));
    expect(difference).not.toBeNull();
    expect(difference && difference.endAfter - difference.start).toBe(1);
    expect(difference && difference.endBefore - difference.start).toBe(0);
  });
});
