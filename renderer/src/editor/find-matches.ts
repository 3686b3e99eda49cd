import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/** A document range whose text matches the search. */
export interface TextMatch {
  from: number;
  to: number;
}

/**
 * Every occurrence of `query` in the document's textblocks, in document order.
 * Matches may span marks (bold inside a word) but never cross blocks.
 */
export function findMatches(doc: ProseMirrorNode, query: string, matchCase: boolean): TextMatch[] {
  if (query.length === 0) return [];
  const needle = matchCase ? query : query.toLocaleLowerCase();
  const matches: TextMatch[] = [];
  doc.descendants((node, position) => {
    if (!node.isTextblock) return true;
    let text = '';
    const offsets: number[] = [];
    node.forEach((child, childOffset) => {
      const start = position + 1 + childOffset;
      if (child.isText && child.text) {
        text += child.text;
        for (let index = 0; index < child.text.length; index += 1) offsets.push(start + index);
      } else {
        text += '\uFFFC';
        offsets.push(start);
      }
    });
    const haystack = matchCase ? text : text.toLocaleLowerCase();
    let index = haystack.indexOf(needle);
    while (index !== -1) {
      const from = offsets[index] as number;
      const to = (offsets[index + needle.length - 1] as number) + 1;
      matches.push({ from, to });
      index = haystack.indexOf(needle, index + needle.length);
    }
    return false;
  });
  return matches;
}
