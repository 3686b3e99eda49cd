import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/**
 * Where the caret goes when a briefing opens: in a briefing nobody has written in yet
 * (only section titles), the first empty paragraph, where the first section's guidance
 * shows; otherwise (undefined) the start of the text.
 */
export function initialCaretPosition(doc: ProseMirrorNode): number | undefined {
  let firstEmptyParagraph: number | undefined;
  let hasWriting = false;
  doc.descendants((node, position) => {
    if (hasWriting) return false;
    if (!node.isTextblock) return true;
    if (node.type.name === 'heading') return false;
    if (node.content.size > 0) hasWriting = true;
    else firstEmptyParagraph ??= position + 1;
    return false;
  });
  if (!hasWriting && firstEmptyParagraph !== undefined) return firstEmptyParagraph;
  return undefined;
}
