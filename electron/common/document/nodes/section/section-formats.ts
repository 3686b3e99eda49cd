import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { MarkdownRenderContext } from '../../markdown-render-context';
import { unfinishedMarkdown, unfinishedWordParagraph } from '../../unfinished-marker-formats';
import type { WordPart, WordRenderContext } from '../../word-render-context';

/** The section's heading (its first child, when it is one) and the rest of its blocks. */
function splitSection(section: ProseMirrorNode): { heading?: ProseMirrorNode; body: ProseMirrorNode } {
  const first = section.firstChild;
  const heading = first?.type.name === 'heading' ? first : undefined;
  return { ...(heading ? { heading } : {}), body: section.copy(section.content.cut(heading?.nodeSize ?? 0)) };
}

/**
 * Markdown has no sections: the heading, then the blocks. A section whose body prints nothing is left
 * out of a final export and marked in a review export, as in HTML.
 */
export function renderSectionMarkdown(section: ProseMirrorNode, context: MarkdownRenderContext): string {
  const { heading, body } = splitSection(section);
  let blocks = context.renderChildren(body);
  if (blocks.trim() === '') {
    if (context.purpose === 'final') return '';
    blocks = `${unfinishedMarkdown('empty section')}\n\n`;
  }
  return `${heading ? context.renderChildren(section.copy(section.content.cut(0, heading.nodeSize))) : ''}${blocks}`;
}

/** Word has no sections either: the heading paragraph, then the blocks; an empty section as in Markdown. */
export function renderSectionWord(section: ProseMirrorNode, context: WordRenderContext): WordPart[] {
  const { heading, body } = splitSection(section);
  let blocks = context.renderChildren(body);
  if (blocks.length === 0) {
    if (context.purpose === 'final') return [];
    blocks = [unfinishedWordParagraph('empty section')];
  }
  return [
    ...(heading ? context.renderChildren(section.copy(section.content.cut(0, heading.nodeSize))) : []),
    ...blocks,
  ];
}
