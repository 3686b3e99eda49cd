import { Fragment, type Node as ProseMirrorNode } from '@tiptap/pm/model';

/**
 * Writes a document as the JSON text of `doc.toJSON()`, remembering each top-level block's text: ProseMirror
 * keeps unchanged blocks as the same objects from one version to the next, so an autosave after typing
 * serialises only the blocks that changed, and the body crosses IPC as one string.
 */
export class DocumentJsonText {
  #byBlock = new WeakMap<ProseMirrorNode, string>();

  text(doc: ProseMirrorNode): string {
    if (doc.childCount === 0) return JSON.stringify(doc.toJSON());
    const blocks: string[] = [];
    doc.forEach((block) => {
      let text = this.#byBlock.get(block);
      if (text === undefined) {
        text = JSON.stringify(block.toJSON());
        this.#byBlock.set(block, text);
      }
      blocks.push(text);
    });
    // The doc's own fields as toJSON writes them, with the blocks' texts as its content.
    const head = JSON.stringify({ ...doc.copy(Fragment.empty).toJSON(), content: [] });
    return `${head.slice(0, -'[]}'.length)}[${blocks.join(',')}]}`;
  }
}
