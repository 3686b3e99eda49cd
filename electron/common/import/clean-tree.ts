import { safeLinkAddress } from '../document/marks/link/link-policy';
import { InputLimitError, inputLimits } from '../limits/input-limits';
import { clutterKindOfElement } from './clutter-patterns';
import { elementsNamed } from './elements-named';
import { imageSource } from './image-source';
import {
  countWordsIn,
  displayText,
  type ImportDocument,
  type ImportElement,
  type ImportNode,
  isElement,
  tagOf,
  textNodeType,
  visibleText,
} from './import-dom';
import type { DroppedClutter } from './import-result';
import { blockTags, keptTags, renamedTags, skippedTags, textContainerTags } from './import-tags';

export interface ImageReference {
  /** The `src` as written in the page, or empty. */
  source: string;
  alt: string;
  title: string;
}

export interface CleanTreeOptions {
  keepClutter: boolean;
  /** The stored asset for an image, or null when it cannot be brought in. */
  resolveImage: (image: ImageReference) => string | null;
  /** Sources the document brings (a Word file's footnotes): a citation of these is kept. */
  citationSourceIds?: ReadonlySet<string>;
}

interface CopyContext {
  insideArticle: boolean;
  /** How many elements deep the copy is, checked against the page depth limit. */
  depth: number;
  /** The figure being built, which takes the first image found inside it. */
  figure: ImportElement | null;
}

export interface CleanTree {
  container: ImportElement;
  dropped: DroppedClutter[];
  refusedLinks: number;
}

const topLevelBlocks = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'blockquote',
  'hr',
  'table',
  'figure',
]);

/** Text left between blocks by unwrapped containers becomes its own paragraph, so it is judged on its own. */
function wrapLooseInline(container: ImportElement, target: ImportDocument): void {
  let run: ImportElement | undefined;
  for (const child of Array.from(container.childNodes)) {
    if (isElement(child) && topLevelBlocks.has(tagOf(child))) {
      run = undefined;
      continue;
    }
    if (!isElement(child) && (child.textContent ?? '').trim() === '' && !run) continue;
    if (!run) {
      run = target.createElement('p');
      (child as ImportElement).before(run);
    }
    run.append(child);
  }
}

function shorten(text: string): string {
  return text.length > 120 ? `${text.slice(0, 119).trimEnd()}…` : text;
}

/** For `elementsNamed`: a walk by name instead of linkedom's selector engine. */
const linkTag = new Set(['a']);

/** Class and id names say "share" or "ad" on small boxes; a block of prose is the story whatever its names ("ad_body", "read-more"). */
function isSubstantialText(element: ImportElement): boolean {
  const text = visibleText(element);
  if (countWordsIn(text) <= 60) return false;
  const linked = elementsNamed(element, linkTag)
    .map((link) => visibleText(link).length)
    .reduce((sum, length) => sum + length, 0);
  return linked < text.length * 0.5;
}

