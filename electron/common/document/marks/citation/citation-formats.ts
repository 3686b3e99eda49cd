import type { Mark } from '@tiptap/pm/model';
import type { MarkdownRenderContext } from '../../markdown-render-context';
import type { WordRenderContext, WordRunFormat } from '../../word-render-context';
import { readCitedSourceIds } from './citation-mark';

/** The cited text, then its reference numbers ("[1][2]"), which point into the numbered source list at the end. */
export function renderCitationMarkdown(mark: Mark, context: MarkdownRenderContext): readonly [string, string] {
  const references = context
    .cite(readCitedSourceIds(mark.attrs.sources))
    .map((source) => `\\[${source.number}\\]`)
    .join('');
  return ['', references];
}

/** In Word the cited sources are a footnote after the cited text. */
export function renderCitationWord(mark: Mark, context: WordRenderContext): WordRunFormat {
  const note = context.sourceNote(readCitedSourceIds(mark.attrs.sources));
  return note ? { footnote: note } : {};
}
