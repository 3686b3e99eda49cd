// @vitest-environment happy-dom
import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { afterEach, describe, expect, it } from 'vitest';
import { checkBriefingContent } from '../../../electron/common/document/briefing-content';
import { defaultSettings } from '../../../electron/common/settings';
import { createBriefingEditor } from '../editor/create-briefing-editor';
import { filterInsertMenuItems, insertMenuItems } from '../editor/insert-menu-items';
import { disclaimerInsertItems } from './disclaimer-insert-items';

let editor: Editor | undefined;

afterEach(() => {
  editor?.destroy();
  editor = undefined;
});

const settings = {
  ...defaultSettings,
  disclaimerCasualties: 'Tolls are as reported by the health ministry.',
};

describe('the standard disclaimers in the / and Insert menu', () => {
  it('are offered as blocks, one per kind', () => {
    expect(filterInsertMenuItems(insertMenuItems(), 'disclaimer').map((item) => item.id)).toEqual([
      'disclaimer-boundaries',
      'disclaimer-casualties',
      'disclaimer-period-covered',
    ]);
  });

  it('insert the text Settings holds in place of the empty paragraph, the cursor at its end', async () => {
    editor = createBriefingEditor({
      element: document.createElement('div'),
      content: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Lede' }] }, { type: 'paragraph' }],
      },
    });
    editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, 7)));
    const casualties = disclaimerInsertItems(async () => settings).find((item) => item.id === 'disclaimer-casualties');
    await casualties?.insert(editor);
    expect(editor.getJSON().content?.[1]).toEqual({
      type: 'disclaimer',
      attrs: { kind: 'casualties', lang: null, dir: null },
      content: [{ type: 'text', text: 'Tolls are as reported by the health ministry.' }],
    });
    expect(editor.state.selection.$from.parent.type.name).toBe('disclaimer');
    expect(editor.state.selection.$from.parentOffset).toBe(settings.disclaimerCasualties.length);
    expect(checkBriefingContent(editor.getJSON()).ok).toBe(true);
  });
});
