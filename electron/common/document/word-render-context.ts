import type { Mark, Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { ExportPurpose } from '../export/export-purpose';
import type { ExportLabels } from '../language/export-labels';
import type { EmbeddedImage } from './briefing-node-definition';

/**
 * Word's model of a document as plain data: paragraphs with a style, runs with a format, tables,
 * images. Each node and mark says here how it maps into Word; `electron/main/export/docx/` turns
 * these parts into a .docx file with the `docx` library, which stays out of `electron/common`.
 */

/** How a run of text looks and what it carries; each mark on the text adds its part. */
export interface WordRunFormat {
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
  strike?: boolean;
  /** An external link (http, https or mailto) around the run. */
  link?: string;
  /** The run's language (a BCP 47 tag), for Word's spelling, hyphenation and fonts. */
  language?: string;
  /** Text read right to left (Arabic, Hebrew…). */
  rightToLeft?: boolean;
  /** A footnote after the run, e.g. a source; consecutive runs with the same note share one reference. */
  footnote?: string;
  /** The comment thread the run is anchored to (review exports), written as a native Word comment. */
  commentThread?: string;
  /** Text printed after the run, e.g. a claim's status in a review export; consecutive runs share it. */
  after?: string;
  /** A suggested edit the run belongs to (review exports), written as Word's tracked change (w:ins, w:del). */
  change?: { kind: 'insertion' | 'deletion' | 'formatting'; id: string | number };
}

export type WordInline = { kind: 'text'; text: string; format: WordRunFormat } | { kind: 'break' };

/** The paragraph styles the DOCX export defines (`electron/main/export/docx/docx-styles.ts`). */
export type WordParagraphStyle =
  | 'body'
  | 'heading2'
  | 'heading3'
  | 'heading4'
  | 'quote'
  | 'caption'
  | 'keyFigureValue'
  | 'keyFigureLabel'
  | 'notice'
  | 'disclaimer';

/** A paragraph's place in a list: its kind, depth, and which list it belongs to (numbering restarts per list). */
export interface WordListPlace {
  kind: 'bullet' | 'ordered';
  level: number;
  list: number;
  start: number;
}

export interface WordParagraph {
  kind: 'paragraph';
  style: WordParagraphStyle;
  inlines: WordInline[];
  /** The first paragraph of a list item carries the number or bullet. */
  list?: WordListPlace;
  /** Further paragraphs of a list item are indented to its text, without a marker. */
  listIndent?: number;
  /** A review export's paragraph suggested for insertion or deletion as part of a whole block (its paragraph mark is tracked). */
  change?: { kind: 'insertion' | 'deletion'; id: string | number };
  /** A review export's paragraph whose formatting is suggested to change: the style it had before (Word's w:pPrChange). */
  formatChange?: { id: string | number; previousStyle: WordParagraphStyle };
  /** The block's own direction (its `dir`, else its language's); the document's when absent. */
  direction?: 'ltr' | 'rtl';
}

export interface WordTableCell {
  kind: 'cell';
  header: boolean;
  columnSpan: number;
  rowSpan: number;
  blocks: WordBlock[];
}

export interface WordTableRow {
  kind: 'row';
  cells: WordTableCell[];
}

export type WordBlock =
  | WordParagraph
  | { kind: 'table'; rows: WordTableRow[]; layout: 'grid' | 'keyFigures' }
  | { kind: 'image'; dataUrl: string; alt: string }
  | { kind: 'rule' };

/** Anything a node's renderer returns: blocks, inline runs, or a table's rows and cells. */
export type WordPart = WordBlock | WordInline | WordTableRow | WordTableCell;

/** What a node's Word renderer may ask of the exporter. */
export interface WordRenderContext {
  /** Renders each child through its own definition. */
  renderChildren(node: ProseMirrorNode, scope?: Partial<WordRenderScope>): WordPart[];
  /** Renders a textblock's inline content, each run formatted by its marks. */
  renderInline(node: ProseMirrorNode): WordInline[];
  /** A stored image embedded as a `data:` URL, or why it cannot be shown. */
  image(source: string): EmbeddedImage;
  /** A number for a new list, so each list counts from its own start. */
  newList(): number;
  /** A stored time (an instant with its zone) as the reader sees it; '' for text that is no time. */
  formatDateTime(iso: string): string;
  /** The words the export writes around the text ("as of"), in the briefing's language. */
  labels: ExportLabels;
  /** Tells the user about a problem that does not stop the export. */
  warn(message: string): void;
  /** These sources of the briefing's list (by id) as a footnote prints them; '' when none is listed. */
  sourceNote(sourceIds: readonly string[]): string;
  /** `final` leaves unfinished parts out; `review` marks them (`unfinished-marker-formats.ts`). */
  purpose: ExportPurpose;
  scope: WordRenderScope;
}

export interface WordRenderScope {
  /** The list whose items are being rendered; absent outside lists. */
  list?: WordListPlace;
}

/** Renders one node as Word parts: blocks for a block node, runs for inline content, rows and cells in tables. */
export type NodeWordRenderer = (node: ProseMirrorNode, context: WordRenderContext, index: number) => WordPart[];

/** What a mark adds to the format of the runs it covers. */
export type MarkWordRenderer = (mark: Mark, context: WordRenderContext) => WordRunFormat;

/** The parts of one kind, in order. */
export function partsOfKind<Kind extends WordPart['kind']>(
  parts: readonly WordPart[],
  kind: Kind,
): Extract<WordPart, { kind: Kind }>[] {
  return parts.filter((part): part is Extract<WordPart, { kind: Kind }> => part.kind === kind);
}

/** The block parts (paragraphs, tables, images, rules), in order. */
export function blockParts(parts: readonly WordPart[]): WordBlock[] {
  return parts.filter(
    (part): part is WordBlock =>
      part.kind === 'paragraph' || part.kind === 'table' || part.kind === 'image' || part.kind === 'rule',
  );
}
