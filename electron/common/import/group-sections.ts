import type { JSONContent } from '@tiptap/core';
import { sectionKindForHeading } from './section-kinds';

function headingText(node: JSONContent): string {
  return (node.content ?? []).map((child) => child.text ?? '').join('');
}

/**
 * Turns a flat body into the briefing layout: blocks before the first level-2
 * heading stay as the lede, each level-2 heading opens a section of the kind its
 * title names (`custom` otherwise) holding the blocks up to the next one.
 */
export function groupIntoSections(blocks: readonly JSONContent[]): JSONContent[] {
  const grouped: JSONContent[] = [];
  let section: JSONContent | undefined;
  for (const block of blocks) {
    if (block.type === 'heading' && block.attrs?.level === 2) {
      section = {
        type: 'section',
        attrs: { kind: sectionKindForHeading(headingText(block)), guidance: '' },
        content: [block],
      };
      grouped.push(section);
    } else if (section) {
      section.content?.push(block);
    } else {
      grouped.push(block);
    }
  }
  return grouped;
}
