import type { JSONContent } from '@tiptap/core';

function inlineText(node: JSONContent): string {
  return (node.content ?? [])
    .map((child) => {
      if (child.type === 'hardBreak') return '⏎';
      let text = child.text ?? '';
      for (const mark of child.marks ?? []) {
        if (mark.type === 'bold') text = `**${text}**`;
        else if (mark.type === 'italic') text = `_${text}_`;
        else if (mark.type === 'link') text = `[${text}](${mark.attrs?.href})`;
        else text = `<${mark.type}>${text}`;
      }
      return text;
    })
    .join('');
}

function describeNode(node: JSONContent): string {
  const attrs = node.attrs ?? {};
  switch (node.type) {
    case 'section':
      return `section ${attrs.kind}`;
    case 'heading':
      return `h${attrs.level} ${inlineText(node)}`;
    case 'figure':
      return `figure src=${attrs.src === null ? 'none' : attrs.src.startsWith('asset:') ? 'asset' : attrs.src} alt=${JSON.stringify(attrs.alt)}`;
    case 'paragraph':
    case 'figureCaption':
    case 'figureCredit':
      return `${node.type} ${inlineText(node)}`.trimEnd();
    default:
      return node.type ?? '?';
  }
}

const leaves = new Set(['heading', 'paragraph', 'figureCaption', 'figureCredit']);

/** One line per node, indented by depth, with text and marks: lets a test assert a document node by node. */
export function outlineAsText(doc: JSONContent, maximumText = 70): string[] {
  const lines: string[] = [];
  const walk = (node: JSONContent, depth: number) => {
    let line = describeNode(node);
    if (line.length > maximumText) line = `${line.slice(0, maximumText - 1)}…`;
    lines.push(`${'  '.repeat(depth)}${line}`);
    if (!leaves.has(node.type ?? '')) for (const child of node.content ?? []) walk(child, depth + 1);
  };
  for (const child of doc.content ?? []) walk(child, 0);
  return lines;
}
