import { elementsNamed } from './elements-named';
import { countWordsIn, type ImportElement, isElement, tagOf, visibleText } from './import-dom';

/** `elementsNamed` of figures: one walk instead of linkedom's selector engine. */
const figureTag = new Set(['figure']);
const inlineParents = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'strong', 'em', 'u', 's']);

/**
 * Figures are blocks: those found inside a paragraph or a link move right after
 * that block, in their order; a block left without text goes. Each block is
 * checked once, so a paragraph of thousands of images costs linear time.
 */
export function liftFiguresOutOfText(container: ImportElement): void {
  const lastMovedAfter = new Map<ImportElement, ImportElement>();
  for (const figure of elementsNamed(container, figureTag)) {
    let anchor: ImportElement = figure;
    let parent = figure.parentElement;
    while (parent && parent !== container && inlineParents.has(tagOf(parent))) {
      anchor = parent;
      parent = parent.parentElement;
    }
    if (anchor === figure) continue;
    (lastMovedAfter.get(anchor) ?? anchor).after(figure);
    lastMovedAfter.set(anchor, figure);
  }
  for (const anchor of lastMovedAfter.keys()) {
    if (visibleText(anchor) === '' && !anchor.querySelector('figure')) anchor.remove();
  }
}

const captionLabel = /^\s*(?:caption|photo caption)\s*:\s*/iu;
/** A credit is at most this far from the caption's end; the pattern only sees that much. */
const creditSearchLength = 200;
const creditPattern =
  /[([]?\s*((?:photo(?:graph)?s?|image|picture|credit|illustration)\s*(?:by\s|:)\s*[^()[\]]{2,80}?|©\s*[^()[\]]{2,80}?)\s*[)\]]?$/iu;
const separatorBeforeCredit = new Set([' ', '\t', '\n', '.', ',', ';', '–', '—', '-']);

function withoutTrailingSeparators(text: string): string {
  let end = text.length;
  while (end > 0 && separatorBeforeCredit.has(text[end - 1] ?? '')) end -= 1;
  return text.slice(0, end).trimEnd();
}

const captionSignal =
  /^(?:photo|picture|image|caption|pictured|above|below|left|right)\b|(?:photo(?:graph)?|image|credit)\s*(?:by\s|:)|©/iu;

/**
 * Only a block the page marked as a caption, emphasised text or caption wording counts as a caption
 * in HTML; in Markdown and plain text any short line after the image does.
 */
function isCaptionLike(element: ImportElement, loose: boolean): boolean {
  if (tagOf(element) !== 'p' || element.querySelector('figure, img')) return false;
  const text = visibleText(element);
  if (text === '' || countWordsIn(text) > 80) return false;
  if (element.getAttribute('data-caption') === 'caption') return true;
  if (text.endsWith(':') || countWordsIn(text) > 40) return false;
  if (loose || captionSignal.test(text)) return true;
  const emphasis = Array.from(element.querySelectorAll('em, strong'))
    .map((child) => visibleText(child).length)
    .reduce((sum, length) => sum + length, 0);
  return emphasis >= text.length * 0.9;
}

/** Moves a trailing "Photo: Name/Agency" or "© Agency" from the caption's last text into the credit. */
function splitCredit(caption: ImportElement, credit: ImportElement): void {
  const last = caption.childNodes[caption.childNodes.length - 1];
  if (!last || isElement(last)) return;
  const text = (last.textContent ?? '').trimEnd();
  const searchFrom = Math.max(0, text.length - creditSearchLength);
  const match = creditPattern.exec(text.slice(searchFrom));
  if (!match?.[1]) return;
  const before = withoutTrailingSeparators(text.slice(0, searchFrom + match.index));
  credit.append(match[1].trim());
  last.textContent = before === '' || /[.!?…]$/u.test(before) ? before : `${before}.`;
}

/**
 * Every figure gets its caption and credit elements: the page's `figcaption`,
 * an image title (Markdown `![alt](src "title")`), or the short line right after the image.
 */
export function recoverFigureCaptions(
  container: ImportElement,
  createElement: (tag: string) => ImportElement,
  looseCaptions: boolean,
): void {
  for (const figure of elementsNamed(container, figureTag)) {
    let caption = Array.from(figure.children).find((child) => tagOf(child) === 'figcaption');
    // Text a page put inside <figure> without a <figcaption> is still the figure's caption.
    const looseText = Array.from(figure.children).filter((child) => tagOf(child) === 'p');
    if (!caption && looseText.length > 0) {
      caption = createElement('figcaption');
      for (const paragraph of looseText) {
        if (caption.childNodes.length > 0) caption.append(' ');
        for (const child of Array.from(paragraph.childNodes)) caption.append(child);
        paragraph.remove();
      }
      figure.append(caption);
    }
    if (!caption) {
      caption = createElement('figcaption');
      const title = figure.getAttribute('data-title');
      const next = figure.nextElementSibling;
      if (title) caption.append(title);
      else if (next && isCaptionLike(next, looseCaptions)) {
        for (const child of Array.from(next.childNodes)) caption.append(child);
        next.remove();
      }
      figure.append(caption);
    }
    figure.removeAttribute('data-title');
    const first = caption.firstChild;
    if (first && !isElement(first) && captionLabel.test(first.textContent ?? '')) {
      first.textContent = (first.textContent ?? '').replace(captionLabel, '');
    }
    const credit = createElement('p');
    credit.setAttribute('class', 'figure-credit');
    const markedCredit = figure.nextElementSibling;
    if (markedCredit?.getAttribute('data-caption') === 'credit' && countWordsIn(visibleText(markedCredit)) <= 20) {
      for (const child of Array.from(markedCredit.childNodes)) credit.append(child);
      markedCredit.remove();
    } else {
      splitCredit(caption, credit);
    }
    figure.append(credit);
  }
}
