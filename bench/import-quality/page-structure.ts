import type { JSONContent } from '@tiptap/core';
import { parseHTML } from 'linkedom';
import { wordTokens } from './shingle-f1';

/** What the bench compares: the article's text and the pieces of structure a briefing must keep. */
export interface PageStructure {
  text: string;
  headings: string[];
  listItems: string[];
  captions: string[];
}

/** A piece of text as compared between outputs: its word tokens, joined by single spaces. */
export function comparableText(text: string): string {
  return wordTokens(text).join(' ');
}

const blockTags = new Set(
  'p div section article main header footer aside nav h1 h2 h3 h4 h5 h6 ul ol li dl dt dd blockquote pre figure figcaption table thead tbody tfoot tr td th caption br hr'.split(
    ' ',
  ),
);

interface TextNodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<TextNodeLike>;
}

/** Visible text with a space at every block boundary, so paragraphs never run into each other. */
function blockText(node: TextNodeLike): string {
  const parts: string[] = [];
  const walk = (current: TextNodeLike) => {
    if (current.nodeType === 3) parts.push(current.textContent ?? '');
    if (current.nodeType !== 1) return;
    const name = current.nodeName.toLowerCase();
    if (name === 'script' || name === 'style' || name === 'noscript') return;
    const spaced = blockTags.has(name);
    if (spaced) parts.push(' ');
    for (const child of Array.from(current.childNodes)) walk(child);
    if (spaced) parts.push(' ');
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The structure of an HTML fragment or page (Readability's expected output, or its output in this run). */
export function structureOfHtml(html: string): PageStructure {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const texts = (selector: string) =>
    Array.from(document.querySelectorAll(selector), (element) => blockText(element as unknown as TextNodeLike)).filter(
      (text) => comparableText(text) !== '',
    );
  return {
    text: blockText(document.body as unknown as TextNodeLike),
    headings: texts('h1, h2, h3, h4, h5, h6'),
    listItems: texts('li'),
    captions: texts('figcaption'),
  };
}

function inlineText(node: JSONContent): string {
  if (node.text) return node.text;
  return (node.content ?? []).map(inlineText).join('');
}

/** The structure of an imported briefing body. */
export function structureOfBriefing(content: JSONContent): PageStructure {
  const blocks: string[] = [];
  const structure: PageStructure = { text: '', headings: [], listItems: [], captions: [] };
  const walk = (node: JSONContent) => {
    if (node.type === 'heading') structure.headings.push(inlineText(node));
    if (node.type === 'listItem') structure.listItems.push(blockTextOfJson(node));
    if (node.type === 'figure') {
      const parts = (node.content ?? []).filter((child) => child.type !== 'image').map(inlineText);
      const caption = parts.join(' ').trim();
      if (caption) structure.captions.push(caption);
    }
    if (node.text !== undefined) {
      blocks.push(node.text);
      return;
    }
    blocks.push(' ');
    for (const child of node.content ?? []) walk(child);
    blocks.push(' ');
  };
  walk(content);
  structure.text = blocks.join('').replace(/\s+/g, ' ').trim();
  return structure;
}

function blockTextOfJson(node: JSONContent): string {
  if (node.text) return node.text;
  return (node.content ?? []).map(blockTextOfJson).join(' ');
}

/** How many of the expected pieces appear, with the same words, among the found ones. */
export function countRecovered(expected: readonly string[], found: readonly string[]): number {
  const available = new Map<string, number>();
  for (const piece of found) {
    const key = comparableText(piece);
    available.set(key, (available.get(key) ?? 0) + 1);
  }
  let recovered = 0;
  for (const piece of expected) {
    const key = comparableText(piece);
    const left = available.get(key) ?? 0;
    if (left > 0) {
      recovered += 1;
      available.set(key, left - 1);
    }
  }
  return recovered;
}
