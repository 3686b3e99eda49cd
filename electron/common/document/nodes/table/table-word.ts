import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { NodeWordRenderer, WordRenderContext } from '../../word-render-context';
import { blockParts, partsOfKind } from '../../word-render-context';
import { printedRows } from './table-rows';

const span = (cell: ProseMirrorNode, name: 'colspan' | 'rowspan') => Math.max(1, Number(cell.attrs[name]) || 1);

/** A table of rows (a final export leaves out unfilled ones); Word repeats a first row of header cells on every page. */
export const renderTableWord: NodeWordRenderer = (table, context) => {
  const rows = printedRows(table, context.purpose).flatMap(({ row, index }) =>
    partsOfKind(renderTableRowWord(row, context, index), 'row'),
  );
  return rows.length > 0 ? [{ kind: 'table', rows, layout: 'grid' }] : [];
};

export const renderTableRowWord: NodeWordRenderer = (row, context) => [
  { kind: 'row', cells: partsOfKind(context.renderChildren(row), 'cell') },
];

/** A cell's blocks; an empty cell still holds one paragraph, as Word requires. */
export function renderTableCellWord(cell: ProseMirrorNode, context: WordRenderContext, header: boolean) {
  const blocks = blockParts(context.renderChildren(cell));
  return [
    {
      kind: 'cell' as const,
      header,
      columnSpan: span(cell, 'colspan'),
      rowSpan: span(cell, 'rowspan'),
      blocks: blocks.length > 0 ? blocks : [{ kind: 'paragraph' as const, style: 'body' as const, inlines: [] }],
    },
  ];
}
