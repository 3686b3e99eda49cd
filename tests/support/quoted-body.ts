import type { JSONContent } from '@tiptap/core';

/** A briefing body whose deepest text sits `depth` node levels below the doc (doc = 1, text = depth). */
export function quotedBody(depth: number): JSONContent {
  let block: JSONContent = { type: 'paragraph', content: [{ type: 'text', text: 'Deep.' }] };
  for (let level = 3; level < depth; level += 1) block = { type: 'blockquote', content: [block] };
  return { type: 'doc', content: [block] };
}
