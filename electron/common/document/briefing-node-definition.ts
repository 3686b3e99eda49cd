import type { JSONContent, Mark as MarkExtension, Node as NodeExtension } from '@tiptap/core';
import type { Mark, Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { ExportPurpose } from '../export/export-purpose';
import type { ExportLabels } from '../language/export-labels';
import type { MarkMarkdownRenderer, NodeMarkdownRenderer } from './markdown-render-context';
import type { MarkWordRenderer, NodeWordRenderer } from './word-render-context';

/** A source as a citation prints it: its reference number, the `id` of its entry in the list, its name. */
export interface CitedSource {
  number: number;
  anchor: string;
  name: string;
}

/** An embedded image ready for `src`, or why it cannot be shown. */
export type EmbeddedImage = { dataUrl: string } | { problem: 'missing' | 'damaged' };

/** What a node's HTML export renderer may ask of the exporter; everything else comes from the node itself. */
export interface HtmlRenderContext {
  /** Renders each child through its own definition. */
  renderChildren(node: ProseMirrorNode, scope?: Partial<HtmlRenderScope>): string;
  /** Renders a textblock's inline content with its marks. */
  renderInline(node: ProseMirrorNode): string;
  /** A stored image embedded for `src`, or why it cannot be shown. */
  image(source: string): EmbeddedImage;
  /** A unique, readable `id` for a heading with this text. */
  anchor(text: string): string;
  /** A stored time (an instant with its zone) as the reader sees it, with its zone; '' for text that is no time. */
  formatDateTime(iso: string): string;
  /** The words the export writes around the text ("as of"), in the briefing's language. */
  labels: ExportLabels;
  /** Tells the user about a problem that does not stop the export, e.g. a missing image. */
  warn(message: string): void;
  /**
   * Cites these sources (ids in the briefing's source list): each gets its reference number, in the order
   * sources are first cited, and the exporter prints the numbered list at the end. Unknown ids are left out.
   */
  cite(sourceIds: readonly string[]): CitedSource[];
  /** `final` leaves unfinished parts out; `review` renders them with a visible marker (`renderUnfinishedMarker`). */
  purpose: ExportPurpose;
  /** Facts that a container hands down to the children it renders. */
  scope: HtmlRenderScope;
  /** In a review export: how comment anchors and suggestions are numbered and labelled (docs/review.md). */
  review?: ReviewMarkup;
}

/** What a review export tells the comment and suggestion marks; each answers once per thread or suggestion. */
export interface ReviewMarkup {
  /** The margin number of a thread, the first time its anchor is rendered; undefined afterwards or for an unknown thread. */
  commentNumber(threadId: string): number | undefined;
  /** Who suggested it and when ("Sam Editor, 26 Nov 2026, 09:02"), the first time it is rendered; undefined afterwards. */
  suggestionBy(id: string | number): string | undefined;
}

export interface HtmlRenderScope {
  /** The `scope` a table header cell gets: `col` in the first row, `row` elsewhere. */
  headerScope: 'col' | 'row';
}

/** Renders one node (and, through the context, its children) as HTML; `index` is its place in its parent. */
export type NodeHtmlRenderer = (node: ProseMirrorNode, context: HtmlRenderContext, index: number) => string;

/** Renders one mark as the opening and closing tags around its text. */
export type MarkHtmlRenderer = (mark: Mark, context: HtmlRenderContext) => readonly [open: string, close: string];

/**
 * A node's renderer for every export format; adding a format adds a field here and the compiler names every node.
 * PDF prints the HTML; ninjs carries the HTML body; DOCX is built from the `docx` parts in main.
 */
export interface NodeExportRenderers {
  html: NodeHtmlRenderer;
  /** CommonMark with GFM tables and strike-through. */
  markdown: NodeMarkdownRenderer;
  /** Word's paragraphs, runs and tables as plain data (`word-render-context.ts`). */
  docx: NodeWordRenderer;
}

export interface MarkExportRenderers {
  html: MarkHtmlRenderer;
  markdown: MarkMarkdownRenderer;
  docx: MarkWordRenderer;
}

/** How a node reads as plain text (search, diffs) and in the word count. */
export interface NodePlainText {
  /** What ends the node in plain text: a new line (blocks), a tab (table cells) or nothing (inline and wrappers). */
  end: 'line' | 'tab' | 'none';
  /** A leaf without text content stands for this text (a key figure's fields, a hard break's new line). */
  leaf?: {
    plain: (attrs: Record<string, unknown>) => string;
    /** The part a reader counts as words. */
    words: (attrs: Record<string, unknown>) => string;
  };
}

/** Empties a run of blocks for a structure-only template, each through its own rule. */
export type EmptyBlocks = (blocks: JSONContent[]) => JSONContent[];

/** How a node behaves in templates. */
export interface NodeTemplateRules {
  /**
   * In a structure-only template: `keep` the node as it is (headings, rules, children its parent
   * already emptied), `drop` it as the author's content (figures, quotes), or empty it with a function.
   */
  structureOnly: 'keep' | 'drop' | ((node: JSONContent, emptyBlocks: EmptyBlocks) => JSONContent);
  /** Attributes whose text may hold `{{variables}}`, filled when a briefing is made from the template. */
  variableAttributes: readonly string[];
}

/** One node type's home: its schema spec and commands, export, plain text and template rules. */
export interface BriefingNodeDefinition {
  /** The TipTap node: schema spec, parse rules (the import path) and typed commands. */
  extension: NodeExtension;
  export: NodeExportRenderers;
  plainText: NodePlainText;
  template: NodeTemplateRules;
  /**
   * Every block carries `lang` and `dir` (a passage in another language) unless it says false here:
   * only a block whose export writes no element of its own, so there is nowhere to put them.
   */
  carriesLanguage?: false;
}

/** One mark type's home: its schema spec and its export. */
export interface BriefingMarkDefinition {
  extension: MarkExtension;
  export: MarkExportRenderers;
  /** Only ever on whole blocks, never on text (a suggested change of a block's attributes); stored text with it is refused. */
  blocksOnly?: true;
}
