import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { countWords } from '../../../electron/common/document/count-words';
import { TopLevelBlockMemo } from './top-level-block-memo';

/**
 * Counts a document's words as `countWords` does, counting again only the top-level blocks that changed since
 * the last call. (Top-level blocks are separated as words are, so the counts add up.)
 */
export class DocumentWordCount {
  readonly #blocks = new TopLevelBlockMemo((block) => countWords(block.toJSON()));

  words(doc: ProseMirrorNode): number {
    let total = 0;
    this.#blocks.each(doc, (words) => {
      total += words;
    });
    return total;
  }
}
