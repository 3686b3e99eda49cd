import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { type KeyboardEvent, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { type ContextMenuEntry, contextMenuEntries } from '../../../electron/common/context-menu/context-menu-items';
import { getBriefdeskApi } from '../briefdesk-api';
import { type EditorContextTarget, editorContextTarget } from './editor-context-target';
import { performEditorAction } from './perform-editor-action';
import './context-menu.css';

interface OpenMenu {
  x: number;
  y: number;
  context: EditorContextTarget;
  entries: ContextMenuEntry[];
}

/** Shift+F10 and the menu key open the menu at the caret, as in every desktop editor. */
function isMenuKey(event: globalThis.KeyboardEvent): boolean {
  return event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey && !event.ctrlKey && !event.altKey);
}

/**
 * The editor's context menu: spelling suggestions, ignore and add to dictionary, cut/copy/paste and
 * the link's actions. Opened by a right-click, by Shift+F10 or by the menu key; an ARIA menu that is
 * used with the arrow keys, Enter and Escape, and gives the focus back to the text when it closes.
 */
export function EditorContextMenu({ editor, onEditLink }: { editor: Editor; onEditLink: () => void }) {
  const [menu, setMenu] = useState<OpenMenu>();
  const [active, setActive] = useState(0);
  const [problem, setProblem] = useState<string>();
  const element = useRef<HTMLDivElement>(null);
  const opening = useRef(0);

  const open = useCallback(
    async (position: number, x: number, y: number) => {
      const ticket = ++opening.current;
      setProblem(undefined);
      let context = editorContextTarget(editor, position);
      if (context.misspelling) {
        const answer = await getBriefdeskApi().spelling.suggest({
          language: context.misspelling.language,
          word: context.misspelling.word,
        });
        if (ticket !== opening.current) return;
        context = editorContextTarget(editor, position, answer.ok ? answer.value.suggestions : []);
      }
      const entries = contextMenuEntries(context.target);
      if (entries.length === 0) return;
      setMenu({ x, y, context, entries });
      setActive(entries.findIndex((entry) => entry.type === 'item' && entry.enabled));
    },
    [editor],
  );

  useEffect(() => {
    const dom = editor.view.dom;
    const onContextMenu = (event: MouseEvent) => {
      event.preventDefault();
      const { view } = editor;
      const at = view.posAtCoords({ left: event.clientX, top: event.clientY });
      const { from, to } = view.state.selection;
      // A right-click outside the selection moves the caret there, as a left click would.
      if (at && (at.pos < from || at.pos > to)) {
        view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, at.pos)));
      }
      const position = at && (at.pos < from || at.pos > to) ? at.pos : view.state.selection.head;
      void open(position, event.clientX, event.clientY);
    };
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (!isMenuKey(event)) return;
      event.preventDefault();
      const { view } = editor;
      const head = caretPosition(view);
      const caret = view.coordsAtPos(head);
      void open(head, caret.left, caret.bottom);
    };
    dom.addEventListener('contextmenu', onContextMenu);
    dom.addEventListener('keydown', onKeyDown);
    return () => {
      dom.removeEventListener('contextmenu', onContextMenu);
      dom.removeEventListener('keydown', onKeyDown);
    };
  }, [editor, open]);

  const close = useCallback(
    (refocus: boolean) => {
      opening.current += 1;
      setMenu(undefined);
      if (refocus) editor.view.focus();
    },
    [editor],
  );

  // Kept inside the window, and focused on the active item.
  useLayoutEffect(() => {
    const box = element.current;
    if (!menu || !box) return;
    const { width, height } = box.getBoundingClientRect();
    box.style.left = `${Math.max(0, Math.min(menu.x, window.innerWidth - width - 4))}px`;
    box.style.top = `${Math.max(0, Math.min(menu.y, window.innerHeight - height - 4))}px`;
  }, [menu]);

  useEffect(() => {
    if (menu)
      element.current?.querySelectorAll<HTMLElement>('[role="menuitem"]')[itemIndex(menu.entries, active)]?.focus();
  }, [menu, active]);

  useEffect(() => {
    if (!menu) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!element.current?.contains(event.target as Node)) close(false);
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [menu, close]);

  const choose = (entry: ContextMenuEntry) => {
    if (!menu || entry.type !== 'item' || !entry.enabled || !entry.action) return;
    const { context } = menu;
    close(true);
    void performEditorAction(editor, entry.action, context, { editLink: onEditLink, report: setProblem });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!menu) return;
    const enabled = menu.entries.flatMap((entry, index) => (entry.type === 'item' && entry.enabled ? [index] : []));
    const place = enabled.indexOf(active);
    const moveTo = (index: number | undefined) => {
      if (index !== undefined) setActive(index);
    };
    switch (event.key) {
      case 'ArrowDown':
        moveTo(enabled[(place + 1) % enabled.length]);
        break;
      case 'ArrowUp':
        moveTo(enabled[(place - 1 + enabled.length) % enabled.length]);
        break;
      case 'Home':
        moveTo(enabled[0]);
        break;
      case 'End':
        moveTo(enabled[enabled.length - 1]);
        break;
      case 'Enter':
      case ' ': {
        const entry = menu.entries[active];
        if (entry) choose(entry);
        break;
      }
      case 'Escape':
        close(true);
        break;
      case 'Tab':
        close(true);
        break;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <>
      {menu ? (
        <div
          ref={element}
          role="menu"
          aria-label="Edit and spelling"
          aria-orientation="vertical"
          className="context-menu"
          style={{ left: menu.x, top: menu.y }}
          onKeyDown={onKeyDown}
        >
          {menu.entries.map((entry, index) =>
            entry.type === 'separator' ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: separators have no identity but their place.
              <hr key={`separator-${index}`} className="context-menu-separator" />
            ) : (
              // biome-ignore lint/a11y/useKeyWithClickEvents: the menu's own onKeyDown handles Enter and Space for the focused item.
              <div
                // biome-ignore lint/suspicious/noArrayIndexKey: the entries of one opening never change order.
                key={`${entry.label}-${index}`}
                role="menuitem"
                tabIndex={-1}
                aria-disabled={entry.enabled ? undefined : true}
                className={index === active ? 'context-menu-item active' : 'context-menu-item'}
                onPointerEnter={() => entry.enabled && setActive(index)}
                onClick={() => choose(entry)}
              >
                {entry.label}
              </div>
            ),
          )}
        </div>
      ) : null}
      {problem ? (
        <p className="context-menu-problem" role="alert">
          {problem}
        </p>
      ) : null}
    </>
  );
}

/**
 * Where the caret is: read from the page's selection, which a click has already moved while the editor may
 * not have taken the change in yet (it does on the next selectionchange event).
 */
function caretPosition(view: EditorView): number {
  const selection = view.dom.ownerDocument.getSelection();
  if (selection?.focusNode && view.dom.contains(selection.focusNode)) {
    try {
      return view.posAtDOM(selection.focusNode, selection.focusOffset);
    } catch {
      // A node the editor does not map (a widget): fall back on the editor's own selection.
    }
  }
  return view.state.selection.head;
}

/** The place of entry `index` among the menu's items (separators are not items). */
function itemIndex(entries: ContextMenuEntry[], index: number): number {
  return entries.slice(0, index).filter((entry) => entry.type === 'item').length;
}
