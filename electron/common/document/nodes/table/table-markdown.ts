import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { MarkdownRenderContext, NodeMarkdownRenderer } from '../../markdown-render-context';
import { printedRows } from './table-rows';

const columnSpan = (cell: ProseMirrorNode) => Math.max(1, Number(cell.attrs.colspan) || 1);

function columnsOf(row: ProseMirrorNode): number {
  let columns = 0;
  row.forEach((cell) => {
    columns += columnSpan(cell);
  });
  return columns;
}

/**
 * A GFM table: the first row is its header row (GFM has no table without one), then the delimiter row.
 * The header row spans every column, since GFM drops cells beyond it. A final export leaves out unfilled rows.
 */
export function renderTableMarkdown(table: ProseMirrorNode, context: MarkdownRenderContext): string {
  const printed = printedRows(table, context.purpose);
  const columns = Math.max(1, ...printed.map(({ row }) => columnsOf(row)));
  const rows: string[] = [];
  printed.forEach(({ row, index }, position) => {
    const line = renderTableRowMarkdown(row, context, index).trimEnd();
    if (position > 0) rows.push(line);
    else rows.push(`${line}${' |'.repeat(columns - columnsOf(row))}`, `|${' --- |'.repeat(columns)}`);
  });
  return rows.length > 0 ? `${rows.join('\n')}\n\n` : '';
}

/** A row of cells, each closed by a pipe; pipes in cell text come out escaped. */
export const renderTableRowMarkdown: NodeMarkdownRenderer = (row, context) =>
  `|${context.renderChildren(row, { singleLine: true })}\n`;

/** A cell's text on one line; GFM has no spans, so a cell spanning columns is followed by empty ones. */
export const renderTableCellMarkdown: NodeMarkdownRenderer = (cell, context) => {
  const text =
    cell.childCount === 1 && cell.firstChild?.type.name === 'paragraph'
      ? context.renderInline(cell.firstChild, { singleLine: true })
      : context.renderChildren(cell, { singleLine: true }).replace(/\s*\n+\s*/g, ' ');
  return ` ${text.trim()} |${' |'.repeat(columnSpan(cell) - 1)}`;
};
