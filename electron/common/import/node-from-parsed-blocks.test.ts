import type { JSONContent } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { everyNodeBriefing } from '../../../tests/fixtures/briefings/every-node-briefing';
import { briefingSchema } from '../document/briefing-schema';
import { groupIntoSections } from './group-sections';
import { nodeFromParsedBlocks } from './node-from-parsed-blocks';

/** Every block of the every-node briefing as the import's parse leaves them: flat, sections unwrapped. */
function parsedBlocks(): Map<JSONContent, ProseMirrorNode> {
  const blocks = new Map<JSONContent, ProseMirrorNode>();
  // A heading that opens a section of a kind other than the default.
  const keyFigures = briefingSchema.node('heading', { level: 2 }, briefingSchema.text('Key figures'));
  blocks.set(keyFigures.toJSON(), keyFigures);
  briefingSchema.nodeFromJSON(everyNodeBriefing().content).forEach((top) => {
    const flat = top.type.name === 'section' ? top.children : [top];
    for (const block of flat) blocks.set(block.toJSON(), block);
  });
  return blocks;
}

describe('nodeFromParsedBlocks', () => {
  it('builds what nodeFromJSON builds, reusing each parsed block', () => {
    const blocks = parsedBlocks();
    const content = { type: 'doc', content: groupIntoSections([...blocks.keys()]) };
    const built = nodeFromParsedBlocks(content, blocks);
    const fromJson = briefingSchema.nodeFromJSON(content);
    expect(fromJson.child(0).attrs.kind).toBe('key-figures');
    expect(built.eq(fromJson)).toBe(true);
    expect(built.toJSON()).toEqual(fromJson.toJSON());
    const reused = new Set<ProseMirrorNode>();
    built.descendants((node) => {
      reused.add(node);
      return node.type.name === 'doc' || node.type.name === 'section';
    });
    for (const block of blocks.values()) expect(reused.has(block)).toBe(true);
  });

  it('builds what was not parsed from its JSON: the empty body', () => {
    const empty = { type: 'doc', content: [{ type: 'paragraph' }] };
    expect(nodeFromParsedBlocks(empty, new Map()).eq(briefingSchema.nodeFromJSON(empty))).toBe(true);
    expect(() => nodeFromParsedBlocks({ type: 'script' }, new Map())).toThrow('Unknown node type: script');
  });
});
