import { elementsNamed } from './elements-named';
import { countWordsIn, type ImportElement, tagOf, visibleText } from './import-dom';

/** Marks a plain-text line that may be a heading; decided after clutter is gone. */
export const headingCandidateAttribute = 'data-heading-candidate';

const separator = /[:–—,]|\s-\s/u;

/** A short line with no closing punctuation, starting with a capital or a digit. */
export function looksLikeHeading(text: string): boolean {
  if (text.length === 0 || text.length > 80 || countWordsIn(text) > 10) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(text)) return false;
  if (/[.,;:…!]$/u.test(text)) return false;
  return !text.endsWith('?') || countWordsIn(text) <= 6;
}

function renameElement(element: ImportElement, tag: string, createElement: (tag: string) => ImportElement): void {
  const renamed = createElement(tag);
  for (const child of Array.from(element.childNodes)) renamed.append(child);
  element.replaceWith(renamed);
}

/**
 * Plain text: a short title-like line between paragraphs becomes a heading. In a
 * run of short lines, only a first line without separators ("Targeted areas"
 * before "Kharkiv – power outages") is one.
 */
export function promoteHeadingCandidates(
  container: ImportElement,
  createElement: (tag: string) => ImportElement,
): void {
  const blocks = Array.from(container.children);
  blocks.forEach((block, index) => {
    if (!block.hasAttribute(headingCandidateAttribute)) return;
    block.removeAttribute(headingCandidateAttribute);
    const next = blocks[index + 1];
    if (!next || !looksLikeHeading(visibleText(block))) return;
    const nextIsCandidate = next.hasAttribute(headingCandidateAttribute);
    const text = visibleText(block);
    if (nextIsCandidate && (separator.test(text) || !separator.test(visibleText(next)))) return;
    renameElement(block, 'h2', createElement);
  });
}

const headingTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Shifts headings so the highest level is h2 (h1 is the title) and nothing is below h4. */
export function normalizeHeadingLevels(container: ImportElement, createElement: (tag: string) => ImportElement): void {
  const headings = elementsNamed(container, headingTags);
  if (headings.length === 0) return;
  const top = Math.min(...headings.map((heading) => Number(tagOf(heading).slice(1))));
  for (const heading of headings) {
    const level = Math.min(4, Number(tagOf(heading).slice(1)) - top + 2);
    if (visibleText(heading) === '') heading.remove();
    else if (`h${level}` !== tagOf(heading)) renameElement(heading, `h${level}`, createElement);
  }
}
