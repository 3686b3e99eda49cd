import { InputLimitError, inputLimits } from '../limits/input-limits';
import type { ImageReference } from './clean-tree';
import { clutterKindOfText } from './clutter-patterns';
import { countWordsIn, type ImportDocument, type ImportElement } from './import-dom';
import { headingCandidateAttribute, looksLikeHeading } from './normalize-headings';

const loneBullet = /^[-•*–·▪◦●]$/u;
const bulletLine = /^[-•*·▪◦●–]\s+(.+)$/u;
const loneNumber = /^(\d{1,3})[.)]$/;
const numberedLine = /^(\d{1,3})[.)]\s+(.+)$/;
const imageLine = /^!\[([^\]]*)\]\(\s*<?([^)\s>]*)>?(?:\s+["“]([^"”]*)["”])?\s*\)$/u;
const markdownHeading = /^(#{1,6})\s(.*)$/;

/** A Markdown image alone on a line: `![alt](source "title")`. Lines are trimmed first. */
export function readImageLine(line: string): { alt: string; source: string; title: string } | undefined {
  const image = imageLine.exec(withoutCellBar(line.trim()));
  return image ? { alt: image[1] ?? '', source: image[2] ?? '', title: image[3] ?? '' } : undefined;
}

/** Text scraped from a table layout ends its cells in " |": `![]() |`, `Caption text |`. */
function withoutCellBar(line: string): string {
  return line.endsWith('|') ? line.slice(0, -1).trimEnd() : line;
}

/** The headline: the first line that is not site furniture, alone on its line, not a sentence. */
function isHeadlineLine(line: string): boolean {
  return line.length <= 200 && !/[.!?:;,]$/u.test(line) && countWordsIn(line) <= 30;
}

/** A heading's text without the optional closing hashes (`## Title ##`), found without a pattern. */
function withoutClosingHashes(text: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end -= 1;
  if (end === text.length || end === 0 || !/\s/.test(text[end - 1] ?? '')) return text;
  return text.slice(0, end).trimEnd();
}
const quoteLine = /^>\s?(.*)$/;

/** A hard-wrapped line goes on: the next starts in lower case, or follows a long unfinished line and is no heading. */
function continuesParagraph(previous: string, next: string): boolean {
  if (previous.length < 50 || /[.!?:"”’)]$/u.test(previous)) return false;
  if (/^[\p{Ll}\p{N}(“"‘'«,;–—-]/u.test(next)) return true;
  return previous.length >= 60 && !looksLikeHeading(next) && !clutterKindOfText(next, countWordsIn(next));
}

/**
 * Builds clean blocks from plain text or text copied from a web page: blank
 * lines split paragraphs, hard-wrapped lines join, `-`/`•`/`1.` items (also a
 * lone bullet with its text on the next line) make lists, `![alt](src)` lines
 * make figures with the next short line as caption, `#` lines and `>` lines
 * make headings and quotes. Short single lines are marked as heading candidates.
 */
export function plainTextToDom(
  text: string,
  document: ImportDocument,
  resolveImage: (image: ImageReference) => string | null,
): ImportElement {
  if (text.length > inputLimits.importCharacters) throw new InputLimitError('importCharacters');
  const container = document.createElement('div');
  let figures = 0;
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/(?![\t\n\r])\p{Cc}/gu, '').trim());
  let paragraph: { element: ImportElement; lines: string[]; headline?: boolean } | undefined;
  let list: { element: ImportElement; ordered: boolean } | undefined;
  let quote: ImportElement | undefined;
  let headlineFound = false;

  const flushParagraph = () => {
    if (!paragraph) return;
    const joined = paragraph.lines.join(' ');
    paragraph.element.append(joined);
    if (paragraph.lines.length === 1 && looksLikeHeading(joined)) {
      paragraph.element.setAttribute(headingCandidateAttribute, '');
    }
    paragraph = undefined;
  };
  const appendBlock = (block: ImportElement) => {
    flushParagraph();
    list = undefined;
    quote = undefined;
    container.append(block);
  };
  const nextTextLine = (from: number): number => {
    let index = from + 1;
    while (index < lines.length && lines[index] === '') index += 1;
    return index < lines.length ? index : -1;
  };
  const addItem = (ordered: boolean, itemText: string) => {
    flushParagraph();
    quote = undefined;
    if (!list || list.ordered !== ordered) {
      list = { element: document.createElement(ordered ? 'ol' : 'ul'), ordered };
      container.append(list.element);
    }
    const item = document.createElement('li');
    const itemParagraph = document.createElement('p');
    itemParagraph.append(itemText);
    item.append(itemParagraph);
    list.element.append(item);
  };

  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (line === '') {
      flushParagraph();
      continue;
    }
    const loneMarker = loneBullet.test(line) ? 'bullet' : loneNumber.test(line) ? 'number' : undefined;
    if (loneMarker) {
      const itemIndex = nextTextLine(index);
      if (itemIndex >= 0) {
        addItem(loneMarker === 'number', lines[itemIndex] ?? '');
        index = itemIndex;
      }
      continue;
    }
    const bullet = bulletLine.exec(line);
    const numbered = numberedLine.exec(line);
    if (bullet?.[1] || numbered?.[2]) {
      addItem(!bullet, (bullet?.[1] ?? numbered?.[2] ?? '').trim());
      continue;
    }
    const image = readImageLine(line);
    if (image) {
      figures += 1;
      if (figures > inputLimits.figures) throw new InputLimitError('figures');
      const reference: ImageReference = { source: image.source, alt: image.alt.trim(), title: '' };
      const figure = document.createElement('figure');
      const img = document.createElement('img');
      const stored = resolveImage(reference);
      if (stored) img.setAttribute('src', stored);
      if (reference.alt) img.setAttribute('alt', reference.alt.slice(0, 500));
      figure.append(img);
      const caption = document.createElement('figcaption');
      const captionIndex = image.title ? -1 : nextTextLine(index);
      const captionLine = captionIndex >= 0 ? withoutCellBar(lines[captionIndex] ?? '') : '';
      if (image.title) caption.append(image.title.trim());
      else if (
        captionLine &&
        countWordsIn(captionLine) <= 40 &&
        !readImageLine(captionLine) &&
        !bulletLine.test(captionLine) &&
        !loneBullet.test(captionLine)
      ) {
        caption.append(captionLine);
        index = captionIndex;
      }
      figure.append(caption);
      appendBlock(figure);
      continue;
    }
    const heading = markdownHeading.exec(line);
    const headingText = withoutClosingHashes((heading?.[2] ?? '').trim());
    if (heading && headingText) {
      const element = document.createElement(`h${heading[1]?.length ?? 2}`);
      element.append(headingText);
      appendBlock(element);
      continue;
    }
    const quoted = quoteLine.exec(line);
    if (quoted) {
      if (!quote) {
        const element = document.createElement('blockquote');
        appendBlock(element);
        quote = element;
      }
      if (quoted[1]) {
        const quoteParagraph = document.createElement('p');
        quoteParagraph.append(quoted[1]);
        quote.append(quoteParagraph);
      }
      continue;
    }
    const previous = paragraph?.lines[paragraph.lines.length - 1];
    // The headline never runs on into the lede that follows it on the next line.
    const afterHeadline = paragraph?.headline === true && paragraph.lines.length === 1;
    if (paragraph && previous && !afterHeadline && continuesParagraph(previous, line)) {
      paragraph.lines.push(line);
      continue;
    }
    flushParagraph();
    list = undefined;
    quote = undefined;
    const headline = !headlineFound && !clutterKindOfText(line, countWordsIn(line)) && isHeadlineLine(line);
    if (!clutterKindOfText(line, countWordsIn(line))) headlineFound = true;
    paragraph = { element: document.createElement('p'), lines: [line], headline };
    container.append(paragraph.element);
  }
  flushParagraph();
  return container;
}
