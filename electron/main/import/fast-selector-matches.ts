import { parseHTML } from 'linkedom';

interface LinkedomElement {
  readonly localName: string;
  readonly parentElement: LinkedomElement | null;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  matches(selector: string): boolean;
  fastMatches?: true;
}

type ElementTest = (element: LinkedomElement) => boolean;

/** `tag`, `.class`, `tag.class`, `tag[attribute]` or `tag[attribute="value"]` (or `'value'`): the selectors parse rules use. */
const simpleSelector = /^([a-z][a-z0-9-]*)?(?:\.([\w-]+))?(?:\[([\w-]+)(?:="([^"\\]*)"|='([^'\\]*)')?\])?$/;

function compileSimpleSelector(selector: string): ElementTest | null {
  const match = simpleSelector.exec(selector);
  if (!match || !(match[1] || match[2] || match[3])) return null;
  const [, tag, className, attribute, doubleQuoted, singleQuoted] = match;
  const value = doubleQuoted ?? singleQuoted;
  return (element) =>
    (!tag || element.localName === tag) &&
    // linkedom answers `getAttribute('class')` through a token list it builds: ask first whether there is one.
    (!className ||
      (element.hasAttribute('class') && (element.getAttribute('class') ?? '').split(/\s+/).includes(className))) &&
    (!attribute || (value === undefined ? element.hasAttribute(attribute) : element.getAttribute(attribute) === value));
}

/** A simple selector, or simple selectors joined by spaces (`figure .figure-caption`: a descendant). */
function compileSelector(selector: string): ElementTest | null {
  const parts = selector.trim().split(/\s+/).map(compileSimpleSelector);
  if (parts.length === 0 || parts.some((part) => part === null)) return null;
  const [own, ...ancestors] = (parts as ElementTest[]).reverse();
  if (!own) return null;
  return (element) => {
    if (!own(element)) return false;
    let ancestor = element.parentElement;
    for (const test of ancestors) {
      while (ancestor && !test(ancestor)) ancestor = ancestor.parentElement;
      if (!ancestor) return false;
      ancestor = ancestor.parentElement;
    }
    return true;
  };
}

/**
 * linkedom compiles a selector on every `matches` call, and ProseMirror's DOMParser
 * asks it for every element and parse rule: simple selectors, alone or as descendants, are compiled once and
 * answered directly; anything else goes to linkedom as before. Applied once per process.
 */
export function installFastSelectorMatches(): void {
  const { Element } = parseHTML('<!doctype html><html><body></body></html>') as unknown as {
    Element: { prototype: LinkedomElement };
  };
  const prototype = Element.prototype;
  if (prototype.fastMatches) return;
  const original = prototype.matches;
  const compiled = new Map<string, ElementTest | null>();
  prototype.matches = function matches(this: LinkedomElement, selector: string): boolean {
    let test = compiled.get(selector);
    if (test === undefined) {
      test = compileSelector(selector);
      if (compiled.size < 500) compiled.set(selector, test);
    }
    return test ? test(this) : original.call(this, selector);
  };
  prototype.fastMatches = true;
}
