import type { JSONContent } from '@tiptap/core';

const blockSeparators = new Set([
  'paragraph',
  'heading',
  'listItem',
  'blockquote',
  'tableRow',
  'figureCaption',
  'figureCredit',
  'keyFigure',
]);

function collect(node: JSONContent, lines: string[], current: string[]): void {
  if (node.text) current.push(node.text);
  if (node.type === 'hardBreak') current.push('\n');
  if (node.type === 'keyFigure' && node.attrs) {
    current.push([node.attrs.value, node.attrs.label, node.attrs.source].filter(Boolean).join(' '));
  }
  for (const child of node.content ?? []) {
    collect(child, lines, current);
    if (child.type === 'tableCell' || child.type === 'tableHeader') current.push('\t');
    if (child.type && blockSeparators.has(child.type) && current.length > 0) {
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
