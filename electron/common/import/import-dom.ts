import { withoutReviewAnchorMarkers } from './review-anchor-markers';
/**
 * The part of the DOM the importer uses. The browser's DOM (paste, via DOMParser)
 * and happy-dom (main and the command line) both provide it; `common` cannot
 * name the browser's own types because it also compiles without the DOM library.
 */
export interface ImportNode {
  readonly nodeType: number;
  readonly nodeName: string;
  textContent: string | null;
  readonly childNodes: ArrayLike<ImportNode>;
  readonly parentNode: ImportNode | null;
  readonly nextSibling: ImportNode | null;
  readonly previousSibling: ImportNode | null;
  readonly ownerDocument: unknown;
}

export interface ImportElement extends ImportNode {
  readonly tagName: string;
  readonly localName: string;
  /** Null or absent unless the element was made with a qualified name (`svg:rect`); linkedom has none. */
  readonly prefix?: string | null;
  readonly children: ArrayLike<ImportElement>;
  readonly firstChild: ImportNode | null;
  readonly firstElementChild: ImportElement | null;
  readonly lastElementChild: ImportElement | null;
  readonly nextElementSibling: ImportElement | null;
  readonly previousElementSibling: ImportElement | null;
  readonly parentElement: ImportElement | null;
  readonly innerHTML: string;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  hasAttribute(name: string): boolean;
  querySelector(selectors: string): ImportElement | null;
  querySelectorAll(selectors: string): ArrayLike<ImportElement>;
  closest(selectors: string): ImportElement | null;
  matches(selectors: string): boolean;
  contains(other: ImportNode | null): boolean;
  append(...nodes: (ImportNode | string)[]): void;
  after(...nodes: (ImportNode | string)[]): void;
  before(...nodes: (ImportNode | string)[]): void;
  replaceWith(...nodes: (ImportNode | string)[]): void;
  remove(): void;
}

export interface ImportDocument {
  createElement(tagName: string): ImportElement;
  readonly documentElement: ImportElement | null;
  createTextNode(text: string): ImportNode;
  readonly body: ImportElement | null;
  querySelector(selectors: string): ImportElement | null;
  querySelectorAll(selectors: string): ArrayLike<ImportElement>;
  /** Every element of that name: a walk without the selector engine (linkedom runs css-select on each element). */
  getElementsByTagName(name: string): ArrayLike<ImportElement>;
}

/** Turns an HTML string into an inert document (no script runs, nothing loads). */
export type ParseHtmlDocument = (html: string) => ImportDocument;

export const elementNodeType = 1;
export const textNodeType = 3;

export function isElement(node: ImportNode): node is ImportElement {
  return node.nodeType === elementNodeType;
}

/** A name `tagName` only upper-cases (ASCII letters, digits, hyphens), so lower-casing that gives the name back. */
const plainLowerCaseName = /^[a-z][a-z0-9-]*$/;

/**
 * The element's name in lower case, as `tagName.toLowerCase()` gives it. The importer asks this several times
 * for every element; linkedom makes `tagName` anew (upper case) on each call, so a plain unprefixed name is
 * answered from `localName`, which every DOM keeps, and anything else (a prefix, upper case, other letters)
 * as before.
 */
export function tagOf(element: ImportElement): string {
  const name = element.localName;
  if (element.prefix == null && plainLowerCaseName.test(name)) return name;
  return element.tagName.toLowerCase();
}

/** White space that collapsing changes: any but a lone space. Most blocks have none, and skip the rewrite. */
const collapsibleSpace = /[^\S ]|\s\s/;

/** Text with runs of white space collapsed, as a reader sees it. */
export function visibleText(node: ImportNode): string {
  // A Word comment's or tracked change's marker is no text: title, dateline and clutter rules read past it.
  const text = withoutReviewAnchorMarkers(node.textContent ?? '');
  return (collapsibleSpace.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
}

export { countWordsIn } from './count-words-in';

const spacedTags = new Set([
  'p',
  'li',
  'td',
  'th',
  'tr',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'br',
  'figcaption',
]);

/** Visible text with a space between blocks and list items, for showing a dropped piece to the user. */
export function displayText(node: ImportNode): string {
  const parts: string[] = [];
  const walk = (current: ImportNode) => {
    if (current.nodeType === textNodeType) parts.push(current.textContent ?? '');
    if (!isElement(current)) return;
    const spaced = spacedTags.has(tagOf(current));
    if (spaced) parts.push(' ');
    for (const child of Array.from(current.childNodes)) walk(child);
    if (spaced) parts.push(' ');
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
