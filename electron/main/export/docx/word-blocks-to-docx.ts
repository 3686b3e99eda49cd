import {
  BorderStyle,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  InsertedTextRun,
  Paragraph,
  type ParagraphChild,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { imageSize } from 'image-size';
import type {
  WordBlock,
  WordInline,
  WordListPlace,
  WordParagraph,
  WordParagraphStyle,
  WordRunFormat,
  WordTableRow,
} from '../../../common/document/word-render-context';
import type { DocxReview } from './docx-review';
import { numberingReference } from './docx-styles';
import { pairFormattingChanges, type TrackedInline } from './formatting-changes';

/** What the conversion collects beside the body: footnotes, the lists that need numbering, warnings. */
export interface DocxCollector {
  footnotes: Record<number, { children: Paragraph[] }>;
  lists: WordListPlace[];
  warnings: string[];
  /** The page's text width in pixels (96 per inch), for sizing images. */
  textWidthPixels: number;
  /** In a review export: Word comments for the threads and authors for the tracked changes. */
  review?: DocxReview;
  /** The briefing is written right to left: paragraphs and tables are laid out from the right (w:bidi). */
  rightToLeft?: boolean;
}

type FileChild = Paragraph | Table;

const headingLevels = {
  heading2: HeadingLevel.HEADING_2,
  heading3: HeadingLevel.HEADING_3,
  heading4: HeadingLevel.HEADING_4,
} as const;

const styleIds: Record<Exclude<WordParagraphStyle, keyof typeof headingLevels>, string | undefined> = {
  body: undefined,
  quote: 'Quote',
  caption: 'Caption',
  keyFigureValue: 'KeyFigureValue',
  keyFigureLabel: 'KeyFigureLabel',
  notice: 'Notice',
  disclaimer: 'Disclaimer',
};

/** A run's look in `docx` terms. */
function runProperties(format: WordRunFormat, bold: boolean) {
  return {
    ...(format.bold || bold ? { bold: true } : {}),
    ...(format.italics ? { italics: true } : {}),
    ...(format.underline ? { underline: {} } : {}),
    ...(format.strike ? { strike: true } : {}),
    ...(format.link ? { style: 'Hyperlink' } : {}),
    ...(format.language ? { language: { value: format.language, bidirectional: format.language } } : {}),
    ...(format.rightToLeft ? { rightToLeft: true } : {}),
  };
}

/**
 * A text run; a suggested insertion or deletion becomes Word's tracked change with its author and time,
 * and a suggested formatting change a run property change (w:rPrChange) holding the earlier look.
 */
function textRun(
  inline: Extract<TrackedInline, { kind: 'text' }>,
  bold: boolean,
  collector: DocxCollector,
): ParagraphChild {
  const { format } = inline;
  const options = { text: inline.text, ...runProperties(format, bold) };
  const change =
    format.change && format.change.kind !== 'formatting' ? collector.review?.revision(format.change.id) : undefined;
  if (change && 'previous' in inline) {
    // Word requires the earlier properties in full: bold and italics are said either way.
    const previous = runProperties(inline.previous, bold);
    return new TextRun({
      ...options,
      revision: { ...change, bold: previous.bold ?? false, italics: previous.italics ?? false, ...previous },
    });
  }
  if (change && format.change?.kind === 'insertion') return new InsertedTextRun({ ...options, ...change });
  if (change && format.change?.kind === 'deletion') return new DeletedTextRun({ ...options, ...change });
  return new TextRun(options);
}

/** Runs with a footnote reference after each group of runs sharing a note, and links around runs sharing a link. */
export function docxRuns(words: readonly WordInline[], collector: DocxCollector, bold = false): ParagraphChild[] {
  const inlines = collector.review ? pairFormattingChanges(words) : words;
  const children: ParagraphChild[] = [];
  let link: { href: string; runs: ParagraphChild[] } | undefined;
  const closeLink = () => {
    if (link) children.push(new ExternalHyperlink({ link: link.href, children: link.runs }));
    link = undefined;
  };
  inlines.forEach((inline, index) => {
    if (inline.kind === 'break') {
      closeLink();
      children.push(new TextRun({ break: 1 }));
      return;
    }
    const href = inline.format.link;
    if (link && link.href !== href) closeLink();
    if (href && !link) link = { href, runs: [] };
    const previous = inlines[index - 1];
    const next = inlines[index + 1];
    const endsGroup = (key: 'footnote' | 'after' | 'commentThread') =>
      inline.format[key] !== undefined && (next?.kind !== 'text' || next.format[key] !== inline.format[key]);
    const thread = inline.format.commentThread;
    // Every comment of a thread, replies too, spans the anchored text, as Word writes them.
    const comments = thread ? (collector.review?.commentIds(thread) ?? []) : [];
    const startsComment = previous?.kind !== 'text' || previous.format.commentThread !== thread;
    const runs: ParagraphChild[] = [
      ...(startsComment ? comments.map((id) => new CommentRangeStart(id)) : []),
      textRun(inline, bold, collector),
    ];
    if (endsGroup('commentThread'))
      for (const id of comments)
        runs.push(new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] }));
    const note = inline.format.footnote;
    if (note && endsGroup('footnote')) {
      const id = Object.keys(collector.footnotes).length + 1;
      collector.footnotes[id] = { children: [new Paragraph({ children: [new TextRun(note)] })] };
      runs.push(new FootnoteReferenceRun(id));
    }
    if (inline.format.after && endsGroup('after')) runs.push(new TextRun({ text: inline.format.after, italics: true }));
    if (link) link.runs.push(...runs);
    else children.push(...runs);
  });
  closeLink();
  return children;
}

