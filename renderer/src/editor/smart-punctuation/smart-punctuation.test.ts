// @vitest-environment happy-dom
import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createBriefingEditor } from '../create-briefing-editor';
import { briefingLanguage } from './briefing-language';

let editor: Editor | undefined;

afterEach(() => {
  editor?.destroy();
  editor = undefined;
});

function open(language = 'en'): Editor {
  editor = createBriefingEditor({
    element: document.createElement('div'),
    content: { type: 'doc', content: [{ type: 'paragraph' }] },
  });
  editor.storage.smartPunctuation.language = language;
  editor.commands.focus('end');
  return editor;
}

/** Types character by character through ProseMirror's text input path, where input rules run. */
function type(target: Editor, text: string): void {
  for (const character of text) {
    const { from, to } = target.state.selection;
    const handled = target.view.someProp('handleTextInput', (handler) =>
      handler(target.view, from, to, character, () => target.state.tr.insertText(character, from, to)),
    );
    if (!handled) target.view.dispatch(target.state.tr.insertText(character, from, to));
  }
}

const pressModZ = (target: Editor) =>
  target.view.someProp('handleKeyDown', (handler) =>
    handler(target.view, new KeyboardEvent('keydown', { key: 'z', ctrlKey: true })),
  );

describe('smart punctuation', () => {
  it('curls quotes and apostrophes, and makes dashes and ellipses, in English', () => {
    const target = open();
    type(target, `He said "we don't know" -- and 'later' 10 - 12 ...`);
    expect(target.state.doc.textContent).toBe('He said “we don’t know” — and ‘later’ 10 – 12 …');
  });

  it('uses guillemets with narrow no-break spaces in French', () => {
    const target = open('fr');
    type(target, `Il a dit "nous ne savons pas" et l'armée`);
    expect(target.state.doc.textContent).toBe('Il a dit «\u202Fnous ne savons pas\u202F» et l’armée');
  });

  it('gives back the straight character with one Ctrl+Z, and typing goes on after it', () => {
    const target = open();
    type(target, 'size 5"');
    expect(target.state.doc.textContent).toBe('size 5”');
    pressModZ(target);
    expect(target.state.doc.textContent).toBe('size 5"');
    type(target, ' wide');
    expect(target.state.doc.textContent).toBe('size 5" wide');
  });

  it('reads the language from the metadata when it has one', () => {
    expect(briefingLanguage({ title: 'x' })).toBe('en');
    expect(briefingLanguage({ language: 'fr' })).toBe('fr');
    expect(briefingLanguage({ language: '' })).toBe('en');
  });
});
