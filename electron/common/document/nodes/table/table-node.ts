import type { JSONContent } from '@tiptap/core';
import { Table } from '@tiptap/extension-table';
import { insertBlock } from '../../insert-block';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    briefingTable: {
      /** Inserts a 3 × 3 table with a header row after the current block, the cursor in its first header cell. */
      insertTableBlock: () => ReturnType;
    };
  }
}

const row = (cellType: 'tableHeader' | 'tableCell'): JSONContent => ({
  type: 'tableRow',
  content: Array.from({ length: 3 }, () => ({ type: cellType, content: [{ type: 'paragraph' }] })),
});

/** TipTap's table, not resizable (exports have no column widths), inserted as a block like figures and key figures. */
export const TableNode = Table.extend({
  addCommands() {
    return {
      ...this.parent?.(),
      insertTableBlock: () => (props) =>
        insertBlock(
          props,
          { type: 'table', content: [row('tableHeader'), row('tableCell'), row('tableCell')] },
          'after-block',
        ),
    };
  },
}).configure({ resizable: false, allowTableNodeSelection: true });
