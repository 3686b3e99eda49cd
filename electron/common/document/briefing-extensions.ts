import type { Extensions } from '@tiptap/core';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import StarterKit from '@tiptap/starter-kit';
import { FigureCaptionNode, FigureCreditNode, FigureNode } from './figure-node';
import { KeyFigureNode, KeyFiguresNode } from './key-figures-node';
import { isSafeLinkUrl } from './link-policy';
import { SectionNode } from './section-node';

/**
 * The briefing document's nodes and marks, shared by the editor (which adds
 * editing behaviour on top), the exporter, the importer and main's validation.
 * Headings start at level 2: level 1 is the briefing's title, kept in metadata.
 */
export function createBriefingExtensions(): Extensions {
  return [
    StarterKit.configure({
      heading: { levels: [2, 3, 4] },
      code: false,
      codeBlock: false,
      undoRedo: false,
      dropcursor: false,
      gapcursor: false,
      trailingNode: false,
      listKeymap: false,
      link: {
        openOnClick: false,
        autolink: true,
        linkOnPaste: true,
        defaultProtocol: 'https',
        isAllowedUri: (url) => isSafeLinkUrl(url),
        shouldAutoLink: (url) => isSafeLinkUrl(url) || isSafeLinkUrl(`https://${url}`),
        HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null, class: null },
      },
    }),
    Table.configure({ resizable: false, allowTableNodeSelection: true }),
    TableRow,
    TableHeader,
    TableCell,
    SectionNode,
    FigureNode,
    FigureCaptionNode,
    FigureCreditNode,
    KeyFiguresNode,
    KeyFigureNode,
  ];
}
