// @vitest-environment happy-dom
import type { Editor, JSONContent } from '@tiptap/core';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBriefingEditor } from './create-briefing-editor';
import { OutlinePanel } from './OutlinePanel';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement;
let root: Root;
let editor: Editor;

const section = (title: string): JSONContent => ({
  type: 'section',
  attrs: { kind: 'what-happened', guidance: '' },
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: title }] },
    { type: 'paragraph', content: [{ type: 'text', text: `Text under ${title}.` }] },
  ],
});

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  editor = createBriefingEditor({
    element: document.createElement('div'),
    content: { type: 'doc', content: ['Morning', 'Noon', 'Evening'].map(section) },
  });
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
  editor.destroy();
});

/** Lets the outline's delayed refresh (a quarter second, then idle time) run. */
const refreshed = () => act(() => new Promise((resolve) => setTimeout(resolve, 400)));

const jumpButton = (name: string) =>
  [...container.querySelectorAll<HTMLButtonElement>('button.outline-jump')].find(
    (button) => button.textContent === name,
  );

describe('OutlinePanel', () => {
  it('keeps its list as it is while typing moves the headings, and still jumps to where they are now', async () => {
    act(() => root.render(<OutlinePanel editor={editor} />));
    await refreshed();
    const evening = jumpButton('Evening');
    expect(evening).toBeDefined();
    // Typing in the first section moves every later heading.
    editor.chain().setTextSelection(12).insertContent('More words typed above. ').run();
    await refreshed();
    expect(jumpButton('Evening')).toBe(evening);
    act(() => evening?.click());
    expect(editor.state.selection.$from.parent.textContent).toBe('Evening');
  });

  it('shows a heading’s new text', async () => {
    act(() => root.render(<OutlinePanel editor={editor} />));
    await refreshed();
    editor.chain().setTextSelection(2).insertContent('Early ').run();
    await refreshed();
    expect(jumpButton('Early Morning')).toBeDefined();
    expect(jumpButton('Morning')).toBeUndefined();
  });
});
