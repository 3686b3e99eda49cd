import { DOMParser, type Node as ProseMirrorNode, type TagParseRule } from '@tiptap/pm/model';
import { briefingSchema } from '../document/briefing-schema';
import { blockFromElement, isPlainNodeRule } from './block-from-element';
import { type ImportElement, type ImportNode, isElement, textNodeType } from './import-dom';
import { ParseRuleIndex } from './parse-rule-index';

const parser = DOMParser.fromSchema(briefingSchema);
const rules = new ParseRuleIndex(parser);
const nonSpace = /[^ \t\r\n\f]/;

/**
 * The rule behind every element the parser meets, from the index. `ruleFromNode` is an option ProseMirror's
 * parser reads though its types leave it out; where the index has no rule (or a parser ignored the option) the
 * parser searches its rules itself and finds the same one.
 */
const ruleFromNode = (dom: ImportElement): Omit<TagParseRule, 'tag'> | null => rules.match(dom) ?? null;

/**
 * The rule of the top-level element last matched, with its `attrs` as matched (matching other elements rewrites
 * the shared rules' `attrs`): a block's successor is matched to decide on the block, then read as the next block,
 * so each top-level element is matched once.
 */
class TopLevelMatch {
  #element: ImportElement | null = null;
  /** The rule of the element last asked for (`of`). */
  rule: TagParseRule | null | undefined;
  /** That rule's `attrs` as matched for that element. */
  attrs: TagParseRule['attrs'];

  /** Matches the element unless it is the one last matched; read `rule` and `attrs` after. */
  of(element: ImportElement): this {
    if (this.#element !== element) {
      this.#element = element;
      this.rule = rules.match(element);
      this.attrs = this.rule?.attrs;
    }
    return this;
  }
}

/**
 * The block ProseMirror's parser makes of a top-level element (`blockFromElement`: a textblock of text and marks,
 * a list or a quote of such blocks), or null when the parser must read it.
 */
function topLevelBlock(element: ImportElement, matched: TopLevelMatch): ProseMirrorNode | null {
  const { rule, attrs } = matched.of(element);
  if (!isPlainNodeRule(rule)) return null;
  const type = briefingSchema.nodes[rule.node];
  if (!type || !briefingSchema.topNodeType.contentMatch.matchType(type)) return null;
  if (!nextOpensNode(element, matched)) return null;
  return blockFromElement(element, rule, attrs, briefingSchema, rules);
}

/**
 * Whether what follows a top-level block opens a node before it adds any text. The parser keeps a closed block
 * on its open-node stack until it opens the next node, and text read meanwhile keeps its leading space (it
 * tells a block's first text by that stack): such a block is left to the parser with what follows it.
 */
function nextOpensNode(node: ImportNode, matched: TopLevelMatch): boolean {
  for (let next = node.nextSibling; next; next = next.nextSibling) {
    if (isElement(next)) {
      const { rule } = matched.of(next);
      return Boolean(rule?.node && !rule.ignore && !rule.skip && !rule.closeParent);
    }
    if (next.nodeType === textNodeType && nonSpace.test(next.textContent ?? '')) return false;
  }
  return true;
}

/**
 * Parses the clean tree into the briefing's top-level blocks, as `DOMParser.fromSchema(briefingSchema)
 * .parse(container)` does (empty paragraphs aside, which the importer drops), faster: a top-level textblock of
 * text and marks — most of an article — and a list or quote of such blocks are built straight from the element
 * (`topLevelBlock`), and what lies between such blocks goes through the parser, whose rules come from `ParseRuleIndex`.
 */
export function parseCleanTree(container: ImportElement): ProseMirrorNode[] {
  const blocks: ProseMirrorNode[] = [];
  const matched = new TopLevelMatch();
  const children: ImportNode[] = [];
  // The parser reads the run's first and end child from `childNodes`, which a linkedom element builds anew each time.
  const listedContainer = { childNodes: children, firstChild: container.firstChild };
  let runStart: number | null = null;
  const parseRun = (from: number, to: number | undefined) => {
    const options = { from, to, topOpen: true, ruleFromNode };
    parser.parse(listedContainer as never, options as never).forEach((block) => {
      blocks.push(block);
    });
  };
  for (let child = container.firstChild; child; child = child.nextSibling) {
    const index = children.push(child) - 1;
    // White space at the top is dropped by the parser, or left inside the run it stands in.
    if (child.nodeType === textNodeType && !nonSpace.test(child.textContent ?? '')) continue;
    const block = isElement(child) ? topLevelBlock(child, matched) : null;
    if (!block) {
      runStart ??= index;
      continue;
    }
    if (runStart !== null) parseRun(runStart, index);
    runStart = null;
    blocks.push(block);
  }
  if (runStart !== null) parseRun(runStart, undefined);
  return blocks;
}
