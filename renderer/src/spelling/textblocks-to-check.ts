import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { DocumentRange } from './changed-range';

/** One textblock to check: where it lies, its text, and the language it is written in. */
export interface TextblockToCheck {
  /** Position of its first character (inside the block). */
  start: number;
  /** Position just after its last character. */
  end: number;
  text: string;
  language: string;
}

const languageOf = (node: ProseMirrorNode): string | undefined =>
  typeof node.attrs.lang === 'string' && node.attrs.lang ? node.attrs.lang : undefined;

/**
 * The non-empty textblocks that overlap or touch `range`, each with its language: its own, its nearest ancestor's,
 * else the briefing's. One character per inline leaf (a hard break), so offsets in the text are offsets in
 * the document.
 */
export function textblocksToCheck(
  doc: ProseMirrorNode,
  range: DocumentRange,
  briefingLanguage: string,
): TextblockToCheck[] {
  const blocks: TextblockToCheck[] = [];
  // One position wider on each side, so that a change at a block's edge (a deletion, a split) reaches the block.
  const from = Math.max(0, Math.min(range.from - 1, doc.content.size));
  const to = Math.max(from, Math.min(range.to + 1, doc.content.size));
  doc.nodesBetween(from, to, (node, position) => {
    if (!node.isTextblock) return true;
    const text = node.textBetween(0, node.content.size, undefined, '\ufffc');
    if (text.trim() !== '') {
      const $inside = doc.resolve(position + 1);
      let language = briefingLanguage;
      for (let depth = 1; depth <= $inside.depth; depth += 1) language = languageOf($inside.node(depth)) ?? language;
      blocks.push({ start: position + 1, end: position + 1 + node.content.size, text, language });
    }
    return false;
  });
  return blocks;
}
