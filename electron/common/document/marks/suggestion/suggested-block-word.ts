import type { Mark, Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { WordBlock, WordParagraph, WordPart, WordRunFormat } from '../../word-render-context';

type SuggestionId = string | number;

/** Every paragraph in `parts`, tables' cells included, in order. */
function paragraphsIn(parts: readonly WordPart[]): WordParagraph[] {
  return parts.flatMap((part): WordParagraph[] => {
    if (part.kind === 'paragraph') return [part];
    if (part.kind === 'table') return paragraphsIn(part.rows);
    if (part.kind === 'row') return paragraphsIn(part.cells);
    if (part.kind === 'cell') return paragraphsIn(part.blocks as WordBlock[]);
    return [];
  });
}

/** The block as it was before a suggested change of one attribute (a heading's level), or undefined when it cannot be built. */
function previousNode(node: ProseMirrorNode, mark: Mark): ProseMirrorNode | undefined {
  if (mark.attrs.type !== 'attr' || typeof mark.attrs.attrName !== 'string') return undefined;
  try {
    return node.type.create({ ...node.attrs, [mark.attrs.attrName]: mark.attrs.previousValue }, node.content);
  } catch {
    return undefined;
  }
}

/**
 * A review DOCX's block that carries a suggestion mark: a block suggested for insertion or deletion has
 * each of its runs (tables' included) and paragraph marks tracked as inserted or deleted; a block whose
 * formatting is suggested to change (the `modification` mark) keeps in its first paragraph the style it
 * had before (`render` draws the block with the earlier attribute), for Word's paragraph property change.
 */
export function withBlockSuggestionWord(
  parts: WordPart[],
  node: ProseMirrorNode,
  render: (node: ProseMirrorNode) => WordPart[],
): WordPart[] {
  for (const mark of node.marks) {
    const id = mark.attrs.id as SuggestionId;
    const kind = mark.type.name;
    if (kind === 'insertion' || kind === 'deletion') {
      const change: WordRunFormat['change'] = { kind, id };
      for (const paragraph of paragraphsIn(parts)) {
        paragraph.change ??= { kind, id };
        for (const inline of paragraph.inlines) {
          if (inline.kind === 'text' && !inline.format.change) inline.format = { ...inline.format, change };
        }
      }
    }
    if (kind === 'modification') {
      const [first] = paragraphsIn(parts);
      if (!first) continue;
      const before = previousNode(node, mark);
      const [previous] = before ? paragraphsIn(render(before)) : [];
      first.formatChange = { id, previousStyle: previous?.style ?? first.style };
    }
  }
  return parts;
}
