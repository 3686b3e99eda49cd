import type { Mark } from '@tiptap/pm/model';
import { escapeMarkdown } from '../../../text/escape-markdown';
import type { MarkdownRenderContext } from '../../markdown-render-context';
import type { WordRunFormat } from '../../word-render-context';

/** "[Inserted by Sam Editor, 26 Nov 2026, 09:02] " once per suggestion, as in the review HTML. */
function markdownLabel(kind: string, mark: Mark, context: MarkdownRenderContext): string {
  const by = context.review?.suggestionBy(mark.attrs.id);
  if (by === undefined) return '';
  return `\\[${escapeMarkdown(`${kind}${by ? ` by ${by}` : ''}`)}\\] `;
}

/** A review export's suggested insertion in Markdown: CommonMark passes `<ins>` through, with its label. */
export const renderInsertionMarkdown = (mark: Mark, context: MarkdownRenderContext): readonly [string, string] => [
  `<ins>${markdownLabel('Inserted', mark, context)}`,
  '</ins>',
];

/** A suggested deletion: struck through (GFM), with its label, so it never rests on colour alone. */
export const renderDeletionMarkdown = (mark: Mark, context: MarkdownRenderContext): readonly [string, string] => [
  `${markdownLabel('Deleted', mark, context)}~~`,
  '~~',
];

/** A formatting change: its label only ("[Formatting changed by …]"), as Markdown has no formatting to compare. */
export const renderModificationMarkdown = (mark: Mark, context: MarkdownRenderContext): readonly [string, string] => [
  markdownLabel('Formatting changed', mark, context) || '\\[Formatting changed\\] ',
  '',
];

/** In Word a suggestion is a native tracked change, with its author and time (`word-blocks-to-docx.ts`). */
export const renderInsertionWord = (mark: Mark): WordRunFormat => ({
  change: { kind: 'insertion', id: mark.attrs.id as string | number },
});

export const renderDeletionWord = (mark: Mark): WordRunFormat => ({
  change: { kind: 'deletion', id: mark.attrs.id as string | number },
});
