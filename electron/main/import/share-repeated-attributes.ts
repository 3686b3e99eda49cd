import type { JSONContent } from '@tiptap/core';

type Attributes = Record<string, unknown>;
type MarkJson = NonNullable<JSONContent['marks']>[number];

/**
 * One step of a path of names and values: the attributes (or marks) whose path ends here, and the steps after.
 * A `Map` tells `1` from `'1'` and `null` from `'null'`; it takes `-0` for `0` and finds `NaN`, which are
 * therefore never shared.
 */
interface Step<Shared> {
  shared?: Shared;
  next?: Map<unknown, Map<unknown, Step<Shared>>>;
}

function stepAfter<Shared>(step: Step<Shared>, name: unknown, value: unknown): Step<Shared> {
  step.next ??= new Map();
  let byValue = step.next.get(name);
  if (!byValue) {
    byValue = new Map();
    step.next.set(name, byValue);
  }
  let after = byValue.get(value);
  if (!after) {
    after = {};
    byValue.set(value, after);
  }
  return after;
}

/** Values a `Map` key names exactly: text, true or false, null, and finite numbers other than `-0`. */
function namedExactly(value: unknown): boolean {
  return (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value) && !Object.is(value, -0))
  );
}

/**
 * Makes the nodes of a converted body that carry equal attributes, marks or lists of marks point at one
 * object each, in place. The import worker's reply crosses to main as a structured clone, which writes a
 * shared object once: the large article's 1,300 paragraphs' `{ lang: null, dir: null }` and 1,200 bold
 * and link marks then cost one object each on both sides instead of thousands. Nodes themselves are never
 * shared, and only values a `Map` tells apart exactly are: every node reads as before. Whoever receives the body
 * must treat attributes and marks as values (the app never changes them in place).
 */
export function shareRepeatedAttributes(root: JSONContent): void {
  const attributesRoot: Step<Attributes> = {};
  const marksRoot: Step<MarkJson> = {};
  const listsRoot: Step<MarkJson[]> = {};
  const byIdentity = new Map<Attributes, Attributes>();
  /** The step these attributes lead to from `from`, in their order, or null when a value cannot be told apart. */
  const attributesStep = <Shared>(from: Step<Shared>, attributes: Attributes): Step<Shared> | null => {
    let step = from;
    for (const name of Object.keys(attributes)) {
      const value = attributes[name];
      if (!namedExactly(value)) return null;
      step = stepAfter(step, name, value);
    }
    return step;
  };
  const sharedAttributes = (own: Attributes): Attributes => {
    const seen = byIdentity.get(own);
    if (seen) return seen;
    const step = attributesStep(attributesRoot, own);
    if (step) step.shared ??= own;
    const shared = step?.shared ?? own;
    byIdentity.set(own, shared);
    return shared;
  };
  const sharedMark = (mark: MarkJson): MarkJson | null => {
    const names = Object.keys(mark);
    if (typeof mark.type !== 'string' || names[0] !== 'type') return null;
    if (names.length > 2 || (names.length === 2 && names[1] !== 'attrs')) return null;
    let step = stepAfter(marksRoot, 'type', mark.type);
    if (names.length === 2) {
      if (typeof mark.attrs !== 'object' || mark.attrs === null) return null;
      const after = attributesStep(stepAfter(step, 'attrs', true), mark.attrs);
      if (!after) return null;
      step = after;
    }
    step.shared ??= mark;
    return step.shared;
  };
  const sharedMarks = (own: MarkJson[]): MarkJson[] => {
    let step = listsRoot;
    for (let index = 0; index < own.length; index += 1) {
      const mark = sharedMark(own[index] as MarkJson);
      if (!mark) return own;
      own[index] = mark;
      step = stepAfter(step, 'mark', mark);
    }
    step.shared ??= own;
    return step.shared;
  };
  const visit = (node: JSONContent) => {
    if (node.attrs) node.attrs = sharedAttributes(node.attrs);
    if (node.marks) node.marks = sharedMarks(node.marks);
    if (node.content) for (const child of node.content) visit(child);
  };
  visit(root);
}
