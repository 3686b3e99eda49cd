import { Extension } from '@tiptap/core';

export interface BriefingKeymapOptions {
  /** Opens the link dialog (Mod-K). */
  onRequestLink: () => void;
  /** Opens the find & replace panel (Mod-F). */
  onRequestFind: () => void;
  /** Opens the insert menu at the cursor (`/` at the start of an empty paragraph, or Mod-/). */
  onRequestInsertMenu: () => void;
}

/**
 * The editor's own shortcuts, ahead of StarterKit's. Headings: level 1 is the
 * briefing title, so Mod-Alt-1..3 give body headings 2..4.
 */
export const BriefingKeymap = Extension.create<BriefingKeymapOptions>({
  name: 'briefingKeymap',
  priority: 1000,

  addOptions() {
    return { onRequestLink: () => undefined, onRequestFind: () => undefined, onRequestInsertMenu: () => undefined };
  },

  addKeyboardShortcuts() {
    const request = (callback: () => void) => () => {
      callback();
      return true;
    };
    return {
      'Mod-Alt-0': () => this.editor.commands.setParagraph(),
      'Mod-Alt-1': () => this.editor.commands.toggleHeading({ level: 2 }),
      'Mod-Alt-2': () => this.editor.commands.toggleHeading({ level: 3 }),
      'Mod-Alt-3': () => this.editor.commands.toggleHeading({ level: 4 }),
      'Mod-Shift-x': () => this.editor.commands.toggleStrike(),
      'Mod-Shift-h': () => this.editor.commands.setHorizontalRule(),
      'Mod-k': request(this.options.onRequestLink),
      'Mod-f': request(this.options.onRequestFind),
      'Mod-/': request(this.options.onRequestInsertMenu),
      '/': () => {
        const { selection } = this.editor.state;
        const { $from } = selection;
        const atEmptyParagraph =
          selection.empty && $from.parent.type.name === 'paragraph' && $from.parent.content.size === 0;
        if (!atEmptyParagraph) return false;
        this.options.onRequestInsertMenu();
        return true;
      },
    };
  },
});
