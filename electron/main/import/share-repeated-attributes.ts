import type { JSONContent } from '@tiptap/core';

type Attributes = Record<string, unknown>;
type MarkJson = NonNullable<JSONContent['marks']>[number];

/**
 * A key naming exactly these attributes in this order (each name and value written with its length, so no text
 * can spell another's key), or null when a value could not be named without loss (an object, an array,
 * `undefined`, `-0`, `NaN`, an infinity): those attributes are never shared.
 */
function attributesKey(attributes: Attributes): string | null {
  let key = '';
  for (const name of Object.keys(attributes)) {
    const value = attributes[name];
    let written: string;
    if (value === null) written = 'z';
    else if (typeof value === 'string') written = `s${value.length}:${value}`;
    else if (typeof value === 'boolean') written = value ? 't' : 'f';
    else if (typeof value === 'number' && Number.isFinite(value) && !Object.is(value, -0)) written = `n${value};`;
    else return null;
    key += `${name.length}:${name}${written}`;
  }
  return key;
}

/** A mark as ProseMirror's `toJSON` writes it (`type`, then `attrs` if any); null for any other shape. */
function markKey(mark: MarkJson): string | null {
  const names = Object.keys(mark);
  if (typeof mark.type !== 'string' || names[0] !== 'type') return null;
  if (names.length === 1) return `${mark.type.length}:${mark.type}`;
  if (names.length !== 2 || names[1] !== 'attrs' || typeof mark.attrs !== 'object' || mark.attrs === null) return null;
  const attributes = attributesKey(mark.attrs);
  return attributes === null ? null : `${mark.type.length}:${mark.type}${attributes.length}:${attributes}`;
}

/**
 * Makes the nodes of a converted body that carry equal attributes, marks or lists of marks point at one
 * object each, in place. The import worker's reply crosses to main as a structured clone, which writes a
 * shared object once: the large article's 1,300 paragraphs' `{ lang: null, dir: null }` and 1,200 bold
 * and link marks then cost one object each on both sides instead of thousands. Nodes themselves are never
 * shared, and only values a key names exactly are: every node reads as before. Whoever receives the body
 * must treat attributes and marks as values (the app never changes them in place).
 */
export function shareRepeatedAttributes(root: JSONContent): void {
  const attributes = new Map<string, Attributes>();
  const marks = new Map<string, MarkJson>();
  const markLists = new Map<string, MarkJson[]>();
  // ProseMirror gives every node of a type without attributes of its own the same object: asked once.
  const byIdentity = new Map<Attributes, Attributes>();
  const sharedAttributes = (own: Attributes): Attributes => {
    const seen = byIdentity.get(own);
    if (seen) return seen;
    const key = attributesKey(own);
    const shared = key === null ? own : (attributes.get(key) ?? own);
    if (key !== null && shared === own) attributes.set(key, own);
    byIdentity.set(own, shared);
    return shared;
  };
  const sharedMarks = (own: MarkJson[]): MarkJson[] => {
    let listKey = '';
    for (const [index, mark] of own.entries()) {
      const key = markKey(mark);
      if (key === null) return own;
      const known = marks.get(key);
      if (known) own[index] = known;
      else marks.set(key, mark);
      listKey += `${key.length}:${key}`;
    }
    const known = markLists.get(listKey);
    if (known) return known;
    markLists.set(listKey, own);
    return own;
  };
  const visit = (node: JSONContent) => {
    if (node.attrs) node.attrs = sharedAttributes(node.attrs);
    if (node.marks) node.marks = sharedMarks(node.marks);
    if (node.content) for (const child of node.content) visit(child);
  };
  visit(root);
}
