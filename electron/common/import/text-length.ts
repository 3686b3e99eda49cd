import { type ImportElement, type ImportNode, isElement, textNodeType } from './import-dom';

const cdataSectionNodeType = 4;

/** An element whose text length is known already: a walk that meets it adds that length instead of entering it. */
export interface CountedElement {
  element: ImportElement;
  length: number;
}

/**
 * The length of the node's `textContent` (its text and CDATA descendants), counted without joining the text:
 * the declared article and the body of a long page are each a few hundred thousand characters. With `counted`,
 * that element's text, if it lies inside `root`, is taken as counted rather than walked again.
 */
export function textLength(root: ImportElement, counted?: CountedElement): number {
  let length = 0;
  let node: ImportNode | null = root.firstChild;
  while (node) {
    if (node.nodeType === textNodeType || node.nodeType === cdataSectionNodeType) {
      length += (node.textContent ?? '').length;
    }
    if (node === counted?.element) length += counted.length;
    const child = isElement(node) && node !== counted?.element ? node.firstChild : null;
    if (child) {
      node = child;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
  return length;
}
