import { type ImportElement, type ImportNode, isElement, textNodeType } from './import-dom';

const cdataSectionNodeType = 4;

/**
 * The length of the node's `textContent` (its text and CDATA descendants), counted without joining the text:
 * the declared article and the body of a long page are each a few hundred thousand characters.
 */
export function textLength(root: ImportElement): number {
  let length = 0;
  let node: ImportNode | null = root.firstChild;
  while (node) {
    if (node.nodeType === textNodeType || node.nodeType === cdataSectionNodeType) {
      length += (node.textContent ?? '').length;
    }
    const child = isElement(node) ? node.firstChild : null;
    if (child) {
      node = child;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
  return length;
}
