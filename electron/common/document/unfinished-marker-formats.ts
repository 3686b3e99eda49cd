import { escapeMarkdown } from '../text/escape-markdown';
import type { WordParagraph } from './word-render-context';

/** The review export's note for an unfinished part, in Markdown: emphasised text, as in the HTML. */
export function unfinishedMarkdown(text: string): string {
  return `*${escapeMarkdown(`Unfinished: ${text}`)}*`;
}

/** The review export's note for an unfinished part, as a Word paragraph in the notice style. */
export function unfinishedWordParagraph(text: string): WordParagraph {
  return { kind: 'paragraph', style: 'notice', inlines: [{ kind: 'text', text: `Unfinished: ${text}`, format: {} }] };
}
