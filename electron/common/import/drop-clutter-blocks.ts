import { clutterKindOfText, opensRelatedLinks } from './clutter-patterns';
import { elementsNamed } from './elements-named';
import { countWordsIn, displayText, type ImportElement, tagOf, visibleText } from './import-dom';
import type { DroppedClutter } from './import-result';

/** For `elementsNamed`: a walk by name instead of linkedom's selector engine, compiled anew on each call. */
const linkTag = new Set(['a']);
const imageTag = new Set(['img']);

const headingLevel = (element: ImportElement): number => {
  const match = /^h([1-6])$/.exec(tagOf(element));
  return match ? Number(match[1]) : 0;
};

function shorten(text: string): string {
  return text.length > 120 ? `${text.slice(0, 119).trimEnd()}…` : text;
}

function isLinkDominated(element: ImportElement): boolean {
  const text = visibleText(element);
  if (text === '') return false;
  const linked = elementsNamed(element, linkTag)
    .map((link) => visibleText(link).length)
    .reduce((sum, length) => sum + length, 0);
  return linked / text.length >= 0.6;
}

/** A block that can belong to a related-links list: a list, a link, a headline-length line or a picture. */
function isRelatedItem(element: ImportElement, openerLevel: number): boolean {
  const text = visibleText(element);
  if (clutterKindOfText(text, countWordsIn(text)) || opensRelatedLinks(text) || isEmptyFigure(element)) return false;
  const tag = tagOf(element);
  const level = headingLevel(element);
  if (level > 0) return openerLevel > 0 && level > openerLevel && countWordsIn(visibleText(element)) <= 25;
  if (tag === 'ul' || tag === 'ol' || tag === 'figure') return true;
  if (tag !== 'p') return false;
  return isLinkDominated(element) || countWordsIn(visibleText(element)) <= 25;
}

const openingWordCount = 12;
/** How many blocks after a picture a copy of its caption is still the slide show's, not the story's. */
const nearPictureBlocks = 8;

/** The first twelve words of a text, lower-cased: what a repeated caption shares with the picture's own text. */
function openingWords(text: string): string {
  return text.toLowerCase().split(/\s+/, openingWordCount).join(' ');
}

/** "Photo: Hau Dinh, AP", "Credit: Reuters": the credit a slide show prints under every copy of a picture. */
const photoCredit = /^(?:photo|photograph|picture|image|credit)s?(?: by)?\s*[:|]/i;

/** "Read more: <headline>" lines placed between paragraphs of an article. */
const inlineRelated =
  /^(?:read (?:more|also|next)|see also|also read|related|more on this(?: story)?|watch|listen)\s*:/iu;

/** "Olena Petrenko is a correspondent based in Kyiv…": the note about the writer that closes many stories. */
const authorBio =
  /^\p{Lu}[\p{L}'’.-]{0,30}(?: \p{Lu}[\p{L}'’.-]{0,30}){1,3} (?:is|was|has been|covers|writes)\b[^.]{0,120}\b(?:correspondent|reporter|writer|journalist|editor|contributor|columnist|producer|photographer)\b/u;

function isAuthorBio(text: string): boolean {
  return countWordsIn(text) <= 60 && authorBio.test(text.slice(0, 200));
}

function isEmptyFigure(element: ImportElement): boolean {
  if (tagOf(element) !== 'figure') return false;
  const image = element.querySelector('img');
  return !image?.getAttribute('src') && !image?.getAttribute('alt') && visibleText(element) === '';
}

/**
 * Drops blocks that are site furniture by their text: comment prompts, share
 * and subscribe lines, cookie notices, crumbs, related-links blocks (the opener
 * and the short items after it), empty image placeholders.
 */
export function dropClutterBlocks(container: ImportElement): DroppedClutter[] {
  const dropped: DroppedClutter[] = [];
  const blocks = Array.from(container.children);
  const seen = new Set<string>();
  // A caption printed again beside its picture may end differently (a "less" toggle, the credit in the alt text):
  // its opening words match. Far from the picture, the same words are the story quoting its own caption.
  const pictureTexts = new Set<string>();
  const pictureTextStarts = new Set<string>();
  let lastPictureIndex = Number.NEGATIVE_INFINITY;
  for (let index = 0; index < blocks.length; index += 1) {
    const block = blocks[index] as ImportElement;
    if (isEmptyFigure(block)) {
      dropped.push({ kind: 'empty-image', text: '(image without picture or caption)' });
      block.remove();
      continue;
    }
    const text = visibleText(block);
    const words = countWordsIn(text);
    const tag = tagOf(block);
    // Slide shows print a picture's caption again (as a figure, its alt text or a line of text) and its credit
    // line after each copy; a reader wants each once. Other paragraphs are never compared with each other: a
    // refrain or a repeated quote is the author's.
    const creditLine = tag === 'p' && text.length <= 100 && photoCredit.test(text);
    if (((tag === 'p' || tag === 'figure') && words >= 8) || creditLine) {
      const nearPicture = index - lastPictureIndex <= nearPictureBlocks;
      const repeatsPicture = nearPicture && (pictureTexts.has(text) || pictureTextStarts.has(openingWords(text)));
      if (seen.has(text) || (tag === 'p' && repeatsPicture)) {
        dropped.push({ kind: 'repeated-text', text: shorten(text) });
        block.remove();
        continue;
      }
      if (tag === 'figure' || creditLine) seen.add(text);
      if (tag === 'figure' && words >= openingWordCount) pictureTextStarts.add(openingWords(text));
    }
    const images = tag === 'p' ? [] : elementsNamed(block, imageTag);
    if (images.length > 0) lastPictureIndex = index;
    // A picture's alt text and caption, wherever the picture sits (a slide show keeps it in a list).
    for (const image of images) {
      const alt = (image.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim();
      if (countWordsIn(alt) >= 8) pictureTexts.add(alt);
      if (countWordsIn(alt) >= openingWordCount) pictureTextStarts.add(openingWords(alt));
    }
    // A list left with no words and no picture (a slide show's emptied thumbnails) says nothing.
    if ((tag === 'ul' || tag === 'ol') && words === 0 && images.length === 0) {
      block.remove();
      continue;
    }
    if (tag === 'p' && index >= blocks.length - 3 && isAuthorBio(text)) {
      dropped.push({ kind: 'author-bio', text: shorten(text) });
      block.remove();
      continue;
    }
    if (tag !== 'p' && headingLevel(block) === 0 && tag !== 'ul' && tag !== 'ol') continue;
    const inlineHeadline = inlineRelated.test(text) && text.replace(inlineRelated, '').trim() !== '';
    if (tag === 'p' && inlineHeadline && (isLinkDominated(block) || words <= 16)) {
      dropped.push({ kind: 'related-links', text: shorten(text) });
      block.remove();
      continue;
    }
    if (opensRelatedLinks(text)) {
      const openerLevel = headingLevel(block);
      const items = [text];
      block.remove();
      while (index + 1 < blocks.length && isRelatedItem(blocks[index + 1] as ImportElement, openerLevel)) {
        index += 1;
        const item = blocks[index] as ImportElement;
        if (visibleText(item)) items.push(displayText(item));
        item.remove();
      }
      dropped.push({ kind: 'related-links', text: shorten(items.join(' · ')) });
      continue;
    }
    const kind = tag === 'ul' || tag === 'ol' ? undefined : clutterKindOfText(text, words);
    if (kind) {
      dropped.push({ kind, text: shorten(text) });
      block.remove();
    }
  }
  return dropped;
}
