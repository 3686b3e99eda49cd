import type { Editor } from '@tiptap/core';
import { sectionLibrary } from '../../../electron/common/template/section-library';
import { getBriefdeskApi } from '../briefdesk-api';
import { disclaimerInsertItems } from '../disclaimers/disclaimer-insert-items';

/** One entry of the `/` menu. */
export interface InsertMenuItem {
  id: string;
  label: string;
  group: 'Sections' | 'Blocks';
  /** What it is for, shown under the label and searched by the filter. */
  description: string;
  insert: (editor: Editor) => unknown;
}

function sectionItems(): InsertMenuItem[] {
  return sectionLibrary.map((definition) => ({
    id: `section-${definition.kind}`,
    label: definition.label || definition.title,
    group: 'Sections',
    description: definition.guidance,
    insert: (editor) =>
      editor
        .chain()
        .focus()
        .insertSection({
          kind: definition.kind,
          title: definition.title,
          guidance: definition.guidance,
          content: definition.content,
        })
        .run(),
  }));
}

const blockItems: InsertMenuItem[] = [
  {
    id: 'figure',
    label: 'Figure',
    group: 'Blocks',
    description: 'An image with caption, credit and alt text',
    insert: (editor) => editor.chain().focus().insertFigure({}).run(),
  },
  {
    id: 'key-figures',
    label: 'Key figures',
    group: 'Blocks',
    description: 'Numbers with label, source and “as of” time',
    insert: (editor) => {
      editor.chain().focus().insertKeyFigures([{}, {}, {}]).run();
      // The figures are edited in their node view's inputs, so the first one takes the focus.
      const { from } = editor.state.selection;
      const dom = editor.view.nodeDOM(from);
      (dom instanceof HTMLElement ? dom.querySelector('input') : null)?.focus();
    },
  },
  {
    id: 'table',
    label: 'Table',
    group: 'Blocks',
    description: 'Rows and columns with a header row',
    insert: (editor) => editor.chain().focus().insertTableBlock().run(),
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

/** Everything the `/` menu offers: the common blocks first, then the library's sections. */
export function insertMenuItems(): InsertMenuItem[] {
  return [...blockItems, ...disclaimerInsertItems(readSettings), ...sectionItems()];
}

async function readSettings() {
  const settings = await getBriefdeskApi().settings.get();
  if (!settings.ok) throw new Error(settings.error.message);
  return settings.value;
}

const groupOrder: Record<InsertMenuItem['group'], number> = { Blocks: 0, Sections: 1 };

/**
 * Items whose label or description contains every word of `filter`, blocks before sections
 * (the menu shows them in these two groups); in each, labels starting with the filter come
 * first, then labels containing it.
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
    .sort((a, b) => groupOrder[a.item.group] - groupOrder[b.item.group] || a.rank - b.rank || a.index - b.index)
    .map(({ item }) => item);
}
