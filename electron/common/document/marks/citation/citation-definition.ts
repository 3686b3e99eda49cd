import type { Mark } from '@tiptap/pm/model';
import { escapeHtml } from '../../../text/escape-html';
import type { BriefingMarkDefinition, HtmlRenderContext } from '../../briefing-node-definition';
import { renderCitationMarkdown, renderCitationWord } from './citation-formats';
import { CitationMark, readCitedSourceIds } from './citation-mark';

/** The cited text, then its numbered references, each linking to its entry in the source list at the end. */
function renderCitationHtml(mark: Mark, context: HtmlRenderContext): readonly [string, string] {
  const ids = readCitedSourceIds(mark.attrs.sources);
  const references = context
    .cite(ids)
    .map((source) => `<a href="#${source.anchor}" title="${escapeHtml(source.name)}">[${source.number}]</a>`)
    .join('');
  return [
    `<span class="citation" data-citation-sources="${escapeHtml(ids.join(' '))}">`,
    `</span>${references ? `<sup class="citation-ref">${references}</sup>` : ''}`,
  ];
}

export const citationDefinition: BriefingMarkDefinition = {
  extension: CitationMark,
  export: { html: renderCitationHtml, markdown: renderCitationMarkdown, docx: renderCitationWord },
};
