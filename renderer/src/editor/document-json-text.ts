import { Fragment, type Node as ProseMirrorNode } from '@tiptap/pm/model';
import { TopLevelBlockMemo } from './top-level-block-memo';

/**
 * Writes a document as the JSON text of `doc.toJSON()`, serialising only the top-level blocks that changed since
 * the last call, so an autosave after typing is cheap at any length; the body crosses IPC as one string.
 */
export class DocumentJsonText {
  readonly #blocks = new TopLevelBlockMemo((block) => JSON.stringify(block.toJSON()));

  text(doc: ProseMirrorNode): string {
    if (doc.childCount === 0) return JSON.stringify(doc.toJSON());
    const blocks: string[] = [];
    this.#blocks.each(doc, (text) => blocks.push(text));
    // The doc's own fields as toJSON writes them, with the blocks' texts as its content.
    const head = JSON.stringify({ ...doc.copy(Fragment.empty).toJSON(), content: [] });
    return `${head.slice(0, -'[]}'.length)}[${blocks.join(',')}]}`;
  }
}
