import type { DOMParser, TagParseRule } from '@tiptap/pm/model';
import { type ImportElement, tagOf } from './import-dom';

/** The element name a selector requires, when it says one plainly (`p`, `a[href]`, `span.x`); null for any element. */
function requiredTagName(selector: string): string | null {
  if (/[\s,>+~]/.test(selector)) return null;
  return /^([a-z][a-z0-9-]*)(?=$|[.[#:])/.exec(selector)?.[1] ?? null;
}

/**
 * The first of the parser's tag rules that takes an element, found as ProseMirror's DOMParser finds it (rules
 * in order of precedence, the selector, then `getAttrs`, whose result becomes the rule's `attrs`), but trying
 * only the rules whose selector can name that element: the importer's parse asks this for every element, and
 * the schema has 49 rules. `undefined` when a rule needs what only the parser can judge (a context, a
 * namespace, a rule that lets the next one match too): the parser's own search then runs.
 */
export class ParseRuleIndex {
  readonly #rules: readonly TagParseRule[];
  readonly #rulesByTag = new Map<string, readonly TagParseRule[]>();

  constructor(parser: DOMParser) {
    this.#rules = parser.rules.filter((rule): rule is TagParseRule => 'tag' in rule && rule.tag !== undefined);
  }

  #candidates(tag: string): readonly TagParseRule[] {
    let rules = this.#rulesByTag.get(tag);
    if (!rules) {
      rules = this.#rules.filter((rule) => {
        const required = requiredTagName(rule.tag);
        return required === null || required === tag;
      });
      this.#rulesByTag.set(tag, rules);
    }
    return rules;
  }

  /** The rule, `null` when none takes the element, `undefined` when the parser must decide. */
  match(element: ImportElement): TagParseRule | null | undefined {
    for (const rule of this.#candidates(tagOf(element))) {
      if (!element.matches(rule.tag)) continue;
      if (rule.namespace !== undefined || rule.context || rule.consuming === false) return undefined;
      if (rule.getAttrs) {
        const attrs = rule.getAttrs(element as never);
        if (attrs === false) continue;
        rule.attrs = attrs || undefined;
      }
      return rule;
    }
    return null;
  }
}
