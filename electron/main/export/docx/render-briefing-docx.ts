import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
} from 'docx';
import type { Briefing } from '../../../common/briefing/briefing';
import { renderDocumentWord } from '../../../common/document/render-document-word';
import { exportLabelsFor, pageOfTotalParts } from '../../../common/language/export-labels';
import { directionOfLanguage } from '../../../common/language/text-direction';
import { documentForPurpose } from '../../../common/review/document-for-purpose';
import { epochMillisecondsOf } from '../../../common/time/zoned-time';
import { briefingDateline, briefingMetadataRows, piecesText } from '../briefing-metadata-rows';
import { classificationLabel } from '../classification-label';
import { embedAssets } from '../embed-assets';
import type { FileRenderOptions, RenderedFile } from '../export-file-renderers';
import { exportLocaleOfBriefings, formatIsoDateTime } from '../format-export-date';
import { parseBriefingBody } from '../parse-briefing-body';
import { paperInches } from '../pdf/pdf-print-options';
import { pdfPropertiesFor } from '../pdf/print-briefing-pdf';
import { sourceEntryText } from '../source-entry-text';
import { createDocxReview } from './docx-review';
import { docxNumbering, docxStylesIn } from './docx-styles';
import { type DocxCollector, docxBlocks } from './word-blocks-to-docx';
import { wordEndMatter } from './word-end-matter';

const twipsPerInch = 1440;
const twipsPerMillimetre = twipsPerInch / 25.4;

/** Title, classification (with a live embargo), dateline and the metadata the user chose to show. */
function titleBlock(
  briefing: Briefing,
  options: FileRenderOptions,
  title: string,
  classification: string,
): Paragraph[] {
  const { metadata } = briefing;
  const direction = directionOfLanguage(metadata.language) === 'rtl' ? { bidirectional: true } : {};
  const locale = exportLocaleOfBriefings([briefing], options.digits);
  const embargoed =
    options.shown.has('embargo') &&
    metadata.embargoUntil !== '' &&
    epochMillisecondsOf(metadata.embargoUntil) > options.exportedAt.getTime();
  const labels = exportLabelsFor(locale);
  const banner = `${labels.classification}: ${classification}${
    embargoed
      ? ` · ${labels.embargoedUntil} ${formatIsoDateTime(metadata.embargoUntil, metadata.timeZone, locale)}`
      : ''
  }`;
  const dateline = briefingDateline({ briefing, shown: options.shown, locale });
  const datelineText = dateline ? [dateline.place, dateline.when?.text ?? ''].filter(Boolean).join(', ') : '';
  const rows = briefingMetadataRows({
    briefing,
    shown: options.shown,
    exportedAt: options.exportedAt,
    appVersion: options.appVersion,
    locale,
  });
  return [
    new Paragraph({ ...direction, style: 'Classification', children: [new TextRun(banner)] }),
    new Paragraph({ ...direction, heading: HeadingLevel.TITLE, children: [new TextRun(title)] }),
    ...(datelineText
      ? [new Paragraph({ ...direction, style: 'Dateline', children: [new TextRun(datelineText)] })]
      : []),
    ...rows.map(
      (row) =>
        new Paragraph({
          ...direction,
          spacing: { after: 0 },
          children: [new TextRun({ text: `${row.label}: `, bold: true }), new TextRun(piecesText(row.pieces))],
        }),
    ),
    new Paragraph({ ...direction, children: [] }),
  ];
}

/**
 * One briefing as a Word document: the body from each node's Word renderer (`renderDocumentWord`),
 * sources as footnotes, a header with title and classification, a footer with "Page X of Y", and
 * the document properties PDF gets (title, author, subject, keywords).
 */
export async function renderBriefingDocx(briefing: Briefing, options: FileRenderOptions): Promise<RenderedFile> {
  const document = documentForPurpose(parseBriefingBody(briefing), options.purpose ?? 'final');
  const images = await embedAssets([document], options.resolveAsset);
  const locale = exportLocaleOfBriefings([briefing], options.digits);
  const labels = exportLabelsFor(locale);
  const [before, between, after] = pageOfTotalParts(labels);
  const title = briefing.metadata.title.trim() || labels.untitledBriefing;
  const classification = classificationLabel(briefing.metadata.classification, labels);
  const warnings: string[] = [];
  const { timeZone, sources } = briefing.metadata;
  const listed = new Map(sources.map((source) => [source.id, source]));
  const blocks = renderDocumentWord(document, {
    image: images,
    formatDateTime: (iso) => formatIsoDateTime(iso, timeZone, locale),
    labels,
    warn: (message) => warnings.push(message),
    purpose: options.purpose ?? 'final',
    sourceNote: (sourceIds) =>
      sourceIds
        .flatMap((id) => {
          const source = listed.get(id);
          return source ? [sourceEntryText(source, timeZone, locale)] : [];
        })
        .join('; '),
  });
  const { margins } = options.pdf;
  const paper = paperInches[options.pdf.pageSize];
  const textWidthInches = paper.width - (margins.left + margins.right) / 25.4;
  const review =
    options.purpose === 'review'
      ? createDocxReview(briefing.metadata.review.threads, briefing.metadata.review.suggestions)
      : undefined;
  const collector: DocxCollector = {
    footnotes: {},
    lists: [],
    warnings,
    textWidthPixels: Math.floor(textWidthInches * 96),
    rightToLeft: directionOfLanguage(briefing.metadata.language) === 'rtl',
    ...(review ? { review } : {}),
  };
  const body = docxBlocks([...blocks, ...wordEndMatter(briefing, locale)], collector);
  const properties = pdfPropertiesFor({ title, classification }, [briefing], { ...options.pdf, shown: options.shown });
  const rightTab = [{ type: TabStopType.RIGHT, position: Math.round(textWidthInches * twipsPerInch) }];
  const file = new Document({
    title: properties.title,
    creator: properties.author || 'Briefdesk',
    subject: properties.subject,
    keywords: properties.keywords.join(', '),
    description: properties.subject,
    lastModifiedBy: properties.producer,
    styles: docxStylesIn(briefing.metadata.language),
    numbering: docxNumbering(collector.lists),
    footnotes: collector.footnotes,
    // A review DOCX carries the comments and tracked changes, and keeps tracking the editor's own changes in Word.
    ...(review ? { comments: { children: review.comments() }, features: { trackRevisions: true } } : {}),
    sections: [
      {
        properties: {
          page: {
            size: { width: Math.round(paper.width * twipsPerInch), height: Math.round(paper.height * twipsPerInch) },
            margin: {
              top: Math.round(margins.top * twipsPerMillimetre),
              right: Math.round(margins.right * twipsPerMillimetre),
              bottom: Math.round(margins.bottom * twipsPerMillimetre),
              left: Math.round(margins.left * twipsPerMillimetre),
            },
          },
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                tabStops: rightTab,
                children: [new TextRun({ children: [title, new Tab(), classification] })],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.LEFT,
                tabStops: rightTab,
                children: [
                  new TextRun({
                    children: [
                      classification,
                      new Tab(),
                      before,
                      PageNumber.CURRENT,
                      between,
                      PageNumber.TOTAL_PAGES,
                      after,
                    ],
                  }),
                ],
              }),
            ],
          }),
        },
        children: [...titleBlock(briefing, options, title, classification), ...body],
      },
    ],
  });
  return { bytes: await Packer.toBuffer(file), warnings: [...new Set(warnings)] };
}
