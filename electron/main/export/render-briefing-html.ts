import { createHash } from 'node:crypto';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Briefing } from '../../common/briefing/briefing';
import { statusLabels } from '../../common/briefing/metadata-labels';
import { type HeadingAnchors, headingAnchor } from '../../common/document/heading-anchors';
import { type ExportMetadataField, exportMetadataFields } from '../../common/export/export-request';
import { exportLabelsFor, fillLabel } from '../../common/language/export-labels';
import type { ExportLocale } from '../../common/language/export-locale';
import { directionOfLanguage } from '../../common/language/text-direction';
import { escapeHtml } from '../../common/text/escape-html';
import { epochMillisecondsOf } from '../../common/time/zoned-time';
import { CitationRegister } from './citation-register';
import { classificationLabel, combinedClassificationLabel } from './classification-label';
import type { HtmlExportOptions } from './export-options';
import { exportStylesheet } from './export-stylesheet';
import { fontFaceRules } from './fonts/font-face-rules';
import { exportLocaleOfBriefings, formatIsoDate, formatIsoDateTime, machineDateTime } from './format-export-date';
import { parseBriefingBody } from './parse-briefing-body';
import { PicturePlaceholders } from './picture-placeholders';
import { renderBriefingHeader } from './render-briefing-header';
import { renderContents, renderCover } from './render-combined-front-matter';
import { correctionsLogJson, renderCorrectionsLog } from './render-corrections-log';
import { type ImageLookup, renderDocumentBody } from './render-document-body';
import { renderSourceList } from './render-source-list';
import { renderCommentMargin } from './review/render-comment-margin';
import { createReviewExport } from './review/review-markup';
import { reviewStylesheet } from './review/review-stylesheet';

/** A rendered export: one self-contained HTML file, plus what the user should know about it. */
export interface HtmlExport {
  html: string;
  /** The document title (Chromium also uses it for the PDF's Title). */
  title: string;
  /** Label for banners and PDF headers. */
  classification: string;
  /** Problems that did not stop the export, e.g. a missing image file. */
  warnings: string[];
  /** The language and digits its dates are written in, for the PDF's running footer. */
  locale: ExportLocale;
}

/** A rendered export written to a file (by the document worker, into the printer's folder): all but the HTML itself. */
export type WrittenHtmlExport = Omit<HtmlExport, 'html'> & { file: string };

/** A rendered export whose HTML is still in pieces (markup, and the pictures' data URLs between): written as they are. */
export type HtmlExportPieces = Omit<HtmlExport, 'html'> & { pieces: string[] };

/** The export with its HTML in one string. */
function joined({ pieces, ...rest }: HtmlExportPieces): HtmlExport {
  return { html: pieces.join(''), ...rest };
}

export interface CombinedExportOptions extends HtmlExportOptions {
  /** Title of the cover page; "Briefings" with the date by default. */
  title?: string;
  /** Briefing id → the PDF page it starts on, printed in the contents (the PDF's second pass). */
  startPages?: ReadonlyMap<string, number>;
}

interface ArticleContext {
  images: ImageLookup;
  anchors: HeadingAnchors;
  shown: ReadonlySet<ExportMetadataField>;
  options: HtmlExportOptions;
  warnings: string[];
}

function renderArticle(
  briefing: Briefing,
  document: ProseMirrorNode,
  context: ArticleContext,
  banner: boolean,
): string {
  const { metadata } = briefing;
  const titleId = headingAnchor(context.anchors, metadata.title || 'untitled briefing');
  // In a combined file each briefing numbers its own sources, so their entries' ids carry the briefing's.
  const register = new CitationRegister(metadata.sources, banner ? `${briefing.id}-` : '');
  const purpose = context.options.purpose ?? 'final';
  const locale = exportLocaleOfBriefings([briefing], context.options.digits);
  const review =
    purpose === 'review' ? createReviewExport(document, metadata.review, metadata.timeZone, locale) : undefined;
  const body = renderDocumentBody(document, {
    images: context.images,
    anchors: context.anchors,
    timeZone: metadata.timeZone,
    locale,
    warnings: context.warnings,
    purpose,
    register,
    review: review?.markup,
  });
  const endMatter =
    renderSourceList(register, metadata.timeZone, headingAnchor(context.anchors, 'sources'), locale) +
    renderCorrectionsLog(
      metadata.corrections,
      metadata.timeZone,
      headingAnchor(context.anchors, 'corrections'),
      locale,
    );
  const header = renderBriefingHeader({
    briefing,
    shown: context.shown,
    exportedAt: context.options.exportedAt,
    appVersion: context.options.appVersion,
    locale,
    titleId,
  });
  const ownBanner = banner
    ? classificationBanner(
        classificationLabel(briefing.metadata.classification, exportLabelsFor(locale)),
        'article',
        locale,
        context.shown.has('embargo') ? embargoNotice(briefing, context.options.exportedAt, locale) : '',
      )
    : '';
  const { language } = briefing.metadata;
  const article =
    `<article class="briefing-article" id="briefing-${escapeHtml(briefing.id)}" aria-labelledby="${titleId}" ` +
    `lang="${escapeHtml(language)}" dir="${directionOfLanguage(language)}">\n` +
    `${ownBanner}${header}<div class="briefing-body">\n${body}</div>\n` +
    `${endMatter ? `<div class="briefing-end-matter">\n${endMatter}</div>\n` : ''}</article>\n`;
  const margin = review ? renderCommentMargin(review.threads, metadata.timeZone, locale) : '';
  return margin ? `<div class="review-layout">\n${article}${margin}</div>\n` : article;
}

