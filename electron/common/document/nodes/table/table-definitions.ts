import type { JSONContent } from '@tiptap/core';
import { TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { BriefingNodeDefinition, HtmlRenderContext, NodeHtmlRenderer } from '../../briefing-node-definition';
import { languageAttributeText } from '../../language/language-attributes';
import { renderSingleParagraphInline } from '../render-single-paragraph-inline';
import { renderTableCellMarkdown, renderTableMarkdown, renderTableRowMarkdown } from './table-markdown';
import { TableNode } from './table-node';
import { isHeaderRow, isUnfilledRow } from './table-rows';
import { renderTableCellWord, renderTableRowWord, renderTableWord } from './table-word';

function renderTableRowHtml(row: ProseMirrorNode, context: HtmlRenderContext, index: number): string {
  return `<tr${languageAttributeText(row.attrs)}>${context.renderChildren(row, { headerScope: index === 0 ? 'col' : 'row' })}</tr>`;
}

/**
 * A first row of header cells becomes the `<thead>`, so screen readers announce column names. A final
 * export leaves out unfilled body rows, and the table when none is left.
 */
function renderTableHtml(table: ProseMirrorNode, context: HtmlRenderContext): string {
  const rows: string[] = [];
  let headRow = '';
  table.forEach((row, _offset, index) => {
    if (index === 0 && isHeaderRow(row)) headRow = `<thead>${renderTableRowHtml(row, context, index)}</thead>`;
    else if (context.purpose === 'review' || !isUnfilledRow(row)) rows.push(renderTableRowHtml(row, context, index));
  });
  if (rows.length === 0 && context.purpose === 'final') return '';
  // The frame gets the language from the export walk; the table repeats it, as it is what an import reads.
  return `<div class="table-frame"><table${languageAttributeText(table.attrs)}>${headRow}<tbody>${rows.join('\n')}</tbody></table></div>\n`;
}

function spanAttributes(cell: ProseMirrorNode): string {
  return ['colspan', 'rowspan']
    .filter((name) => Number(cell.attrs[name]) > 1)
    .map((name) => ` ${name}="${Number(cell.attrs[name])}"`)
    .join('');
}

const renderHeaderCellHtml: NodeHtmlRenderer = (cell, context) =>
  `<th scope="${context.scope.headerScope}"${spanAttributes(cell)}>${renderSingleParagraphInline(cell, context)}</th>`;

const renderDataCellHtml: NodeHtmlRenderer = (cell, context) =>
  `<td${spanAttributes(cell)}>${renderSingleParagraphInline(cell, context)}</td>`;

/** Header cells keep their text in a structure-only template (they name the columns); data cells are emptied. */
function emptyTable(table: JSONContent): JSONContent {
  return {
    ...table,
    content: (table.content ?? []).map((row) => ({
      ...row,
      content: (row.content ?? []).map((cell) =>
        cell.type === 'tableHeader'
          ? cell
          : { type: cell.type, ...(cell.attrs ? { attrs: cell.attrs } : {}), content: [{ type: 'paragraph' }] },
      ),
    })),
  };
}

export const tableDefinition: BriefingNodeDefinition = {
  extension: TableNode,
  export: { html: renderTableHtml, markdown: renderTableMarkdown, docx: renderTableWord },
  plainText: { end: 'none' },
  template: { structureOnly: emptyTable, variableAttributes: [] },
};

/** A row; the table empties it in structure-only templates. */
export const tableRowDefinition: BriefingNodeDefinition = {
  extension: TableRow,
  export: { html: renderTableRowHtml, markdown: renderTableRowMarkdown, docx: renderTableRowWord },
  plainText: { end: 'line' },
  template: { structureOnly: 'keep', variableAttributes: [] },
};

export const tableHeaderDefinition: BriefingNodeDefinition = {
  extension: TableHeader,
  export: {
    html: renderHeaderCellHtml,
    markdown: renderTableCellMarkdown,
    docx: (cell, context) => renderTableCellWord(cell, context, true),
  },
  plainText: { end: 'tab' },
  template: { structureOnly: 'keep', variableAttributes: [] },
};

export const tableCellDefinition: BriefingNodeDefinition = {
  extension: TableCell,
  export: {
    html: renderDataCellHtml,
    markdown: renderTableCellMarkdown,
    docx: (cell, context) => renderTableCellWord(cell, context, false),
  },
  plainText: { end: 'tab' },
  template: { structureOnly: 'keep', variableAttributes: [] },
};
