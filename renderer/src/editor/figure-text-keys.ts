import { Extension } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';

/**
 * Enter in a figure's caption goes on to its credit; Enter in the credit leaves the
 * figure for the paragraph after it (made when there is none). Shift+Enter still breaks a line.
 */
export const FigureTextKeys = Extension.create({
  name: 'figureTextKeys',
  priority: 1000,

  addKeyboardShortcuts() {
    return {
      Enter: () => {
        const { state, view } = this.editor;
        const { $from, empty } = state.selection;
        if (!empty) return false;
        const name = $from.parent.type.name;
        if (name === 'figureCaption') {
          const creditStart = $from.after() + 1;
          view.dispatch(state.tr.setSelection(TextSelection.create(state.doc, creditStart)).scrollIntoView());
          return true;
        }
        if (name === 'figureCredit') {
          const afterFigure = $from.after($from.depth - 1);
          const next = state.doc.resolve(afterFigure).nodeAfter;
          const transaction = state.tr;
          if (next?.type.name !== 'paragraph') {
            const paragraph = state.schema.nodes.paragraph;
            if (!paragraph) return false;
            transaction.insert(afterFigure, paragraph.create());
          }
          transaction.setSelection(TextSelection.create(transaction.doc, afterFigure + 1)).scrollIntoView();
          view.dispatch(transaction);
          return true;
        }
        return false;
      },
    };
  },
});
