import type { Editor } from '@tiptap/core';

/**
 * Remembers what had the focus as a dialog or panel opens; the returned function gives it
 * back when it closes: the text (with its selection) if it came from there, else the
 * control that opened it, else the text.
 */
export function rememberFocus(editor: Editor): () => void {
  const previous = document.activeElement;
  return () => {
    if (editor.isDestroyed) return;
    const fromText = previous instanceof Node && editor.view.dom.contains(previous);
    if (!fromText && previous instanceof HTMLElement && previous.isConnected && previous !== document.body) {
      previous.focus();
      return;
    }
    editor.view.focus();
  };
}
