import {
  type Attrs,
  type ContentMatch,
  Mark,
  type MarkType,
  type NodeType,
  type Node as ProseMirrorNode,
  type Schema,
} from '@tiptap/pm/model';
import { type ImportElement, type ImportNode, isElement, textNodeType } from './import-dom';
import type { ParseRuleIndex } from './parse-rule-index';

/** ProseMirror's white space, which its parser collapses outside `pre`. */
const spaceRun = /[ \t\r\n\f]+/g;
/** Text the collapsing changes: white space other than a space, or two in a row. Most text has none. */
const collapsibleSpace = /[\t\r\n\f]| [ \t\r\n\f]/;
const startsWithSpace = /^[ \t\r\n\f]/;
const endsWithSpace = /[ \t\r\n\f]$/;

/**
 * The inline content ProseMirror's DOMParser gives a textblock (`<p>`, `<h2>`…) made only of text, marks
 * and inline leaves (`<br>`), built in one walk instead of through the parser's open-node stack; null when the
 * element holds anything else (a styled, ignored or unknown element, a node the block cannot hold), which the
 * parser then reads itself. Each step is the parser's: white space collapsed to one space and a leading one
 * dropped after a break or a space, marks in the order of the elements, each kept where the block allows it.
 * The nodes are as the parser holds them before it closes the block (strips a trailing space, joins text).
 */
export function textblockContent(
  element: ImportElement,
  type: NodeType,
  schema: Schema,
  rules: ParseRuleIndex,
): ProseMirrorNode[] | null {
  if (type.whitespace !== 'normal' || !type.isTextblock) return null;
  const builder = new TextblockBuilder(type, schema, rules);
  return builder.addChildren(element, Mark.none) ? builder.content : null;
}

class TextblockBuilder {
  readonly content: ProseMirrorNode[] = [];
  #match: ContentMatch;

  constructor(
    readonly type: NodeType,
    readonly schema: Schema,
    readonly rules: ParseRuleIndex,
  ) {
    this.#match = type.contentMatch;
  }

  /** The marks of `marks` the block allows, as a set; asked once per element, not per text. */
  #allowed(marks: readonly Mark[]): readonly Mark[] {
    let set = Mark.none;
    for (const mark of marks) if (this.type.allowsMarkType(mark.type)) set = mark.addToSet(set);
    return set;
  }

  #place(node: ProseMirrorNode): boolean {
    const next = this.#match.matchType(node.type);
    if (!next) return false;
    this.#match = next;
    this.content.push(node);
    return true;
  }

  #addText(node: ImportNode, allowed: readonly Mark[]): boolean {
    const written = node.textContent ?? '';
    let value = collapsibleSpace.test(written) ? written.replace(spaceRun, ' ') : written;
    if (startsWithSpace.test(value)) {
      const before = this.content[this.content.length - 1];
      const domBefore = node.previousSibling;
      if (!before || domBefore?.nodeName === 'BR' || (before.isText && endsWithSpace.test(before.text ?? ''))) {
        value = value.slice(1);
      }
    }
    return (
      value === '' ||
      this.#place(allowed.length === 0 ? this.schema.text(value) : this.schema.text(value).mark(allowed))
    );
  }

  addChildren(parent: ImportElement, marks: readonly Mark[]): boolean {
    const allowed = this.#allowed(marks);
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === textNodeType) {
        if (!this.#addText(child, allowed)) return false;
        continue;
      }
      if (!isElement(child)) continue;
      if (child.hasAttribute('style')) return false;
      const rule = this.rules.match(child);
      if (!rule || rule.ignore || rule.skip || rule.closeParent || rule.getContent || rule.contentElement) return false;
      if (rule.consuming === false || rule.preserveWhitespace !== undefined) return false;
      if (rule.mark) {
        const markType = this.schema.marks[rule.mark];
        if (!markType || !this.addChildren(child, [...marks, markOf(markType, rule.attrs)])) return false;
      } else {
        const nodeType = rule.node ? this.schema.nodes[rule.node] : undefined;
        if (!nodeType?.isInline || !nodeType.isLeaf) return false;
        if (!this.#place(nodeType.create(rule.attrs).mark(allowed))) return false;
      }
    }
    return true;
  }
}

/** The mark a rule makes; a type without attributes has one mark, which ProseMirror keeps (`create()` gives it). */
function markOf(type: MarkType, attrs: Attrs | null | undefined): Mark {
  let withoutAttributes = attributelessMarkTypes.get(type);
  if (withoutAttributes === undefined) {
    withoutAttributes = Object.keys(type.spec.attrs ?? {}).length === 0;
    attributelessMarkTypes.set(type, withoutAttributes);
  }
  return withoutAttributes ? type.create() : type.create(attrs);
}

const attributelessMarkTypes = new WeakMap<MarkType, boolean>();
