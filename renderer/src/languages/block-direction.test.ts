// @vitest-environment happy-dom
import type { Editor, JSONContent } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { createBriefingEditor } from '../editor/create-briefing-editor';
import { runMenuCommand, WorkspaceCommands } from '../editor/workspace-commands';
import { BlockDirectionControl } from './BlockDirectionControl';
import { blockDirectionAtCaret, chooseBlockDirection } from './block-direction';
import { useDirectionCommands } from './use-direction-commands';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let editor: Editor | undefined;
let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  editor?.destroy();
  editor = undefined;
});

const paragraph = (text: string): JSONContent => ({ type: 'paragraph', content: [{ type: 'text', text }] });

function open(): Editor {
  editor = createBriefingEditor({
    element: document.createElement('div'),
    content: {
      type: 'doc',
      content: [
        paragraph('Kyiv, 1 December.'),
        { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('الخرطوم: انقطاع الكهرباء')] }] },
      ],
    },
  });
  return editor;
}

function caretIn(target: Editor, text: string): void {
  let inside = 0;
  target.state.doc.descendants((node, position) => {
    if (node.isText && node.text === text) inside = position + 1;
  });
  target.view.dispatch(target.state.tr.setSelection(TextSelection.create(target.state.doc, inside)));
}

describe('the direction of the block at the caret', () => {
  it('is the paragraph’s own, or in a list the item’s, and pressing it again follows the language', () => {
    const target = open();
    caretIn(target, 'Kyiv, 1 December.');
    expect(blockDirectionAtCaret(target)).toBeNull();
    expect(chooseBlockDirection(target, 'rtl')).toBe(true);
    expect(blockDirectionAtCaret(target)).toBe('rtl');
    expect(target.getJSON().content?.[0]?.attrs).toMatchObject({ dir: 'rtl' });
    expect(chooseBlockDirection(target, 'rtl')).toBe(true);
    expect(target.getJSON().content?.[0]?.attrs).toMatchObject({ dir: null });

    caretIn(target, 'الخرطوم: انقطاع الكهرباء');
    chooseBlockDirection(target, 'auto');
    expect(blockDirectionAtCaret(target)).toBe('auto');
    const item: JSONContent | undefined = target.getJSON().content?.[1]?.content?.[0];
    expect(item?.attrs).toMatchObject({ dir: 'auto' });
  });
});

describe('the toolbar’s direction control', () => {
  it('names its three buttons, says which one is pressed and sets the direction when pressed', async () => {
    const target = open();
    caretIn(target, 'Kyiv, 1 December.');
    const host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
    act(() => root?.render(createElement(BlockDirectionControl, { editor: target })));
    const group = host.querySelector('fieldset');
    expect(group?.querySelector('legend')?.textContent).toBe('Text direction');
    const buttons = [...host.querySelectorAll('button')];
    expect(buttons.map((button) => button.querySelector('.visually-hidden')?.textContent)).toEqual([
      'Left to right',
      'Right to left',
      'Direction from the text',
    ]);
    expect(buttons.map((button) => button.getAttribute('aria-pressed'))).toEqual(['false', 'false', 'false']);
    act(() => buttons[1]?.click());
    expect(target.getJSON().content?.[0]?.attrs).toMatchObject({ dir: 'rtl' });
    // The control reads the editor a moment after each change, as the rest of the toolbar does.
    const pressed = async () => {
      await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
      return buttons.map((button) => button.getAttribute('aria-pressed'));
    };
    await expect.poll(pressed).toEqual(['false', 'true', 'false']);
  });
});

function DirectionCommands({ commands, editor }: { commands: WorkspaceCommands; editor: Editor }) {
  useDirectionCommands(commands, editor);
  return null;
}

describe('Edit › Text Direction', () => {
  it('sets, and clears, the direction of the blocks the selection touches', () => {
    const target = open();
    const commands = new WorkspaceCommands();
    const host = document.createElement('div');
    root = createRoot(host);
    act(() => root?.render(createElement(DirectionCommands, { commands, editor: target })));
    caretIn(target, 'Kyiv, 1 December.');
    runMenuCommand(commands, 'direction-rtl');
    expect(target.getJSON().content?.[0]?.attrs).toMatchObject({ dir: 'rtl' });
    runMenuCommand(commands, 'direction-ltr');
    expect(target.getJSON().content?.[0]?.attrs).toMatchObject({ dir: 'ltr' });
    runMenuCommand(commands, 'direction-follow-language');
    expect(target.getJSON().content?.[0]?.attrs).toMatchObject({ dir: null });
    runMenuCommand(commands, 'direction-auto');
    expect(target.getJSON().content?.[0]?.attrs).toMatchObject({ dir: 'auto' });
  });
});
