/**
 * Which rows of a list are selected, where a Shift-extension starts (`anchor`) and which row has
 * the keyboard (`cursor`), as file managers and mail clients keep them.
 */
export interface RowSelection {
  selected: ReadonlySet<string>;
  anchor: string | undefined;
  cursor: string | undefined;
}

export const emptySelection: RowSelection = { selected: new Set(), anchor: undefined, cursor: undefined };

/** A plain click or arrow key: this row alone. */
export function selectOnly(id: string): RowSelection {
  return { selected: new Set([id]), anchor: id, cursor: id };
}

/** Ctrl/Cmd-click or Ctrl+Space: add or remove one row, keeping the rest. */
export function toggleRow(selection: RowSelection, id: string): RowSelection {
  const selected = new Set(selection.selected);
  if (selected.has(id)) selected.delete(id);
  else selected.add(id);
  return { selected, anchor: id, cursor: id };
}

/** Shift-click or Shift+arrow: every row from the anchor to `id`, in list order. */
export function extendTo(selection: RowSelection, id: string, order: readonly string[]): RowSelection {
  const anchor = selection.anchor !== undefined && order.includes(selection.anchor) ? selection.anchor : id;
  const from = order.indexOf(anchor);
  const to = order.indexOf(id);
  const [low, high] = from <= to ? [from, to] : [to, from];
  return { selected: new Set(order.slice(low, high + 1)), anchor, cursor: id };
}

/** Ctrl/Cmd+A. */
export function selectAllRows(selection: RowSelection, order: readonly string[]): RowSelection {
  return { selected: new Set(order), anchor: selection.anchor ?? order[0], cursor: selection.cursor ?? order[0] };
}

/** The selected ids in list order, leaving out rows no longer listed (filtered out, trashed elsewhere). */
export function selectedInOrder(selection: RowSelection, order: readonly string[]): string[] {
  return order.filter((id) => selection.selected.has(id));
}
