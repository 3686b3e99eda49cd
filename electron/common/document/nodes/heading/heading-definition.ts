import Heading from '@tiptap/extension-heading';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { BriefingNodeDefinition, HtmlRenderContext } from '../../briefing-node-definition';

/** Headings start at level 2: level 1 is the briefing's title, kept in metadata. */
export const briefingHeadingLevels = [2, 3, 4] as const;

/** The level a heading exports at: 2 to 4, whatever an older file holds. */
function headingLevel(node: ProseMirrorNode): 2 | 3 | 4 {
  return Math.min(4, Math.max(2, Number(node.attrs.level) || 2)) as 2 | 3 | 4;
}

/** A heading with a readable anchor; a section passes the id its `aria-labelledby` points at. */
export function renderHeadingHtml(node: ProseMirrorNode, context: HtmlRenderContext, id?: string): string {
  if (node.textContent.trim() === '') return '';
  const level = headingLevel(node);
  const anchor = id ?? context.anchor(node.textContent);
  return `<h${level} id="${anchor}">${context.renderInline(node)}</h${level}>\n`;
}

/** A heading inside the body; templates keep it with its text, it is structure. */
export const headingDefinition: BriefingNodeDefinition = {
  extension: Heading.configure({ levels: [...briefingHeadingLevels] }),
  export: {
    html: (node, context) => renderHeadingHtml(node, context),
    markdown: (node, context) =>
      node.textContent.trim() === ''
        ? ''
        : `${'#'.repeat(headingLevel(node))} ${context.renderInline(node, { singleLine: true }).trim()}\n\n`,
    docx: (node, context) =>
      node.textContent.trim() === ''
        ? []
        : [{ kind: 'paragraph', style: `heading${headingLevel(node)}`, inlines: context.renderInline(node) }],
  },
  plainText: { end: 'line' },
  template: { structureOnly: 'keep', variableAttributes: [] },
};
