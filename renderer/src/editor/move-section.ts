import { Extension } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    moveSection: {
      /** Swaps the top-level block holding the cursor (usually a section) with its neighbour. */
      moveSection: (direction: 'up' | 'down') => ReturnType;
    };
  }
}

/** Moves whole sections up and down, keeping the cursor where it was inside the moved section. */
export const MoveSection = Extension.create({
  name: 'moveSection',

  addCommands() {
    return {
      moveSection:
        (direction) =>
        ({ state, tr, dispatch }) => {
          const { $from } = state.selection;
          if ($from.depth < 1) return false;
          const index = $from.index(0);
          const neighbourIndex = direction === 'up' ? index - 1 : index + 1;
          if (neighbourIndex < 0 || neighbourIndex >= state.doc.childCount) return false;
          const block = state.doc.child(index);
          const neighbour = state.doc.child(neighbourIndex);
          const blockStart = $from.before(1);
          const offsetInBlock = state.selection.from - blockStart;
          if (!dispatch) return true;
          if (direction === 'up') {
            const neighbourStart = blockStart - neighbour.nodeSize;
            tr.replaceWith(neighbourStart, blockStart + block.nodeSize, [block, neighbour]);
            tr.setSelection(TextSelection.near(tr.doc.resolve(neighbourStart + offsetInBlock)));
          } else {
            const neighbourEnd = blockStart + block.nodeSize + neighbour.nodeSize;
            tr.replaceWith(blockStart, neighbourEnd, [neighbour, block]);
            tr.setSelection(TextSelection.near(tr.doc.resolve(blockStart + neighbour.nodeSize + offsetInBlock)));
          }
          tr.scrollIntoView();
          return true;
        },
    };
  },

  addKeyboardShortcuts() {
    return {
      'Alt-Shift-ArrowUp': () => this.editor.commands.moveSection('up'),
      'Alt-Shift-ArrowDown': () => this.editor.commands.moveSection('down'),
    };
  },
});
