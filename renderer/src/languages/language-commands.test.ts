// @vitest-environment happy-dom
import type { Editor, JSONContent } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { afterEach, describe, expect, it } from 'vitest';
import { createBriefingEditor } from '../editor/create-briefing-editor';

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

function open(): Editor {
  editor = createBriefingEditor({
    element: document.createElement('div'),
    content: {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'English text with Київ inside.' }] },
        {
          type: 'bulletList',
          content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'بند' }] }] }],
        },
      ],
    },
  });
  return editor;
}

describe('language and direction commands', () => {
  it('set a paragraph’s language and direction, and a list item’s rather than its paragraph’s', () => {
    const target = open();
    target.commands.setTextSelection(2);
    expect(target.commands.setBlockLanguage('FR')).toBe(true);
    expect(target.getJSON().content?.[0]?.attrs).toMatchObject({ lang: 'fr', dir: null });
    let inList = 0;
    target.state.doc.descendants((node, position) => {
      if (node.isText && node.text === 'بند') inList = position + 1;
    });
    target.view.dispatch(target.state.tr.setSelection(TextSelection.create(target.state.doc, inList)));
    expect(target.commands.setBlockDirection('rtl')).toBe(true);
    const item: JSONContent | undefined = target.getJSON().content?.[1]?.content?.[0];
    expect(item?.attrs).toMatchObject({ dir: 'rtl' });
    expect(item?.content?.[0]?.attrs).toMatchObject({ dir: null });
    expect(target.commands.setBlockDirection('rtl')).toBe(false);
    expect(target.view.dom.querySelector('li')?.getAttribute('dir')).toBe('rtl');
  });

  it('marks a span’s language and refuses text that is no language code', () => {
    const target = open();
    target.commands.setTextSelection({ from: 19, to: 23 });
    expect(target.commands.setLanguage('xx-not a tag')).toBe(false);
    expect(target.commands.setLanguage('uk')).toBe(true);
    expect(target.view.dom.querySelector('span[lang="uk"]')?.textContent).toBe('Київ');
    expect(target.view.dom.querySelector('span[lang="uk"]')?.getAttribute('dir')).toBe('ltr');
  });
});
