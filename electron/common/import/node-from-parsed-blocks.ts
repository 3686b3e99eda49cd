import type { JSONContent } from '@tiptap/core';
import { Fragment, type Node as ProseMirrorNode } from '@tiptap/pm/model';
import { briefingSchema } from '../document/briefing-schema';

/**
 * The document `briefingSchema.nodeFromJSON(content)` would build, taking for each JSON object made by a
 * parsed node's `toJSON` that node itself (`parsedBlocks`), so the import's body is not built twice: only
 * what was added around the parsed blocks (the doc, the sections) is built here.
 */
export function nodeFromParsedBlocks(
  content: JSONContent,
  parsedBlocks: ReadonlyMap<JSONContent, ProseMirrorNode>,
): ProseMirrorNode {
  const parsed = parsedBlocks.get(content);
  if (parsed) return parsed;
  if (content.type === 'text' || content.marks) return briefingSchema.nodeFromJSON(content);
  const children = (content.content ?? []).map((child) => nodeFromParsedBlocks(child, parsedBlocks));
  const type = briefingSchema.nodes[content.type ?? ''];
  if (!type) throw new RangeError(`Unknown node type: ${content.type}`);
  return type.create(content.attrs ?? null, Fragment.fromArray(children));
}
