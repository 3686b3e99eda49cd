import type { JSONContent } from '@tiptap/core';
import { nodeDefinition } from './briefing-nodes';

function collect(node: JSONContent, lines: string[], current: string[]): void {
  if (node.text) current.push(node.text);
  const leaf = nodeDefinition(node.type)?.plainText.leaf;
  if (leaf) current.push(leaf.plain(node.attrs ?? {}));
  for (const child of node.content ?? []) {
    collect(child, lines, current);
    const end = nodeDefinition(child.type)?.plainText.end;
    if (end === 'tab') current.push('\t');
    if (end === 'line' && current.length > 0) {
      lines.push(current.join('').trim());
      current.length = 0;
    }
  }
}

/** The body as plain text, one line per paragraph, heading, list item or table row: for diffs and search. */
export function briefingPlainText(content: JSONContent): string {
  const lines: string[] = [];
  const current: string[] = [];
  collect(content, lines, current);
  if (current.length > 0) lines.push(current.join('').trim());
  return lines.filter((line) => line !== '').join('\n');
}
