import type { JSONContent } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { BriefingMetadataInput } from '../briefing/briefing-metadata';
import type { BriefingSource } from '../briefing/source-list';
import { checkBuiltBriefingContent, emptyBriefingContent } from '../document/briefing-content';
import { findContentLimitBreach } from '../limits/find-content-limit-breach';
import { InputLimitError } from '../limits/input-limits';
import { replaceControlCharacters } from '../text/control-characters';
import { buildCleanTree, type ImageReference } from './clean-tree';
import { dropClutterBlocks } from './drop-clutter-blocks';
import { liftFiguresOutOfText, recoverFigureCaptions } from './figure-captions';
import { findContentRoot } from './find-content-root';
import { groupIntoSections } from './group-sections';
import type { ImportDocument, ImportElement } from './import-dom';
import type { ArticleReading, DroppedClutter, ImportedDocument } from './import-result';
import { nodeFromParsedBlocks } from './node-from-parsed-blocks';
import { normalizeHeadingLevels, promoteHeadingCandidates } from './normalize-headings';
import { takePageFacts } from './page-facts';
import { parseCleanTree } from './parse-clean-tree';
import { plainTextToDom } from './plain-text-to-dom';

/** Where the import comes from: a parsed page (HTML, or Markdown rendered to HTML) or plain text. */
export type ImportSource =
  | {
      kind: 'page';
      page: ImportDocument;
      /** Rendered from Markdown: a short line right after an image is its caption. */
      fromMarkdown?: boolean;
      /** The article an extractor found on the page; without it the importer looks for `<article>`/`<main>`. */
      article?: ArticleReading;
      /** Sources the document brings with it (a Word file's footnotes), cited in the text. */
      sources?: BriefingSource[];
    }
  | { kind: 'text'; text: string; page: ImportDocument };

export interface ConvertOptions {
  /** Keep what would be dropped as site clutter (the "Undo" of the dropped-clutter notice). */
  keepClutter?: boolean;
  /** The user confirmed: bring in a page even when no article text is found in it. */
  allowEmpty?: boolean;
  /** Today, for datelines without a year. */
  now?: Date;
  /**
   * The stored `asset:` source for an image (a data: URL just written to the asset store, or a
   * picture of the briefing being edited), or null; without it every image is a placeholder.
   */
  resolveImage?: (image: ImageReference) => string | null;
}

/** The document could not be made to fit the briefing format; the message is for the user. */
export class ImportRefusedError extends Error {
  override readonly name: string = 'ImportRefusedError';
}

/** The text holds no article: nothing is stored unless the user asks again with `allowEmpty`. */
export class NoArticleError extends ImportRefusedError {
  override readonly name = 'NoArticleError';
}

export const noArticleMessage =
  'Briefdesk found no article text here, so nothing was imported. Check that this is the article itself and not a page that loads it with scripts, or import it anyway to start from an empty briefing.';

/** Whether any text node of the body holds a letter or digit; stops at the first. */
function hasWords(node: JSONContent): boolean {
  if (node.text && /[\p{L}\p{N}]/u.test(node.text)) return true;
  return (node.content ?? []).some(hasWords);
}

