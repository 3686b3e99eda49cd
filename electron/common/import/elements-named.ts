import { type ImportElement, tagOf } from './import-dom';

/**
 * The elements inside `root` (not `root` itself) named one of `names`, in document order: what `querySelectorAll`
 * lists for those names joined by commas, found in one walk by `tagOf`. linkedom compiles a selector anew on every
 * call and runs its selector engine on every element. Like `querySelectorAll`, the walk does not enter a
 * `<template>` (whose content a browser keeps outside the tree).
 */
export function elementsNamed(root: ImportElement, names: ReadonlySet<string>): ImportElement[] {
  const found: ImportElement[] = [];
  let element = root.firstElementChild;
  while (element) {
    const name = tagOf(element);
    if (names.has(name)) found.push(element);
    let next = name === 'template' ? null : element.firstElementChild;
    while (!next && element && element !== root) {
      next = element.nextElementSibling;
      if (!next) element = element.parentElement;
    }
    element = next;
  }
  return found;
}
