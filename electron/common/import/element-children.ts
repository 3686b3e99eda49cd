import type { ImportElement } from './import-dom';

/**
 * The parent's first `count` element children, in order: `Array.from(parent.children).slice(0, count)` without
 * listing every child (linkedom builds the whole list for `children`, some 1,300 blocks for a long article).
 */
export function firstElementChildren(parent: ImportElement, count: number): ImportElement[] {
  const found: ImportElement[] = [];
  for (let child = parent.firstElementChild; child && found.length < count; child = child.nextElementSibling) {
    found.push(child);
  }
  return found;
}

/** The parent's last `count` element children, in order: `Array.from(parent.children).slice(-count)`. */
export function lastElementChildren(parent: ImportElement, count: number): ImportElement[] {
  const found: ImportElement[] = [];
  for (let child = parent.lastElementChild; child && found.length < count; child = child.previousElementSibling) {
    found.unshift(child);
  }
  return found;
}
