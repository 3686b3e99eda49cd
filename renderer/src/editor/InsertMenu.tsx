import type { Editor } from '@tiptap/core';
import { type KeyboardEvent, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { filterInsertMenuItems, insertMenuItems } from './insert-menu-items';

/**
 * The `/` menu: a filterable list of library sections and blocks, placed at
 * the cursor, driven by arrow keys, Enter and Escape.
 */
export function InsertMenu({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const allItems = useMemo(insertMenuItems, []);
  const [filter, setFilter] = useState('');
  const [active, setActive] = useState(0);
  const panel = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const items = filterInsertMenuItems(allItems, filter);
  const activeIndex = Math.min(active, items.length - 1);

  useLayoutEffect(() => {
    const element = panel.current;
    if (!element) return;
    const coordinates = editor.view.coordsAtPos(editor.state.selection.from);
    const top = Math.min(coordinates.bottom + 4, window.innerHeight - element.offsetHeight - 8);
    element.style.top = `${Math.max(8, top)}px`;
    element.style.left = `${Math.max(8, Math.min(coordinates.left, window.innerWidth - element.offsetWidth - 8))}px`;
  }, [editor]);

  useEffect(() => input.current?.focus(), []);

  useEffect(() => {
    document.getElementById(`${id}-item-${activeIndex}`)?.scrollIntoView({ block: 'nearest' });
  }, [id, activeIndex]);

  const cancel = () => {
    onClose();
    editor.view.focus();
  };

  const choose = (index: number) => {
    const item = items[index];
    if (!item) return;
    onClose();
    item.insert(editor);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + items.length) % Math.max(1, items.length));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(activeIndex);
    } else if (event.key === 'Escape' || (event.key === 'Backspace' && filter === '')) {
      event.preventDefault();
      cancel();
    }
  };

  return (
    <div ref={panel} className="insert-menu" role="dialog" aria-label="Insert a section or block">
      <input
        ref={input}
        role="combobox"
        aria-expanded="true"
        aria-controls={`${id}-list`}
        aria-activedescendant={items.length > 0 ? `${id}-item-${activeIndex}` : undefined}
        aria-label="Filter sections and blocks"
        placeholder="Filter sections and blocks"
        value={filter}
        onChange={(event) => {
          setFilter(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={(event) => {
          if (!panel.current?.contains(event.relatedTarget)) onClose();
        }}
      />
      <div id={`${id}-list`} role="listbox" aria-label="Sections and blocks" className="insert-menu-list">
        {items.length === 0 ? <p className="hint">Nothing matches “{filter}”.</p> : null}
        {(['Blocks', 'Sections'] as const).map((group) => {
          const inGroup = items.map((item, index) => ({ item, index })).filter(({ item }) => item.group === group);
          if (inGroup.length === 0) return null;
          return (
            // biome-ignore lint/a11y/useSemanticElements: a listbox groups its options with role="group"; a fieldset holds form controls
            <div key={group} role="group" aria-labelledby={`${id}-${group}`}>
              <div id={`${id}-${group}`} className="insert-menu-heading" role="presentation">
                {group}
              </div>
              {inGroup.map(({ item, index }) => (
                <div
                  key={item.id}
                  id={`${id}-item-${index}`}
                  role="option"
                  tabIndex={-1}
                  aria-selected={index === activeIndex}
                  className="insert-menu-item"
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => choose(index)}
                  onKeyDown={() => undefined}
                >
                  <span className="insert-menu-label">
                    {item.label}
                    <span className="insert-menu-group"> · {item.group === 'Sections' ? 'section' : 'block'}</span>
                  </span>
                  <span className="insert-menu-description">{item.description}</span>
                </div>
              ))}
            </div>
          );
        })}
      </div>
    </div>
  );
}