function describeImages(all: ImageReference[]): string[] {
  const missing = all.filter((image) => image.source !== '');
  if (missing.length === 0) return [];
  const remote = missing.filter((image) => /^(?:https?:)?\/\//i.test(image.source));
  const other = missing.length - remote.length;
  const notices: string[] = [];
  if (remote.length > 0) {
    const names = remote
      .slice(0, 5)
      .map((image) => image.source.slice(0, 100))
      .join(', ');
    notices.push(
      `${remote.length === 1 ? 'An image is' : `${remote.length} images are`} on the web and Briefdesk works offline, so ${remote.length === 1 ? 'it was kept as a placeholder' : 'they were kept as placeholders'} with caption and alt text: ${names}${remote.length > 5 ? ', …' : ''}. Add the pictures in the editor.`,
    );
  }
  if (other > 0) {
    notices.push(
      `${other === 1 ? 'An image' : `${other} images`} could not be brought in (no picture, a file path, or not a PNG, JPEG, GIF or WebP picture) and ${other === 1 ? 'is' : 'are'} kept as ${other === 1 ? 'a placeholder' : 'placeholders'}.`,
    );
  }
  return notices;
}

function metadataFrom(facts: ReturnType<typeof takePageFacts>['facts']): BriefingMetadataInput {
  const clean = (text: string) => replaceControlCharacters(text).replace(/\s+/g, ' ').trim();
  return {
    title: clean(facts.title).slice(0, 300),
    datelinePlace: clean(facts.datelinePlace).slice(0, 120),
    eventDate: facts.eventDate,
    authors: facts.authors.map((name) => clean(name).slice(0, 120)).filter(Boolean),
    reportNumber: facts.reportNumber,
    periodStart: facts.periodStart,
    periodEnd: facts.periodEnd,
    ...(facts.language ? { language: facts.language } : {}),
  };
}

/**
 * Converts a page or plain text into a briefing body through the shared schema:
 * clean allow-listed tree → title, dates and byline → clutter dropped → headings
 * and figures recovered → ProseMirror parse → sections → the gate of `checkBriefingContent`.
 * Past one of the input limits it throws an `InputLimitError` naming the limit.
 * Pure: runs on the browser's DOM and on happy-dom alike.
 */
export function convertImport(source: ImportSource, options: ConvertOptions = {}): ImportedDocument {
  const keepClutter = options.keepClutter === true;
  const now = options.now ?? new Date();
  const missingImages: ImageReference[] = [];
  const resolveImage = (image: ImageReference) => {
    // Only the caller knows which stored pictures this text may use: an `asset:` name in the text proves nothing.
    const stored = options.resolveImage?.(image) ?? null;
    if (!stored) missingImages.push(image);
    return stored;
  };
  const page = source.page;
  const createElement = (tag: string) => page.createElement(tag);
  let container: ImportElement;
  const dropped: DroppedClutter[] = [];
  let refusedLinks = 0;
  if (source.kind === 'text') {
    container = plainTextToDom(source.text, page, resolveImage);
    // Copied pages start with "Skip to main content" and "Menu Search Sign in": gone before the title is read.
    if (!keepClutter) dropped.push(...dropClutterBlocks(container));
  } else {
    const root = source.article?.root ?? findContentRoot(page);
    if (!root) throw new ImportRefusedError('The page has no body to import.');
    const citationSourceIds = new Set(source.sources?.map((item) => item.id));
    const tree = buildCleanTree(root, page, { keepClutter, resolveImage, citationSourceIds });
    container = tree.container;
    dropped.push(...tree.dropped);
    refusedLinks = tree.refusedLinks;
  }
  const { facts, dropped: furniture } = takePageFacts(source.kind === 'page' ? page : undefined, container, {
    plainText: source.kind === 'text',
    keepClutter,
    now,
    article: source.kind === 'page' ? source.article : undefined,
  });
  dropped.push(...furniture);
  liftFiguresOutOfText(container);
  recoverFigureCaptions(container, createElement, source.kind === 'text' || source.fromMarkdown === true);
  if (!keepClutter) dropped.push(...dropClutterBlocks(container));
  promoteHeadingCandidates(container, createElement);
  normalizeHeadingLevels(container, createElement);

  // Each block's JSON with the node it came from: the gate checks those nodes instead of building them again.
  const parsedBlocks = new Map<JSONContent, ProseMirrorNode>();
  for (const block of parseCleanTree(container)) {
    if (!(block.type.name === 'paragraph' && block.content.size === 0)) parsedBlocks.set(block.toJSON(), block);
  }
  const blocks = [...parsedBlocks.keys()];
  const content =
    blocks.length > 0 ? { type: 'doc' as const, content: groupIntoSections(blocks) } : emptyBriefingContent();
  if (options.allowEmpty !== true && !hasWords(content)) throw new NoArticleError(noArticleMessage);
  const breach = findContentLimitBreach(content);
  if (breach) throw new InputLimitError(breach);
  // The limits were checked just above on this JSON, as `checkBriefingContent` checks them first.
  const check = checkBuiltBriefingContent(() => nodeFromParsedBlocks(content, parsedBlocks));
  if (!check.ok)
    throw new ImportRefusedError(`The imported text could not be turned into a briefing. ${check.message}`);
  const notices = describeImages(missingImages);
  if (refusedLinks > 0) {
    notices.push(
      `${refusedLinks === 1 ? 'A link' : `${refusedLinks} links`} used an unsafe address (javascript:, data: or file:) and ${refusedLinks === 1 ? 'was' : 'were'} kept as plain text.`,
    );
  }
  const metadata = metadataFrom(facts);
  if (source.kind === 'page' && source.sources?.length) metadata.sources = source.sources;
  return { content, metadata, dropped, notices };
}