function classificationBanner(
  label: string,
  position: 'top' | 'bottom' | 'article',
  locale: ExportLocale,
  embargo = '',
): string {
  const heading = exportLabelsFor(locale).classification;
  return `<p class="classification-banner ${position === 'article' ? 'top' : position}">${escapeHtml(heading)}: ${escapeHtml(label)}${embargo}</p>\n`;
}

/** " · Embargoed until …" while the briefing's embargo has not yet lifted at export time. */
function embargoNotice(briefing: Briefing, exportedAt: Date, locale: ExportLocale): string {
  const until = briefing.metadata.embargoUntil;
  if (!until || epochMillisecondsOf(until) <= exportedAt.getTime()) return '';
  const text = formatIsoDateTime(until, briefing.metadata.timeZone, locale);
  return ` · ${escapeHtml(exportLabelsFor(locale).embargoedUntil)} <time datetime="${escapeHtml(machineDateTime(until))}">${escapeHtml(text)}</time>`;
}

function metaTag(name: string, content: string): string {
  return content ? `<meta name="${name}" content="${escapeHtml(content)}">\n` : '';
}

function exportFooter(
  options: HtmlExportOptions,
  shown: ReadonlySet<ExportMetadataField>,
  locale: ExportLocale,
): string {
  const iso = options.exportedAt.toISOString();
  const labels = exportLabelsFor(locale);
  const parts = [
    shown.has('exportTime')
      ? `${escapeHtml(labels.exported)} <time datetime="${iso}">${escapeHtml(formatIsoDateTime(iso, 'UTC', locale))}</time>`
      : '',
    shown.has('appVersion')
      ? `${escapeHtml(shown.has('exportTime') ? labels.withApp : labels.exportedWith)} Briefdesk ${escapeHtml(options.appVersion)}`
      : '',
  ].filter(Boolean);
  return parts.length > 0 ? `<footer class="briefing-footer"><p>${parts.join(' ')}.</p></footer>\n` : '';
}

async function assembleDocument(
  title: string,
  lang: string,
  head: string,
  body: string,
  options: HtmlExportOptions,
  pictures: PicturePlaceholders,
): Promise<string[]> {
  const reviewCss = options.purpose === 'review' ? reviewStylesheet : '';
  const css = `${await fontFaceRules(`${title}${body}`)}\n${exportStylesheet(options.pageSize ?? 'A4')}${reviewCss}`;
  const styleHash = createHash('sha256').update(css).digest('base64');
  const policy = `default-src 'none'; img-src data:; font-src data:; style-src 'sha256-${styleHash}'; base-uri 'none'; form-action 'none'`;
  return pictures.pieces(
    `<!DOCTYPE html>\n<html lang="${escapeHtml(lang)}" dir="${directionOfLanguage(lang)}">\n<head>\n<meta charset="utf-8">\n` +
      `<meta http-equiv="Content-Security-Policy" content="${policy}">\n` +
      '<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="color-scheme" content="light">\n' +
      `<meta name="referrer" content="no-referrer">\n<title>${escapeHtml(title)}</title>\n${head}<style>${css}</style>\n</head>\n` +
      `<body>\n<main>\n${body}</main>\n</body>\n</html>\n`,
  );
}

/** The language all the briefings share; English, the language of the cover and contents, when they differ. */
function sharedLanguage(briefings: readonly Briefing[]): string {
  const languages = new Set(briefings.map((briefing) => briefing.metadata.language));
  return languages.size === 1 ? ([...languages][0] as string) : 'en';
}

function shownFields(options: HtmlExportOptions): ReadonlySet<ExportMetadataField> {
  return new Set(options.metadataFields ?? exportMetadataFields);
}

/** The briefing's metadata as `<meta>` tags, limited to the fields the user chose to show. */
function briefingMetaTags(
  briefing: Briefing,
  shown: ReadonlySet<ExportMetadataField>,
  options: HtmlExportOptions,
): string {
  const { metadata } = briefing;
  return [
    shown.has('authors') ? metaTag('author', metadata.authors.join(', ')) : '',
    metaTag(
      'description',
      `${statusLabels[metadata.status]} briefing, ${classificationLabel(metadata.classification)}`,
    ),
    shown.has('tags') ? metaTag('keywords', metadata.tags.join(', ')) : '',
    shown.has('appVersion') ? metaTag('generator', `Briefdesk ${options.appVersion}`) : '',
    metaTag('briefdesk-id', briefing.id),
    shown.has('status') ? metaTag('briefdesk-status', metadata.status) : '',
    metaTag('briefdesk-classification', classificationLabel(metadata.classification)),
    shown.has('asOf') ? metaTag('briefdesk-as-of', metadata.asOf) : '',
    shown.has('reportNumber') ? metaTag('briefdesk-report-number', metadata.reportNumber?.toString() ?? '') : '',
    shown.has('revision') ? metaTag('briefdesk-revision', String(briefing.revision)) : '',
    metadata.corrections.length > 0 ? metaTag('briefdesk-corrections', correctionsLogJson(metadata.corrections)) : '',
    metadata.previousReportId ? metaTag('briefdesk-previous-report', metadata.previousReportId) : '',
    shown.has('exportTime') ? metaTag('briefdesk-exported', options.exportedAt.toISOString()) : '',
  ].join('');
}

