import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/**
 * Remembers what `compute` gave for each top-level block of a document: ProseMirror keeps unchanged blocks as
 * the same objects from one version to the next, so after typing only the blocks that changed are computed again.
 */
export class TopLevelBlockMemo<T> {
  readonly #byBlock = new WeakMap<ProseMirrorNode, T>();

  constructor(private readonly compute: (block: ProseMirrorNode) => T) {}

  /** The value of each top-level block of `doc`, in order. */
  each(doc: ProseMirrorNode, use: (value: T) => void): void {
    doc.forEach((block) => {
      let value = this.#byBlock.get(block);
      if (value === undefined) {
        value = this.compute(block);
        this.#byBlock.set(block, value);
      }
      use(value);
    });
  }
}
