import type { JSONContent } from '@tiptap/core';
import type { BriefingContent } from '../document/briefing-content';

const emptyParagraph = (): JSONContent => ({ type: 'paragraph' });

function emptyCell(cell: JSONContent, keepText: boolean): JSONContent {
  return keepText
    ? cell
    : { type: cell.type, ...(cell.attrs ? { attrs: cell.attrs } : {}), content: [emptyParagraph()] };
}

function emptyTable(table: JSONContent): JSONContent {
  return {
    ...table,
    content: (table.content ?? []).map((row) => ({
      ...row,
      content: (row.content ?? []).map((cell) => emptyCell(cell, cell.type === 'tableHeader')),
    })),
  };
}

/** One block emptied of the author's text, or nothing when the block is content only (figures, quotes). */
function emptyBlock(block: JSONContent): JSONContent | undefined {
  switch (block.type) {
    case 'heading':
    case 'horizontalRule':
      return block;
    case 'paragraph':
      return emptyParagraph();
    case 'bulletList':
    case 'orderedList':
      return { type: block.type, content: [{ type: 'listItem', content: [emptyParagraph()] }] };
    case 'table':
      return emptyTable(block);
    case 'keyFigures':
      return {
        type: 'keyFigures',
        content: (block.content ?? []).map((figure) => ({
          type: 'keyFigure',
          attrs: { value: '', label: String(figure.attrs?.label ?? ''), source: '', asOf: '' },
        })),
      };
    default:
      return undefined;
  }
}

/** Empties a run of blocks, folding consecutive empty paragraphs into one. */
function emptyBlocks(blocks: JSONContent[]): JSONContent[] {
  const result: JSONContent[] = [];
  for (const block of blocks) {
    const emptied = block.type === 'section' ? emptySection(block) : emptyBlock(block);
    if (!emptied) continue;
    const previous = result.at(-1);
    if (emptied.type === 'paragraph' && previous?.type === 'paragraph') continue;
    result.push(emptied);
  }
  return result;
}

function emptySection(section: JSONContent): JSONContent {
  const [heading, ...rest] = section.content ?? [];
  const body = emptyBlocks(rest);
  return {
    type: 'section',
    attrs: { kind: section.attrs?.kind ?? 'custom', guidance: section.attrs?.guidance ?? '' },
    content: [heading ?? { type: 'heading', attrs: { level: 2 } }, ...(body.length > 0 ? body : [emptyParagraph()])],
  };
}

/**
 * A briefing's skeleton for a "structure only" template: sections, headings,
 * guidance, table headers and key-figure labels stay; the author's text, figures and quotes go.
 */
export function toStructureOnly(content: BriefingContent): BriefingContent {
  const blocks = emptyBlocks(content.content ?? []);
  return { type: 'doc', content: blocks.length > 0 ? blocks : [emptyParagraph()] };
}
