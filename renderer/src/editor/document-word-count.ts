import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { countWords } from '../../../electron/common/document/count-words';

/**
 * Counts a document's words as `countWords` does, remembering each top-level block's count: ProseMirror
 * keeps unchanged blocks as the same objects from one version to the next, so a recount after typing
 * reads only the blocks that changed. (Top-level blocks are separated as words are, so the counts add up.)
 */
export class DocumentWordCount {
  #byBlock = new WeakMap<ProseMirrorNode, number>();

  words(doc: ProseMirrorNode): number {
    let total = 0;
    doc.forEach((block) => {
      let words = this.#byBlock.get(block);
      if (words === undefined) {
        words = countWords(block.toJSON());
        this.#byBlock.set(block, words);
      }
      total += words;
    });
    return total;
  }
}
