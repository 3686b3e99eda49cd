import {
  type Attrs,
  type ContentMatch,
  Fragment,
  type NodeType,
  type Node as ProseMirrorNode,
  type Schema,
  type TagParseRule,
} from '@tiptap/pm/model';
import { type ImportElement, isElement, textNodeType } from './import-dom';
import type { ParseRuleIndex } from './parse-rule-index';
import { textblockContent } from './textblock-content';

const trailingSpace = /[ \t\r\n\f]+$/;
const nonSpace = /[^ \t\r\n\f]/;

/** Whether the parser reads the element's content by the rule alone (no skipping, custom content or white space mode). */
export function isPlainNodeRule(rule: TagParseRule | null | undefined): rule is TagParseRule & { node: string } {
  return Boolean(
    rule?.node &&
      !rule.ignore &&
      !rule.skip &&
      !rule.closeParent &&
      !rule.getContent &&
      !rule.contentElement &&
      rule.preserveWhitespace === undefined,
  );
}

/** The textblock as the parser closes it: a trailing space dropped from its last text, text of the same marks joined. */
function closedTextblock(type: NodeType, attrs: Attrs | null | undefined, nodes: ProseMirrorNode[]): ProseMirrorNode {
  const last = nodes[nodes.length - 1];
  const space = last?.isText ? trailingSpace.exec(last.text ?? '') : null;
  if (last && space) {
    if (space[0].length === last.text?.length) nodes.pop();
    else nodes[nodes.length - 1] = last.cut(0, last.nodeSize - space[0].length);
  }
  return type.create(attrs, Fragment.from(nodes));
}

/**
 * The node ProseMirror's DOMParser makes of a block element matched by `rule` (its `attrs` as matched) when
 * nothing around it carries marks, or null when the element holds what only the parser can judge. Built directly:
 * a textblock of text, marks and inline leaves (`textblockContent`); a block whose children are such blocks,
 * nested to any depth (a list of items, a quote of paragraphs), white space between them dropped as the parser
 * drops it, and so are empty elements no rule takes (a figure's picture, whose address the figure's rule reads);
 * a block of inline content that the parser wraps in one textblock (a list item of text: a paragraph).
 * A styled element, loose text beside blocks, a child the block's content cannot take where it stands, or an
 * empty block (which the parser fills) are left to the parser.
 */
export function blockFromElement(
  element: ImportElement,
  rule: TagParseRule & { node: string },
  attrs: Attrs | null | undefined,
  schema: Schema,
  rules: ParseRuleIndex,
): ProseMirrorNode | null {
  const type = schema.nodes[rule.node];
  if (!type || type.isLeaf || element.hasAttribute('style')) return null;
  if (type.isTextblock) {
    const nodes = textblockContent(element, type, schema, rules);
    return nodes ? closedTextblock(type, attrs, nodes) : null;
  }
  if (type.inlineContent) return null;
  const content =
    blockChildren(element, type.contentMatch, schema, rules) ?? wrappedInline(element, type, schema, rules);
  return content ? type.create(attrs, content) : null;
}

/** The element's child blocks, each built by `blockFromElement`, when they fill the content in order; else null. */
function blockChildren(
  element: ImportElement,
  start: ContentMatch,
  schema: Schema,
  rules: ParseRuleIndex,
): ProseMirrorNode[] | null {
  const children: ProseMirrorNode[] = [];
  let match = start;
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === textNodeType) {
      if (nonSpace.test(child.textContent ?? '')) return null;
      continue;
    }
    if (!isElement(child)) return null;
    const childRule = rules.match(child);
    // An empty element no rule takes leaves no trace in the parser's result (a figure's picture, read by its rule).
    if (childRule === null && !child.firstChild) continue;
    if (!isPlainNodeRule(childRule)) return null;
    const attrs = childRule.attrs;
    const childType = schema.nodes[childRule.node];
    const next = childType ? match.matchType(childType) : null;
    if (!next) return null;
    const block = blockFromElement(child, childRule, attrs, schema, rules);
    if (!block) return null;
    children.push(block);
    match = next;
  }
  return children.length > 0 && match.validEnd ? children : null;
}

/** The element's inline content in the one textblock the parser wraps it in (a list item's paragraph), or null. */
function wrappedInline(
  element: ImportElement,
  type: NodeType,
  schema: Schema,
  rules: ParseRuleIndex,
): ProseMirrorNode[] | null {
  const wrapping = type.contentMatch.findWrapping(schema.nodes.text as NodeType);
  const wrapper = wrapping?.length === 1 ? wrapping[0] : undefined;
  if (!wrapper?.isTextblock || !type.contentMatch.matchType(wrapper)?.validEnd) return null;
  const nodes = textblockContent(element, wrapper, schema, rules);
  // The first inline node decides where the parser opens the textblock: only text or a leaf placed like text.
  const first = nodes?.[0];
  if (!nodes || !first) return null;
  // A mark the block itself may carry (a review mark) goes to the textblock the parser opens, not to its text.
  if (
    Object.values(schema.marks).some((markType) => type.allowsMarkType(markType) && !wrapper.allowsMarkType(markType))
  )
    return null;
  if (nodes.some((node) => node.marks.some((mark) => type.allowsMarkType(mark.type)))) return null;
  const firstWrapping = type.contentMatch.findWrapping(first.type);
  if (firstWrapping?.length !== 1 || firstWrapping[0] !== wrapper) return null;
  return [closedTextblock(wrapper, null, nodes)];
}
