import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/** A document range whose text matches the search. */
export interface TextMatch {
  from: number;
  to: number;
}

/** How the search compares text. */
export interface FindOptions {
  matchCase: boolean;
  /** Only matches with no letter, digit or underscore right before or after them. */
  wholeWord: boolean;
}

const wordCharacter = /[\p{L}\p{N}\p{M}_]/u;

function standsAlone(text: string, start: number, end: number): boolean {
  return !wordCharacter.test(text.charAt(start - 1)) && !wordCharacter.test(text.charAt(end));
}

/**
 * Every occurrence of `query` in the document's textblocks, in document order.
 * Matches may span marks (bold inside a word) but never cross blocks.
 */
export function findMatches(doc: ProseMirrorNode, query: string, { matchCase, wholeWord }: FindOptions): TextMatch[] {
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
      const end = index + needle.length;
      if (!wholeWord || standsAlone(text, index, end)) {
        matches.push({ from: offsets[index] as number, to: (offsets[end - 1] as number) + 1 });
        index = haystack.indexOf(needle, end);
      } else {
        index = haystack.indexOf(needle, index + 1);
      }
    }
    return false;
  });
  return matches;
}
