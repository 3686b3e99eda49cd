import type { JSONContent } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { escapeHtml } from '../../../text/escape-html';
import type { BriefingNodeDefinition, EmptyBlocks, HtmlRenderContext } from '../../briefing-node-definition';
import { withBlockLanguage } from '../../language/with-block-language';
import { renderUnfinishedMarker } from '../../unfinished-marker';
import { renderHeadingHtml } from '../heading/heading-definition';
import { renderSectionMarkdown, renderSectionWord } from './section-formats';
import { SectionNode } from './section-node';

/**
 * A `<section>` labelled by its heading, tagged with its kind so a re-import finds it again. A section
 * whose body prints nothing is left out of a final export and marked in a review export.
 */
function renderSectionHtml(section: ProseMirrorNode, context: HtmlRenderContext): string {
  const heading = section.firstChild;
  const hasTitle = heading?.type.name === 'heading' && heading.textContent.trim() !== '';
  const id = hasTitle && heading ? context.anchor(heading.textContent) : undefined;
  const kind = escapeHtml(String(section.attrs.kind ?? 'custom'));
  const labelled = id ? ` aria-labelledby="${id}"` : '';
  const title = heading && hasTitle ? withBlockLanguage(renderHeadingHtml(heading, context, id), heading) : '';
  const rest = section.copy(section.content.cut(heading?.nodeSize ?? 0));
  let body = context.renderChildren(rest);
  if (body.trim() === '') {
    if (context.purpose === 'final') return '';
    body = `${renderUnfinishedMarker('empty section')}\n`;
  }
  return `<section class="briefing-section" data-section-kind="${kind}"${labelled}>\n${title}${body}</section>\n`;
}

/** A structure-only section keeps its kind, guidance and heading; its body is emptied block by block. */
function emptySection(section: JSONContent, emptyBlocks: EmptyBlocks): JSONContent {
  const [heading, ...rest] = section.content ?? [];
  const body = emptyBlocks(rest);
  return {
    type: 'section',
    attrs: { kind: section.attrs?.kind ?? 'custom', guidance: section.attrs?.guidance ?? '' },
    content: [
      heading ?? { type: 'heading', attrs: { level: 2 } },
      ...(body.length > 0 ? body : [{ type: 'paragraph' }]),
    ],
  };
}

export const sectionDefinition: BriefingNodeDefinition = {
  extension: SectionNode,
  export: { html: renderSectionHtml, markdown: renderSectionMarkdown, docx: renderSectionWord },
  plainText: { end: 'none' },
  template: { structureOnly: emptySection, variableAttributes: [] },
};
