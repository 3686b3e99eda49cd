import type { Mark, Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { ExportPurpose } from '../export/export-purpose';
import type { ExportLabels } from '../language/export-labels';
import type { CitedSource, EmbeddedImage, ReviewMarkup } from './briefing-node-definition';

/** What a node's Markdown renderer may ask of the exporter. */
export interface MarkdownRenderContext {
  /** Renders each child block through its own definition; blocks end with a blank line. */
  renderChildren(node: ProseMirrorNode, scope?: Partial<MarkdownRenderScope>): string;
  /** Renders a textblock's inline content with its marks. */
  renderInline(node: ProseMirrorNode, scope?: Partial<MarkdownRenderScope>): string;
  /** A stored image embedded as a `data:` URL, or why it cannot be shown. */
  image(source: string): EmbeddedImage;
  /** The label of a reference definition listed at the end of the file, so long URLs stay out of the text. */
  reference(url: string): string;
  /** A stored time (an instant with its zone) as the reader sees it; '' for text that is no time. */
  formatDateTime(iso: string): string;
  /** The words the export writes around the text ("as of"), in the briefing's language. */
  labels: ExportLabels;
  /** Tells the user about a problem that does not stop the export. */
  warn(message: string): void;
  /** Cites sources of the briefing's list by id: their reference numbers for the numbered list at the end. */
  cite(sourceIds: readonly string[]): CitedSource[];
  /** `final` leaves unfinished parts out; `review` marks them (`unfinished-marker-formats.ts`). */
  purpose: ExportPurpose;
  /** In a review export: who made each suggestion (docs/review.md). */
  review?: ReviewMarkup;
  scope: MarkdownRenderScope;
}

export interface MarkdownRenderScope {
  /** The marker of the list item at `index` in the list being rendered ("- ", "3. "). */
  listMarker: (index: number) => string;
  /** Inside a heading or a table cell, where a line break would end the block. */
  singleLine: boolean;
}

/** Renders one node as CommonMark with GFM tables; a block ends with a blank line, inline content has none. */
export type NodeMarkdownRenderer = (node: ProseMirrorNode, context: MarkdownRenderContext, index: number) => string;

/** The Markdown around a mark's text, e.g. `**` and `**`. */
export type MarkMarkdownRenderer = (
  mark: Mark,
  context: MarkdownRenderContext,
) => readonly [open: string, close: string];