/**
 * Renders one stored briefing as a single self-contained HTML file: inline styles and fonts,
 * images as data URLs, a CSP that forbids everything else, no script, semantic markup.
 */
export async function renderBriefingHtml(briefing: Briefing, options: HtmlExportOptions): Promise<HtmlExport> {
  return joined(await renderBriefingHtmlPieces(briefing, options));
}

/** `renderBriefingHtml` with the HTML left in pieces, for a caller that writes it to a file. */
export async function renderBriefingHtmlPieces(
  briefing: Briefing,
  options: HtmlExportOptions,
): Promise<HtmlExportPieces> {
  const document = parseBriefingBody(briefing);
  const warnings: string[] = [];
  const shown = shownFields(options);
  const pictures = await PicturePlaceholders.embed([document], options.resolveAsset);
  const images = pictures.images;
  const context: ArticleContext = { images, anchors: new Set(), shown, options, warnings };
  const locale = exportLocaleOfBriefings([briefing], options.digits);
  const labels = exportLabelsFor(locale);
  const label = classificationLabel(briefing.metadata.classification, labels);
  const title = briefing.metadata.title.trim() || labels.untitledBriefing;
  const body =
    classificationBanner(
      label,
      'top',
      locale,
      shown.has('embargo') ? embargoNotice(briefing, options.exportedAt, locale) : '',
    ) +
    renderArticle(briefing, document, context, false) +
    exportFooter(options, shown, locale) +
    classificationBanner(label, 'bottom', locale);
  const pieces = await assembleDocument(
    title,
    briefing.metadata.language,
    briefingMetaTags(briefing, shown, options),
    body,
    options,
    pictures,
  );
  return { pieces, title, classification: label, warnings, locale };
}

/** Several briefings in one file: a cover, a contents list linking to each, then each briefing from a new page. */
export async function renderCombinedBriefingsHtml(
  briefings: readonly Briefing[],
  options: CombinedExportOptions,
): Promise<HtmlExport> {
  return joined(await renderCombinedBriefingsHtmlPieces(briefings, options));
}

/** `renderCombinedBriefingsHtml` with the HTML left in pieces, for a caller that writes it to a file. */
export async function renderCombinedBriefingsHtmlPieces(
  briefings: readonly Briefing[],
  options: CombinedExportOptions,
): Promise<HtmlExportPieces> {
  const documents = briefings.map(parseBriefingBody);
  const warnings: string[] = [];
  const shown = shownFields(options);
  const pictures = await PicturePlaceholders.embed(documents, options.resolveAsset);
  const images = pictures.images;
  const context: ArticleContext = {
    images,
    anchors: new Set(['cover-title', 'contents-title']),
    shown,
    options,
    warnings,
  };
  const locale = exportLocaleOfBriefings(briefings, options.digits);
  const labels = exportLabelsFor(locale);
  const label = combinedClassificationLabel(
    briefings.map((briefing) => briefing.metadata.classification),
    labels,
  );
  const title =
    options.title?.trim() ||
    fillLabel(labels.combinedTitle, {
      date: formatIsoDate(options.exportedAt.toISOString().slice(0, 10), locale),
    });
  const articles = briefings.map((briefing, index) =>
    renderArticle(briefing, documents[index] as ProseMirrorNode, context, true),
  );
  const front = {
    title,
    classification: label,
    exportedAt: options.exportedAt,
    shown,
    startPages: options.startPages,
    locale,
    digits: options.digits,
  };
  const body =
    classificationBanner(label, 'top', locale) +
    renderCover(briefings, front) +
    renderContents(briefings, front) +
    articles.join('') +
    exportFooter(options, shown, locale) +
    classificationBanner(label, 'bottom', locale);
  const authors = [...new Set(briefings.flatMap((briefing) => briefing.metadata.authors))];
  const head =
    (shown.has('authors') ? metaTag('author', authors.join(', ')) : '') +
    metaTag(
      'briefdesk-classification',
      combinedClassificationLabel(briefings.map((briefing) => briefing.metadata.classification)),
    ) +
    (shown.has('appVersion') ? metaTag('generator', `Briefdesk ${options.appVersion}`) : '') +
    (shown.has('exportTime') ? metaTag('briefdesk-exported', options.exportedAt.toISOString()) : '');
  return {
    pieces: await assembleDocument(title, sharedLanguage(briefings), head, body, options, pictures),
    title,
    classification: label,
    warnings,
    locale,
  };
}
