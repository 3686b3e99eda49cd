import type { Editor, JSONContent } from '@tiptap/core';
import { NodeSelection, TextSelection } from '@tiptap/pm/state';
import {
  positionAfterCurrentBlock,
  positionAfterTopLevelBlock,
} from '../../../electron/common/document/insertion-position';
import { sectionLibrary } from '../../../electron/common/template/section-library';

/** One entry of the `/` menu. */
export interface InsertMenuItem {
  id: string;
  label: string;
  group: 'Sections' | 'Blocks';
  /** What it is for, shown under the label and searched by the filter. */
  description: string;
  insert: (editor: Editor) => void;
}

/** The empty paragraph the menu was opened from, if any: it is replaced by what gets inserted. */
function emptyParagraphAtCursor(editor: Editor): number | undefined {
  const { $from, empty } = editor.state.selection;
  if (!empty || $from.parent.type.name !== 'paragraph' || $from.parent.content.size > 0) return undefined;
  const container = $from.node($from.depth - 1).type.name;
  if (container !== 'doc' && container !== 'section') return undefined;
  return $from.before();
}

/** Inserts a block after the current one, drops the empty paragraph it was asked from, and places the cursor. */
function insertBlock(editor: Editor, where: 'block' | 'top', content: JSONContent, cursorOffset: number): number {
  const { state } = editor;
  const emptyParagraph = emptyParagraphAtCursor(editor);
  const position =
    where === 'top' ? positionAfterTopLevelBlock(state.selection) : positionAfterCurrentBlock(state.selection);
  const node = state.schema.nodeFromJSON(content);
  const transaction = state.tr.insert(position, node);
  let start = position;
  if (emptyParagraph !== undefined && emptyParagraph < position) {
    const paragraph = transaction.doc.nodeAt(emptyParagraph);
    if (paragraph && paragraph.type.name === 'paragraph' && paragraph.content.size === 0) {
      transaction.delete(emptyParagraph, emptyParagraph + paragraph.nodeSize);
      start -= paragraph.nodeSize;
    }
  }
  const target = start + cursorOffset;
  transaction.setSelection(
    cursorOffset < 0
      ? NodeSelection.create(transaction.doc, start)
      : TextSelection.near(transaction.doc.resolve(Math.min(target, transaction.doc.content.size))),
  );
  editor.view.dispatch(transaction.scrollIntoView());
  editor.view.focus();
  return start;
}

function sectionItems(): InsertMenuItem[] {
  return sectionLibrary.map((definition) => ({
    id: `section-${definition.kind}`,
    label: definition.label || definition.title,
    group: 'Sections',
    description: definition.guidance,
    insert: (editor) => {
      const body = definition.content.length > 0 ? definition.content : [{ type: 'paragraph' }];
      const content: JSONContent = {
        type: 'section',
        attrs: { kind: definition.kind, guidance: definition.guidance },
        content: [
          {
            type: 'heading',
            attrs: { level: 2 },
            content: definition.title ? [{ type: 'text', text: definition.title }] : [],
          },
          ...body,
        ],
      };
      // Cursor into the first block after the heading: section open + heading + block open.
      insertBlock(editor, 'top', content, 1 + (definition.title.length + 2) + 1);
    },
  }));
}

const cell = (type: 'tableHeader' | 'tableCell'): JSONContent => ({ type, content: [{ type: 'paragraph' }] });
const row = (type: 'tableHeader' | 'tableCell'): JSONContent => ({
  type: 'tableRow',
  content: [cell(type), cell(type), cell(type)],
});

const blockItems: InsertMenuItem[] = [
  {
    id: 'figure',
    label: 'Figure',
    group: 'Blocks',
    description: 'An image with caption, credit and alt text',
    insert: (editor) =>
      insertBlock(
        editor,
        'block',
        { type: 'figure', content: [{ type: 'figureCaption' }, { type: 'figureCredit' }] },
        2,
      ),
  },
  {
    id: 'key-figures',
    label: 'Key figures',
    group: 'Blocks',
    description: 'Numbers with label, source and “as of” time',
    insert: (editor) => {
      const start = insertBlock(
        editor,
        'block',
        { type: 'keyFigures', content: [{ type: 'keyFigure' }, { type: 'keyFigure' }, { type: 'keyFigure' }] },
        -1,
      );
      const dom = editor.view.nodeDOM(start);
      (dom instanceof HTMLElement ? dom.querySelector('input') : null)?.focus();
    },
  },
  {
    id: 'table',
    label: 'Table',
    group: 'Blocks',
    description: 'Rows and columns with a header row',
    insert: (editor) =>
      insertBlock(
        editor,
        'block',
        { type: 'table', content: [row('tableHeader'), row('tableCell'), row('tableCell')] },
        4,
      ),
  },
  {
    id: 'bullet-list',
    label: 'Bulleted list',
    group: 'Blocks',
    description: 'e.g. place → impact, actor → statement',
    insert: (editor) => editor.chain().focus().toggleBulletList().run(),
  },
  {
    id: 'ordered-list',
    label: 'Numbered list',
    group: 'Blocks',
    description: 'e.g. agenda items in order',
    insert: (editor) => editor.chain().focus().toggleOrderedList().run(),
  },
  {
    id: 'quote',
    label: 'Quote',
    group: 'Blocks',
    description: 'A statement in someone’s own words',
    insert: (editor) => editor.chain().focus().toggleBlockquote().run(),
  },
  {
    id: 'rule',
    label: 'Horizontal rule',
    group: 'Blocks',
    description: 'A break between parts of the text',
    insert: (editor) => editor.chain().focus().setHorizontalRule().run(),
  },
];

/** Everything the `/` menu offers: library sections first, then blocks. */
export function insertMenuItems(): InsertMenuItem[] {
  return [...sectionItems(), ...blockItems];
}

/**
 * Items whose label or description contains every word of `filter`; labels
 * starting with the filter come first, then labels containing it.
 */
export function filterInsertMenuItems(items: InsertMenuItem[], filter: string): InsertMenuItem[] {
  const query = filter.trim().toLocaleLowerCase();
  const words = query.split(/\s+/).filter(Boolean);
  const rank = (item: InsertMenuItem) => {
    const label = item.label.toLocaleLowerCase();
    if (label.startsWith(query)) return 0;
    return label.includes(query) ? 1 : 2;
  };
  return items
    .filter((item) => {
      const text = `${item.label} ${item.description} ${item.group}`.toLocaleLowerCase();
      return words.every((word) => text.includes(word));
    })
    .map((item, index) => ({ item, index, rank: rank(item) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ item }) => item);
}
