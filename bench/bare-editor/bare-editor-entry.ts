import { Editor, type JSONContent } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

declare global {
  interface Window {
    /** Opens a bare StarterKit editor holding `content`: the benchmark's reference. */
    openBareEditor?: (content: JSONContent) => void;
  }
}

window.openBareEditor = (content) => {
  const element = document.getElementById('editor');
  if (!element) throw new Error('The reference page has no #editor element.');
  new Editor({
    element,
    content,
    injectCSS: false,
    extensions: [StarterKit],
    editorProps: { attributes: { class: 'bare-body' } },
  });
};
