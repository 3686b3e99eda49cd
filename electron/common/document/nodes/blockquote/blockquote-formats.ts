import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { MarkdownRenderContext } from '../../markdown-render-context';
import { unfinishedMarkdown, unfinishedWordParagraph } from '../../unfinished-marker-formats';
import type { WordPart, WordRenderContext } from '../../word-render-context';
import { blockParts } from '../../word-render-context';

/** Each line of the quoted blocks behind `>`; an empty quote is left out of a final export and marked in a review. */
export function renderBlockquoteMarkdown(node: ProseMirrorNode, context: MarkdownRenderContext): string {
  const quoted = context.renderChildren(node).trimEnd();
  if (quoted.trim() === '') return context.purpose === 'final' ? '' : `${unfinishedMarkdown('empty quote')}\n\n`;
  return `${quoted
    .split('\n')
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n')}\n\n`;
}

/** The quoted paragraphs in Word's Quote style; an empty quote is left out of a final export and marked in a review. */
export function renderBlockquoteWord(node: ProseMirrorNode, context: WordRenderContext): WordPart[] {
  const blocks = blockParts(context.renderChildren(node));
  if (blocks.length === 0) return context.purpose === 'final' ? [] : [unfinishedWordParagraph('empty quote')];
  return blocks.map((block) =>
    block.kind === 'paragraph' && block.style === 'body' ? { ...block, style: 'quote' } : block,
  );
}