/** A paragraph style in `docx` terms: a heading level, or one of the styles the export defines. */
function paragraphStyle(wordStyle: WordParagraphStyle) {
  const heading = wordStyle in headingLevels ? headingLevels[wordStyle as keyof typeof headingLevels] : undefined;
  const style = heading ? undefined : styleIds[wordStyle as keyof typeof styleIds];
  return { ...(heading ? { heading } : {}), ...(style ? { style } : {}) };
}

/** A review's tracked paragraph mark (a block suggested for insertion or deletion) and earlier paragraph style. */
function paragraphRevisions(block: WordParagraph, collector: DocxCollector) {
  const mark = block.change ? collector.review?.revision(block.change.id) : undefined;
  const formatting = block.formatChange ? collector.review?.revision(block.formatChange.id) : undefined;
  return {
    ...(mark && block.change ? { run: { [block.change.kind]: mark } } : {}),
    ...(formatting && block.formatChange
      ? { revision: { ...formatting, ...paragraphStyle(block.formatChange.previousStyle) } }
      : {}),
  };
}

function docxParagraph(block: WordParagraph, collector: DocxCollector, bold: boolean): Paragraph {
  const children = docxRuns(block.inlines, collector, bold);
  const { heading, style } = paragraphStyle(block.style);
  if (block.list) collector.lists.push(block.list);
  return new Paragraph({
    children,
    ...paragraphRevisions(block, collector),
    ...(heading ? { heading, keepNext: true } : {}),
    ...(style ? { style } : {}),
    ...(block.list
      ? { numbering: { reference: numberingReference(block.list), level: block.list.level, instance: block.list.list } }
      : {}),
    ...(block.listIndent !== undefined ? { indent: { left: 720 * (block.listIndent + 1) } } : {}),
    ...((block.direction ?? (collector.rightToLeft ? 'rtl' : 'ltr')) === 'rtl' ? { bidirectional: true } : {}),
  });
}

const imageTypes = { png: 'png', jpg: 'jpg', gif: 'gif', bmp: 'bmp' } as const;

function docxImage(block: Extract<WordBlock, { kind: 'image' }>, collector: DocxCollector): Paragraph {
  const bytes = Buffer.from(block.dataUrl.slice(block.dataUrl.indexOf(',') + 1), 'base64');
  const size = imageSize(bytes);
  const type = imageTypes[size.type as keyof typeof imageTypes];
  if (!type) {
    collector.warnings.push(
      `Word cannot show ${size.type?.toUpperCase() ?? 'this'} images, so a figure is exported without its image. Insert it as PNG or JPEG to keep it in Word.`,
    );
    const notice = `Image not available in Word${block.alt ? `: ${block.alt}` : ''}`;
    return new Paragraph({ style: 'Notice', children: [new TextRun(notice)] });
  }
  const scale = Math.min(1, collector.textWidthPixels / size.width);
  return new Paragraph({
    keepNext: true,
    children: [
      new ImageRun({
        type,
        data: bytes,
        transformation: { width: Math.round(size.width * scale), height: Math.round(size.height * scale) },
        altText: { name: block.alt || 'Figure', description: block.alt, title: block.alt },
      }),
    ],
  });
}

const noBorder = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

function docxTable(rows: readonly WordTableRow[], layout: 'grid' | 'keyFigures', collector: DocxCollector): Table {
  const keyFigures = layout === 'keyFigures';
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    ...(collector.rightToLeft ? { visuallyRightToLeft: true } : {}),
    ...(keyFigures
      ? {
          borders: {
            top: noBorder,
            bottom: noBorder,
            left: noBorder,
            right: noBorder,
            insideHorizontal: noBorder,
            insideVertical: noBorder,
          },
        }
      : {}),
    rows: rows.map(
      (row, index) =>
        new TableRow({
          // A first row of header cells repeats on every page.
          tableHeader: index === 0 && row.cells.every((cell) => cell.header),
          children: row.cells.map(
            (cell) =>
              new TableCell({
                children: docxBlocks(cell.blocks, collector, cell.header).filter(
                  (child): child is Paragraph | Table => child instanceof Paragraph || child instanceof Table,
                ),
                ...(cell.columnSpan > 1 ? { columnSpan: cell.columnSpan } : {}),
                ...(cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}),
                ...(cell.header || keyFigures
                  ? { shading: { type: ShadingType.CLEAR, fill: keyFigures ? 'F2F4F7' : 'E8ECF1', color: 'auto' } }
                  : {}),
              }),
          ),
        }),
    ),
  });
}

/** How each kind of Word block becomes a `docx` paragraph or table. */
const docxBlockConverters: {
  [Kind in WordBlock['kind']]: (
    block: Extract<WordBlock, { kind: Kind }>,
    collector: DocxCollector,
    bold: boolean,
  ) => FileChild;
} = {
  paragraph: docxParagraph,
  image: (block, collector) => docxImage(block, collector),
  table: (block, collector) => docxTable(block.rows, block.layout, collector),
  rule: () =>
    new Paragraph({
      border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 1 } },
      children: [],
    }),
};

/** Word blocks as `docx` paragraphs and tables; footnotes, lists and warnings go to the collector. */
export function docxBlocks(blocks: readonly WordBlock[], collector: DocxCollector, bold = false): FileChild[] {
  return blocks.map((block) => docxBlockConverters[block.kind](block as never, collector, bold));
}
