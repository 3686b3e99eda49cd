import type { ChainedCommands, Editor } from '@tiptap/core';
import { type ReactNode, useRef } from 'react';
import { BlockDirectionControl } from '../languages/BlockDirectionControl';
import { ariaShortcut, shortcutLabel } from './shortcut-label';
import { useEditorSnapshot } from './use-editor-snapshot';
import { useRovingToolbar } from './use-roving-toolbar';

interface ToolbarButton {
  id: string;
  label: string;
  text: ReactNode;
  shortcut?: string;
  /** Extra words for the tooltip, e.g. why Alt+1 gives a level-2 heading. */
  note?: string;
  run: (chain: ChainedCommands) => ChainedCommands;
  isActive?: (editor: Editor) => boolean;
}

const formatButtons: ToolbarButton[] = [
  { id: 'undo', label: 'Undo', text: '↶', shortcut: 'Mod-z', run: (chain) => chain.undo() },
  { id: 'redo', label: 'Redo', text: '↷', shortcut: 'Mod-Shift-z', note: 'or Ctrl+Y', run: (chain) => chain.redo() },
  {
    id: 'paragraph',
    label: 'Normal text',
    text: '¶',
    shortcut: 'Mod-Alt-0',
    run: (chain) => chain.setParagraph(),
    isActive: (editor) => editor.isActive('paragraph'),
  },
  ...([2, 3, 4] as const).map(
    (level): ToolbarButton => ({
      id: `heading-${level}`,
      label: `Heading level ${level}`,
      text: `H${level}`,
      shortcut: `Mod-Alt-${level - 1}`,
      note: 'level 1 is the briefing title',
      run: (chain) => chain.toggleHeading({ level }),
      isActive: (editor) => editor.isActive('heading', { level }),
    }),
  ),
  {
    id: 'bold',
    label: 'Bold',
    text: <b>B</b>,
    shortcut: 'Mod-b',
    run: (chain) => chain.toggleBold(),
    isActive: (editor) => editor.isActive('bold'),
  },
  {
    id: 'italic',
    label: 'Italic',
    text: <i>I</i>,
    shortcut: 'Mod-i',
    run: (chain) => chain.toggleItalic(),
    isActive: (editor) => editor.isActive('italic'),
  },
  {
    id: 'underline',
    label: 'Underline',
    text: <u>U</u>,
    shortcut: 'Mod-u',
    run: (chain) => chain.toggleUnderline(),
    isActive: (editor) => editor.isActive('underline'),
  },
  {
    id: 'strike',
    label: 'Strikethrough',
    text: <s>S</s>,
    shortcut: 'Mod-Shift-x',
    run: (chain) => chain.toggleStrike(),
    isActive: (editor) => editor.isActive('strike'),
  },
  {
    id: 'bullet-list',
    label: 'Bulleted list',
    text: '•',
    shortcut: 'Mod-Shift-8',
    run: (chain) => chain.toggleBulletList(),
    isActive: (editor) => editor.isActive('bulletList'),
  },
  {
    id: 'ordered-list',
    label: 'Numbered list',
    text: '1.',
    shortcut: 'Mod-Shift-7',
    run: (chain) => chain.toggleOrderedList(),
    isActive: (editor) => editor.isActive('orderedList'),
  },
  {
    id: 'quote',
    label: 'Quote',
    text: '❝',
    shortcut: 'Mod-Shift-b',
    run: (chain) => chain.toggleBlockquote(),
    isActive: (editor) => editor.isActive('blockquote'),
  },
  {
    id: 'rule',
    label: 'Horizontal rule',
    text: '―',
    shortcut: 'Mod-Shift-h',
    run: (chain) => chain.setHorizontalRule(),
  },
  {
    id: 'table',
    label: 'Insert table',
    text: '▦',
    run: (chain) => chain.insertTableBlock(),
  },
];

