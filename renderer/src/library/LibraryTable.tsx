import { type KeyboardEvent, type MouseEvent, useEffect, useRef } from 'react';
import type { LibraryHit, LibrarySortKey } from '../../../electron/common/library/library-types';
import { formatCount, formatDateTime, formatStatus } from './format-library';
import { HighlightedRuns } from './HighlightedRuns';
import { extendTo, type RowSelection, selectAllRows, selectOnly, toggleRow } from './row-selection';

export interface LibrarySort {
  key: LibrarySortKey;
  direction: 'ascending' | 'descending';
}

const columns: { key: Exclude<LibrarySortKey, 'relevance'>; label: string; numeric?: boolean }[] = [
  { key: 'title', label: 'Title' },
  { key: 'status', label: 'Status' },
  { key: 'tags', label: 'Tags' },
  { key: 'desk', label: 'Desk' },
  { key: 'updatedAt', label: 'Updated' },
  { key: 'wordCount', label: 'Words', numeric: true },
];

export interface LibraryTableProps {
  hits: LibraryHit[];
  sort: LibrarySort;
  onSort: (sort: LibrarySort) => void;
  selection: RowSelection;
  onSelection: (selection: RowSelection) => void;
  onOpen: (id: string) => void;
  /** Delete: the screen trashes what is selected. */
  onTrash: () => void;
}

/**
 * The briefings as a table: click a header to sort. Rows select like a file manager's: click,
 * Ctrl/Cmd-click to add or remove, Shift-click for a range; ↑/↓ (Home/End) move, with Shift they
 * extend, Ctrl+Space toggles, Ctrl/Cmd+A selects all; Enter opens, Delete moves the selection to the trash.
 */
export function LibraryTable({ hits, sort, onSort, selection, onSelection, onOpen, onTrash }: LibraryTableProps) {
  const rows = useRef(new Map<string, HTMLTableRowElement>());
  const focusedByKeyboard = useRef(false);
  const order = hits.map((hit) => hit.briefing.id);
  const cursor = selection.cursor !== undefined && order.includes(selection.cursor) ? selection.cursor : order[0];

  useEffect(() => {
    if (!focusedByKeyboard.current || !cursor) return;
    rows.current.get(cursor)?.focus();
    focusedByKeyboard.current = false;
  }, [cursor]);

  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, id: string, index: number) => {
    const command = event.ctrlKey || event.metaKey;
    const move = (to: number) => {
      const target = order[Math.min(order.length - 1, Math.max(0, to))];
      if (!target) return;
      event.preventDefault();
      focusedByKeyboard.current = true;
      onSelection(event.shiftKey ? extendTo(selection, target, order) : selectOnly(target));
    };
    if (event.key === 'ArrowDown') move(index + 1);
    else if (event.key === 'ArrowUp') move(index - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(order.length - 1);
    else if (command && event.key.toLowerCase() === 'a') {
      event.preventDefault();
      onSelection(selectAllRows({ ...selection, cursor: id }, order));
    } else if (event.key === ' ') {
      event.preventDefault();
      onSelection(command ? toggleRow(selection, id) : selectOnly(id));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      onOpen(id);
    } else if (event.key === 'Delete') {
      event.preventDefault();
      // Keep the keyboard in the list at the same place once the rows are gone.
      focusedByKeyboard.current = true;
      onTrash();
    }
  };

  const onClick = (event: MouseEvent<HTMLTableRowElement>, id: string) => {
    if (event.shiftKey) onSelection(extendTo(selection, id, order));
    else if (event.ctrlKey || event.metaKey) onSelection(toggleRow(selection, id));
    else onSelection(selectOnly(id));
  };

  const toggle = (key: LibrarySortKey) =>
    onSort({
      key,
      direction:
        sort.key === key
          ? sort.direction === 'ascending'
            ? 'descending'
            : 'ascending'
          : key === 'title'
            ? 'ascending'
            : 'descending',
    });

  return (
    <table className="library-table" aria-label="Briefings" aria-rowcount={hits.length + 1}>
      <thead>
        <tr>
          {columns.map((column) => (
            <th
              key={column.key}
              scope="col"
              className={column.numeric ? 'numeric' : undefined}
              aria-sort={sort.key === column.key ? sort.direction : undefined}
            >
              <button type="button" className="sort-button" onClick={() => toggle(column.key)}>
                {column.label}
                <span aria-hidden="true">
                  {sort.key === column.key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
                </span>
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {hits.map((hit, index) => {
          const { briefing } = hit;
          const selected = selection.selected.has(briefing.id);
          return (
            <tr
              key={briefing.id}
              ref={(element) => {
                if (element) rows.current.set(briefing.id, element);
                else rows.current.delete(briefing.id);
              }}
              tabIndex={briefing.id === cursor ? 0 : -1}
              aria-selected={selected}
              data-briefing-id={briefing.id}
              onMouseDown={(event) => {
                // Shift-click selects a range, not the page's text.
                if (event.shiftKey) event.preventDefault();
              }}
              onClick={(event) => onClick(event, briefing.id)}
              onDoubleClick={() => onOpen(briefing.id)}
              onKeyDown={(event) => onKeyDown(event, briefing.id, index)}
            >
              <td>
                <span className="row-title">
                  {hit.title.length > 0 ? <HighlightedRuns runs={hit.title} /> : briefing.title || 'Untitled briefing'}
                </span>
                {hit.snippet.length > 0 ? (
                  <span className="row-snippet">
                    <HighlightedRuns runs={hit.snippet} />
                  </span>
                ) : null}
              </td>
              <td>{formatStatus(briefing.status)}</td>
              <td>{briefing.tags.join(', ')}</td>
              <td>{briefing.desk}</td>
              <td>
                <time dateTime={briefing.updatedAt}>{formatDateTime(briefing.updatedAt)}</time>
              </td>
              <td className="numeric">{formatCount(briefing.wordCount)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
