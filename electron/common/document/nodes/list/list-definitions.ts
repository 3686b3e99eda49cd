import type { JSONContent } from '@tiptap/core';
import { BulletList, ListItem, OrderedList } from '@tiptap/extension-list';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { BriefingNodeDefinition, HtmlRenderContext } from '../../briefing-node-definition';
import { renderSingleParagraphInline } from '../render-single-paragraph-inline';

/** A list keeps one empty item in a structure-only template, so its kind stays visible. */
const emptyList = (list: JSONContent): JSONContent => ({
  type: list.type,
  ...(list.attrs ? { attrs: list.attrs } : {}),
  content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }],
});

export const bulletListDefinition: BriefingNodeDefinition = {
  extension: BulletList,
  export: { html: (node, context) => `<ul>\n${context.renderChildren(node)}</ul>\n` },
  plainText: { end: 'none' },
  template: { structureOnly: emptyList, variableAttributes: [] },
};

function renderOrderedList(node: ProseMirrorNode, context: HtmlRenderContext) {
  const start = Number(node.attrs.start ?? 1);
  return `<ol${start !== 1 ? ` start="${start}"` : ''}>\n${context.renderChildren(node)}</ol>\n`;
}

export const orderedListDefinition: BriefingNodeDefinition = {
  extension: OrderedList,
  export: { html: renderOrderedList },
  plainText: { end: 'none' },
  template: { structureOnly: emptyList, variableAttributes: [] },
};

/** A list item; its list empties it in structure-only templates. */
export const listItemDefinition: BriefingNodeDefinition = {
  extension: ListItem,
  export: { html: (node, context) => `<li>${renderSingleParagraphInline(node, context)}</li>\n` },
  plainText: { end: 'line' },
  template: { structureOnly: 'keep', variableAttributes: [] },
};