const tableButtons: ToolbarButton[] = [
  { id: 'row-before', label: 'Add row above', text: '+ Row ↑', run: (chain) => chain.addRowBefore() },
  { id: 'row-after', label: 'Add row below', text: '+ Row ↓', run: (chain) => chain.addRowAfter() },
  { id: 'row-delete', label: 'Delete row', text: '− Row', run: (chain) => chain.deleteRow() },
  { id: 'column-before', label: 'Add column left', text: '+ Col ←', run: (chain) => chain.addColumnBefore() },
  { id: 'column-after', label: 'Add column right', text: '+ Col →', run: (chain) => chain.addColumnAfter() },
  { id: 'column-delete', label: 'Delete column', text: '− Col', run: (chain) => chain.deleteColumn() },
  { id: 'header-row', label: 'Header row', text: 'Header', run: (chain) => chain.toggleHeaderRow() },
  { id: 'table-delete', label: 'Delete table', text: 'Delete table', run: (chain) => chain.deleteTable() },
];

function toolbarState(editor: Editor) {
  return {
    active: formatButtons.filter((button) => button.isActive?.(editor)).map((button) => button.id),
    link: editor.isActive('link'),
    inTable: editor.isActive('table'),
    canUndo: editor.can().undo(),
    canRedo: editor.can().redo(),
  };
}

function tooltip(button: { label: string; shortcut?: string; note?: string }): string {
  const keys = button.shortcut ? ` (${shortcutLabel(button.shortcut)}${button.note ? `; ${button.note}` : ''})` : '';
  return `${button.label}${keys}`;
}

/**
 * Formatting, insertion and table tools; every one also has a shortcut or lives in the `/` menu.
 * One Tab stop with arrow keys between the tools (the ARIA toolbar pattern); Esc returns to the text.
 */
export function EditorToolbar({
  editor,
  onLink,
  onFind,
  onInsert,
}: {
  editor: Editor;
  onLink: () => void;
  onFind: () => void;
  onInsert: () => void;
}) {
  const state = useEditorSnapshot(editor, toolbarState, { delayMs: 60, events: ['transaction'] });
  const toolbar = useRef<HTMLDivElement>(null);
  useRovingToolbar(toolbar, () => editor.view.focus());
  const render = (button: ToolbarButton) => {
    const pressed = button.isActive ? state.active.includes(button.id) : undefined;
    const disabled = (button.id === 'undo' && !state.canUndo) || (button.id === 'redo' && !state.canRedo);
    return (
      <button
        key={button.id}
        type="button"
        className="toolbar-button"
        title={tooltip(button)}
        aria-keyshortcuts={button.shortcut ? ariaShortcut(button.shortcut) : undefined}
        aria-pressed={pressed}
        disabled={disabled}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => button.run(editor.chain().focus()).run()}
      >
        <span aria-hidden="true">{button.text}</span>
        <span className="visually-hidden">{button.label}</span>
      </button>
    );
  };
  const action = (label: string, text: string, shortcut: string, onClick: () => void, pressed?: boolean) => (
    <button
      type="button"
      className="toolbar-button"
      aria-label={label}
      title={tooltip({ label, shortcut })}
      aria-keyshortcuts={ariaShortcut(shortcut)}
      aria-pressed={pressed}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {text}
    </button>
  );
  return (
    <div className="editor-toolbar" role="toolbar" aria-label="Formatting" ref={toolbar}>
      {formatButtons.map(render)}
      <BlockDirectionControl editor={editor} />
      {action('Link', 'Link', 'Mod-k', onLink, state.link)}
      {action('Insert section or block', 'Insert…', 'Mod-/', onInsert)}
      {action('Find and replace', 'Find', 'Mod-f', onFind)}
      {state.inTable ? (
        <fieldset className="toolbar-group">
          <legend className="visually-hidden">Table</legend>
          {tableButtons.map(render)}
        </fieldset>
      ) : null}
    </div>
  );
}
