import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/** A row of header cells only. */
export function isHeaderRow(row: ProseMirrorNode): boolean {
  let allHeaders = true;
  row.forEach((cell) => {
    allHeaders &&= cell.type.name === 'tableHeader';
  });
  return allHeaders;
}

/** A body row with nothing beyond its first cell, e.g. a sector named by the template with its needs not yet written. */
export function isUnfilledRow(row: ProseMirrorNode): boolean {
  let unfilled = true;
  row.forEach((cell, _offset, index) => {
    unfilled &&= (index === 0 && row.childCount > 1) || cell.textContent.trim() === '';
  });
  return unfilled;
}

/** The rows an export of `purpose` prints: a final export leaves out unfilled body rows (none left: no table). */
export function printedRows(
  table: ProseMirrorNode,
  purpose: 'final' | 'review',
): { row: ProseMirrorNode; index: number }[] {
  const rows: { row: ProseMirrorNode; index: number }[] = [];
  table.forEach((row, _offset, index) => {
    if ((index === 0 && isHeaderRow(row)) || purpose === 'review' || !isUnfilledRow(row)) rows.push({ row, index });
  });
  const body = rows.filter(({ row, index }) => !(index === 0 && isHeaderRow(row)));
  return purpose === 'final' && body.length === 0 ? [] : rows;
}
