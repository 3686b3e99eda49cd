import type { JSONContent } from '@tiptap/core';
import { type BriefingContent, emptyBriefingContent } from '../document/briefing-content';
import { nodeDefinition } from '../document/briefing-nodes';

/** One block through its node's structure-only rule; undefined when the rule drops it or the node is unknown. */
function emptyBlock(block: JSONContent): JSONContent | undefined {
  const rule = nodeDefinition(block.type)?.template.structureOnly;
  if (rule === undefined || rule === 'drop') return undefined;
  return rule === 'keep' ? block : rule(block, emptyBlocks);
}

/** Empties a run of blocks, folding consecutive empty paragraphs into one. */
function emptyBlocks(blocks: JSONContent[]): JSONContent[] {
  const result: JSONContent[] = [];
  for (const block of blocks) {
    const emptied = emptyBlock(block);
    if (!emptied) continue;
    const previous = result.at(-1);
    if (emptied.type === 'paragraph' && previous?.type === 'paragraph') continue;
    result.push(emptied);
  }
  return result;
}

/**
 * A briefing's skeleton for a "structure only" template: each node's own rule decides — sections,
 * headings, guidance, table headers and key-figure labels stay; the author's text, figures and quotes go.
 */
export function toStructureOnly(content: BriefingContent): BriefingContent {
  return (emptyBlock(content) ?? emptyBriefingContent()) as BriefingContent;
}
