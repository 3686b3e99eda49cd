import { createHash } from 'node:crypto';
import { type AssetExtension, assetSource } from '../../common/document/asset-source';
import { anchorImportedReview, quoteCommentAnchors } from '../../common/import/anchor-imported-review';
import { convertImport, type ImportSource } from '../../common/import/convert-import';
import { footnotesToSources } from '../../common/import/footnotes-to-sources';
import { imageSource } from '../../common/import/image-source';
import { displayText } from '../../common/import/import-dom';
import type { ImportedDocument, ImportFormat } from '../../common/import/import-result';
import { readImageLine } from '../../common/import/plain-text-to-dom';
import { InputLimitError, inputLimits } from '../../common/limits/input-limits';
import { decodeDataImage } from './data-image';
import { describeDocxReview } from './describe-docx-review';
import { docxToHtml } from './docx-to-html';
import { markdownToHtml } from './markdown-to-html';
import { withNodeHtmlDocument } from './parse-html-in-node';
import { readArticle } from './read-article';

/** One conversion: plain data, so it can cross into the import worker. */
export interface ConvertTextRequest {
  text: string;
  format: ImportFormat;
  keepClutter: boolean;
  /** The user confirmed: convert even when no article text is found. */
  allowEmpty?: boolean;
  /** Decode embedded `data:` pictures into assets; without an asset store they stay placeholders. */
  embedImages: boolean;
  /** Today, as milliseconds since the epoch, for datelines without a year. */
  now: number;
}

/** A picture the converted document points at, still to be written to the asset store. */
export interface PlannedAsset {
  /** The `asset:<sha256>.<ext>` source the document already uses. */
  source: string;
  bytes: Uint8Array;
  extension: AssetExtension;
}

export interface ConvertedText {
  document: ImportedDocument;
  assets: PlannedAsset[];
}

/** The embedded pictures of plain text: only a Markdown image alone on its line becomes a figure. */
function dataImagesInText(text: string): string[] {
  return text
    .split('\n')
    .map((line) => readImageLine(line)?.source ?? '')
    .filter((source) => /^data:image\//i.test(source));
}

/** Decodes each distinct `data:` picture and names it by its content, as the asset store will. */
function planAssets(sources: string[], embedImages: boolean): Map<string, PlannedAsset> {
  const unique = new Set(sources);
  if (unique.size > inputLimits.figures) throw new InputLimitError('figures');
  const planned = new Map<string, PlannedAsset>();
  if (!embedImages) return planned;
  for (const source of unique) {
    const image = decodeDataImage(source);
    if (!image) continue;
    const sha256 = createHash('sha256').update(image.bytes).digest('hex');
    planned.set(source, { source: assetSource(sha256, image.extension), ...image });
  }
  return planned;
}

/**
 * The whole import conversion under Node: Markdown rendering, sanitising, the
 * inert DOM, embedded pictures and `convertImport`. Writes nothing; the import
 * worker runs it, so a hostile text costs the worker, never main.
 */
export async function convertTextInNode(request: ConvertTextRequest): Promise<ConvertedText> {
  const { text, format } = request;
  if (text.length > inputLimits.importBytes) throw new InputLimitError('importBytes');
  const options = { keepClutter: request.keepClutter, allowEmpty: request.allowEmpty, now: new Date(request.now) };
  const finish = (assets: Map<string, PlannedAsset>, source: ImportSource): ConvertedText => {
    const document = convertImport(source, {
      ...options,
      resolveImage: (image) => assets.get(image.source)?.source ?? null,
    });
    return { document, assets: [...assets.values()] };
  };
  if (format === 'text') {
    const assets = planAssets(dataImagesInText(text), request.embedImages);
    return withNodeHtmlDocument('', (page) => finish(assets, { kind: 'text', text, page }));
  }
  const word = format === 'docx' ? await docxToHtml(Buffer.from(text, 'base64'), options.now) : undefined;
  const html = word ? word.html : format === 'markdown' ? markdownToHtml(text) : text;
  return withNodeHtmlDocument(html, (page) => {
    const sources = Array.from(page.getElementsByTagName('img'), imageSource).filter((source) =>
      source.startsWith('data:'),
    );
    const assets = planAssets(sources, request.embedImages);
    if (format === 'markdown') return finish(assets, { kind: 'page', page, fromMarkdown: true });
    if (word) {
      // A Word document is the article itself: no extraction, its footnotes become sources.
      const quotes = quoteCommentAnchors(page.body ? displayText(page.body) : '');
      const converted = finish(assets, { kind: 'page', page, sources: footnotesToSources(page) });
      const anchored = anchorImportedReview(converted.document.content, word.review, quotes);
      converted.document.content = anchored.content;
      if (anchored.review.threads.length > 0 || anchored.review.suggestions.length > 0) {
        converted.document.metadata.review = anchored.review;
      }
      converted.document.notices.push(...describeDocxReview(word.review, anchored));
      return converted;
    }
    // Keeping the clutter (the Undo of the dropped-clutter notice) means the whole page, not Readability's pick.
    if (request.keepClutter) return finish(assets, { kind: 'page', page });
    const article = readArticle(page);
    if (article) return finish(assets, { kind: 'page', page, article });
    // Readability rebuilt the page while it looked: the importer's own search starts from the page as sent.
    return withNodeHtmlDocument(html, (fresh) => finish(assets, { kind: 'page', page: fresh }));
  });
}