/** An attribute's value, or empty; asks first whether it is there (linkedom builds a token list to answer `class`). */
function attributeOf(element: ImportElement, name: string): string {
  return element.hasAttribute(name) ? (element.getAttribute(name) ?? '') : '';
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's purpose.
const controlCharacter = /[\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/;

const hidingStyle = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

/** Hidden by the page itself: the `hidden` attribute or an inline `display: none` / `visibility: hidden`. */
function isHiddenByPage(element: ImportElement): boolean {
  return element.hasAttribute('hidden') || hidingStyle.test(attributeOf(element, 'style'));
}

/**
 * A caption or credit the page set beside its picture rather than in a `<figcaption>`
 * (`<p class="wp-caption-text">`, `<div class="photo-credit">`) is marked for the figure to take it.
 */
function markCaptionRole(source: ImportElement, paragraph: ImportElement): void {
  const names = `${attributeOf(source, 'class')} ${attributeOf(source, 'id')}`.toLowerCase();
  if (names.includes('caption')) paragraph.setAttribute('data-caption', 'caption');
  else if (/credit|byline-photo|photographer/.test(names)) paragraph.setAttribute('data-caption', 'credit');
}

function hasBlockDescendant(element: ImportElement): boolean {
  return Array.from(element.children).some((child) => blockTags.has(tagOf(child)) || hasBlockDescendant(child));
}

function cellSpan(value: string | null): string | undefined {
  const span = Number(value);
  return Number.isInteger(span) && span > 1 && span <= inputLimits.tableSpan ? String(span) : undefined;
}

/**
 * Rebuilds `source` in `target` from an allow-list: only the elements and
 * attributes a briefing can hold survive (safe links, images as figures whose
 * source is a stored asset or nothing); scripts, handlers, styles and embedded
 * content never get copied. Site clutter recognised by tag, role, class or id is
 * left out and reported.
 */
export function buildCleanTree(source: ImportElement, target: ImportDocument, options: CleanTreeOptions): CleanTree {
  const dropped: DroppedClutter[] = [];
  let refusedLinks = 0;
  let figures = 0;

  const copyChildren = (from: ImportElement, into: ImportElement, context: CopyContext) => {
    if (context.depth > inputLimits.pageDepth) throw new InputLimitError('pageDepth');
    // Walked by links, the next sibling read first: copying may move a child (its text node) into the clean tree.
    for (let child = from.firstChild; child; ) {
      const next: ImportNode | null = child.nextSibling;
      copyNode(child, into, context);
      child = next;
    }
  };

  const makeImage = (element: ImportElement, figure: ImportElement): void => {
    figures += 1;
    if (figures > inputLimits.figures) throw new InputLimitError('figures');
    const image: ImageReference = {
      source: imageSource(element),
      alt: (element.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim(),
      title: (element.getAttribute('title') ?? '').replace(/\s+/g, ' ').trim(),
    };
    const img = target.createElement('img');
    const stored = options.resolveImage(image);
    if (stored) img.setAttribute('src', stored);
    if (image.alt) img.setAttribute('alt', image.alt.slice(0, 500));
    if (image.title) figure.setAttribute('data-title', image.title.slice(0, 500));
    figure.append(img);
  };

  const copyNode = (node: ImportNode, into: ImportElement, context: CopyContext) => {
    if (node.nodeType === textNodeType) {
      const written = node.textContent ?? '';
      // Control characters (C0 and C1, tab and line breaks aside) are rare: look before rewriting.
      const text = controlCharacter.test(written) ? written.replace(/(?![\t\n\r])\p{Cc}/gu, '') : written;
      // The page is read once: its text node moves into the clean tree rather than being built again.
      if (text === written && text && node.ownerDocument === target) into.append(node);
      else if (text) into.append(target.createTextNode(text));
      return;
    }
    if (!isElement(node)) return;
    const tag = tagOf(node);
    if (skippedTags.has(tag)) return;
    // What the page hides is not part of the article a reader sees (Readability leaves it out as well).
    if (!options.keepClutter && isHiddenByPage(node)) return;
    if (!options.keepClutter) {
      const kind = clutterKindOfElement(tag, (name) => attributeOf(node, name), context.insideArticle);
      if (kind && !(kind.by === 'name' && isSubstantialText(node))) {
        const text = displayText(node);
        if (text || kind.kind !== 'empty-image') dropped.push({ kind: kind.kind, text: shorten(text || `(${tag})`) });
        return;
      }
    }
    const inner: CopyContext = {
      insideArticle: context.insideArticle || tag === 'article',
      depth: context.depth + 1,
      figure: context.figure,
    };
    if (tag === 'img') {
      if (context.figure && !context.figure.querySelector('img')) {
        makeImage(node, context.figure);
      } else {
        const figure = target.createElement('figure');
        makeImage(node, figure);
        into.append(figure);
      }
      return;
    }
    if (tag === 'figure' && !node.querySelector('img')) {
      copyChildren(node, into, inner);
      return;
    }
    if (tag === 'figcaption' && !context.figure) {
      const paragraph = target.createElement('p');
      copyChildren(node, paragraph, inner);
      into.append(paragraph);
      return;
    }
    if (tag === 'a') {
      const href = (node.getAttribute('href') ?? '').trim();
      const address = safeLinkAddress(href);
      if (address) {
        const link = target.createElement('a');
        link.setAttribute('href', address);
        copyChildren(node, link, inner);
        into.append(link);
      } else {
        if (/^\s*(?:javascript|vbscript|data|file):/i.test(href)) refusedLinks += 1;
        copyChildren(node, into, inner);
      }
      return;
    }
    const cited = tag === 'span' ? (node.getAttribute('data-citation-sources') ?? '').split(' ') : [];
    if (cited[0] && cited.every((id) => options.citationSourceIds?.has(id))) {
      const citation = target.createElement('span');
      citation.setAttribute('data-citation-sources', cited.join(' '));
      copyChildren(node, citation, inner);
      into.append(citation);
      return;
    }
    const keptName = keptTags.has(tag) ? tag : renamedTags[tag];
    if (keptName) {
      const element = target.createElement(keptName);
      if (keptName === 'th' || keptName === 'td') {
        const colspan = cellSpan(node.getAttribute('colspan'));
        const rowspan = cellSpan(node.getAttribute('rowspan'));
        if (colspan) element.setAttribute('colspan', colspan);
        if (rowspan) element.setAttribute('rowspan', rowspan);
      }
      if (keptName === 'ol') {
        const start = Number(node.getAttribute('start'));
        if (Number.isInteger(start) && start > 1 && start < 100_000) element.setAttribute('start', String(start));
      }
      if (keptName === 'p') markCaptionRole(node, element);
      copyChildren(node, element, keptName === 'figure' ? { ...inner, figure: element } : inner);
      const caption = keptName === 'table' ? node.querySelector('caption') : null;
      if (caption && visibleText(caption)) {
        const paragraph = target.createElement('p');
        copyChildren(caption, paragraph, inner);
        into.append(paragraph);
      }
      into.append(element);
      return;
    }
    if (tag === 'pre') {
      const paragraph = target.createElement('p');
      const lines = (node.textContent ?? '').replace(/\r\n?/g, '\n').split('\n');
      lines.forEach((line, index) => {
        if (index > 0) paragraph.append(target.createElement('br'));
        paragraph.append(target.createTextNode(line));
      });
      into.append(paragraph);
      return;
    }
    if (tag === 'dt') {
      const paragraph = target.createElement('p');
      const strong = target.createElement('strong');
      copyChildren(node, strong, inner);
      paragraph.append(strong);
      into.append(paragraph);
      return;
    }
    if (textContainerTags.has(tag) && !hasBlockDescendant(node)) {
      const paragraph = target.createElement('p');
      markCaptionRole(node, paragraph);
      copyChildren(node, paragraph, inner);
      into.append(paragraph);
      return;
    }
    copyChildren(node, into, inner);
  };

  const container = target.createElement('div');
  copyChildren(source, container, { insideArticle: tagOf(source) === 'article', figure: null, depth: 0 });
  wrapLooseInline(container, target);
  return { container, dropped, refusedLinks };
}
