import { type KeyboardEvent, useEffect, useRef } from 'react';
import type { LibraryHit, LibrarySortKey } from '../../../electron/common/library/library-types';
import { formatCount, formatDateTime, formatStatus } from './format-library';
import { HighlightedRuns } from './HighlightedRuns';

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
  selectedId: string | undefined;
  onSelect: (id: string) => void;
  onOpen: (id: string) => void;
  onTrash: (id: string) => void;
}

/**
 * The briefings as a table: click a header to sort; ↑/↓ (and Home/End) move
 * through the rows, Enter opens, Delete moves to the trash.
 */
export function LibraryTable({ hits, sort, onSort, selectedId, onSelect, onOpen, onTrash }: LibraryTableProps) {
  const rows = useRef(new Map<string, HTMLTableRowElement>());
  const focusedByKeyboard = useRef(false);
  const selectedIndex = Math.max(
    0,
    hits.findIndex((hit) => hit.briefing.id === selectedId),
  );

  useEffect(() => {
    if (!focusedByKeyboard.current || !selectedId) return;
    rows.current.get(selectedId)?.focus();
    focusedByKeyboard.current = false;
  }, [selectedId]);

  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, id: string, index: number) => {
    const move = (to: number) => {
      const target = hits[Math.min(hits.length - 1, Math.max(0, to))];
      if (!target) return;
      event.preventDefault();
      focusedByKeyboard.current = true;
      onSelect(target.briefing.id);
    };
    if (event.key === 'ArrowDown') move(index + 1);
    else if (event.key === 'ArrowUp') move(index - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(hits.length - 1);
    else if (event.key === 'Enter') {
      event.preventDefault();
      onOpen(id);
    } else if (event.key === 'Delete') {
      event.preventDefault();
      onTrash(id);
    }
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
          const selected = index === selectedIndex;
          return (
            <tr
              key={briefing.id}
              ref={(element) => {
                if (element) rows.current.set(briefing.id, element);
                else rows.current.delete(briefing.id);
              }}
              tabIndex={selected ? 0 : -1}
              aria-selected={selected}
              data-briefing-id={briefing.id}
              onClick={() => onSelect(briefing.id)}
              onDoubleClick={() => onOpen(briefing.id)}
              onFocus={() => onSelect(briefing.id)}
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
