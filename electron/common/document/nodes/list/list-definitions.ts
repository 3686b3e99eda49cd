import type { JSONContent } from '@tiptap/core';
import { BulletList, ListItem, OrderedList } from '@tiptap/extension-list';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { BriefingNodeDefinition, HtmlRenderContext } from '../../briefing-node-definition';
import { renderUnfinishedMarker } from '../../unfinished-marker';
import { renderSingleParagraphInline } from '../render-single-paragraph-inline';
import { renderListItemMarkdown, renderListMarkdown } from './list-markdown';
import { renderListItemWord, renderListWord } from './list-word';

/** A list keeps one empty item in a structure-only template, so its kind stays visible. */
const emptyList = (list: JSONContent): JSONContent => ({
  type: list.type,
  ...(list.attrs ? { attrs: list.attrs } : {}),
  content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }],
});

/** A list whose items all print nothing prints nothing (its items are marked in a review export). */
function renderBulletList(node: ProseMirrorNode, context: HtmlRenderContext) {
  const items = context.renderChildren(node);
  return items.trim() === '' ? '' : `<ul>\n${items}</ul>\n`;
}

export const bulletListDefinition: BriefingNodeDefinition = {
  extension: BulletList,
  export: {
    html: renderBulletList,
    markdown: (node, context) => renderListMarkdown(node, context, () => '- '),
    docx: (node, context) => renderListWord(node, context, 'bullet'),
  },
  plainText: { end: 'none' },
  template: { structureOnly: emptyList, variableAttributes: [] },
};

function renderOrderedList(node: ProseMirrorNode, context: HtmlRenderContext) {
  const start = Number(node.attrs.start ?? 1);
  const items = context.renderChildren(node);
  return items.trim() === '' ? '' : `<ol${start !== 1 ? ` start="${start}"` : ''}>\n${items}</ol>\n`;
}

export const orderedListDefinition: BriefingNodeDefinition = {
  extension: OrderedList,
  export: {
    html: renderOrderedList,
    markdown: (node, context) => {
      const start = Number(node.attrs.start ?? 1);
      return renderListMarkdown(node, context, (index) => `${start + index}. `);
    },
    docx: (node, context) => renderListWord(node, context, 'ordered'),
  },
  plainText: { end: 'none' },
  template: { structureOnly: emptyList, variableAttributes: [] },
};

/** An item without text is left out of a final export (no lone bullet) and marked in a review export. */
function renderListItem(node: ProseMirrorNode, context: HtmlRenderContext) {
  const content = renderSingleParagraphInline(node, context);
  if (content.trim() !== '') return `<li>${content}</li>\n`;
  return context.purpose === 'final' ? '' : `${renderUnfinishedMarker('empty list item', 'li')}\n`;
}

/** A list item; its list empties it in structure-only templates. */
export const listItemDefinition: BriefingNodeDefinition = {
  extension: ListItem,
  export: { html: renderListItem, markdown: renderListItemMarkdown, docx: renderListItemWord },
  plainText: { end: 'line' },
  template: { structureOnly: 'keep', variableAttributes: [] },
};
