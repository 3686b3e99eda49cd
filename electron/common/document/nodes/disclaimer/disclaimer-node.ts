import { mergeAttributes, Node } from '@tiptap/core';
import { type DisclaimerKind, isDisclaimerKind } from '../../../briefing/standard-disclaimers';
import { insertBlock } from '../../insert-block';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    disclaimer: {
      /** Inserts a standard disclaimer with this text after the current block, the cursor at its end. */
      insertDisclaimer: (options: { kind: DisclaimerKind; text: string }) => ReturnType;
    };
  }
}

/**
 * A standard disclaimer (boundaries on maps, casualty figures, period covered): a paragraph of its
 * own kind, its text copied from Settings when inserted and editable in the briefing from then on.
 */
export const DisclaimerNode = Node.create({
  name: 'disclaimer',
  group: 'block',
  content: 'inline*',
  defining: true,

  addAttributes() {
    return {
      kind: {
        default: 'boundaries' satisfies DisclaimerKind,
        parseHTML: (element) => {
          const kind = element.getAttribute('data-disclaimer');
          return isDisclaimerKind(kind) ? kind : 'boundaries';
        },
        renderHTML: (attributes) => ({ 'data-disclaimer': attributes.kind }),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'p[data-disclaimer]', priority: 60 }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['p', mergeAttributes({ class: 'disclaimer' }, HTMLAttributes), 0];
  },

  addCommands() {
    return {
      insertDisclaimer:
        ({ kind, text }) =>
        (props) =>
          insertBlock(
            props,
            { type: 'disclaimer', attrs: { kind }, content: text ? [{ type: 'text', text }] : [] },
            'after-block',
            (node) => node.nodeSize - 1,
          ),
    };
  },
});
