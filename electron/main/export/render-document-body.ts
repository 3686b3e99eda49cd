import type { Mark, Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { KeyFigureAttributes } from '../../common/document/key-figures-node';
import { isSafeLinkUrl } from '../../common/document/link-policy';
import { escapeHtml } from './escape-html';
import { formatIsoDateTime } from './format-export-date';
import { type HeadingAnchors, headingAnchor } from './heading-anchors';

/** An embedded image ready for `src`, or why it cannot be shown. */
export type EmbeddedImage = { dataUrl: string } | { problem: 'missing' | 'damaged' };
export type ImageLookup = (source: string) => EmbeddedImage;

export interface BodyRenderContext {
  images: ImageLookup;
  anchors: HeadingAnchors;
  timeZone: string;
  /** Problems worth telling the user, e.g. a missing image file. */
  warnings: string[];
}

function markTags(mark: Mark): [string, string] {
  switch (mark.type.name) {
    case 'bold':
      return ['<strong>', '</strong>'];
    case 'italic':
      return ['<em>', '</em>'];
    case 'underline':
      return ['<u>', '</u>'];
    case 'strike':
      return ['<s>', '</s>'];
    case 'link': {
      const href = String(mark.attrs.href ?? '');
      if (!isSafeLinkUrl(href)) return ['', ''];
      return [`<a href="${escapeHtml(href.trim())}" rel="noopener noreferrer nofollow">`, '</a>'];
    }
    default:
      return ['', ''];
  }
}

/** Inline content with marks nested the way ProseMirror's DOMSerializer nests them (a link spans its text runs). */
function renderInline(parent: ProseMirrorNode): string {
  let html = '';
  const open: Mark[] = [];
  const closeFrom = (depth: number) => {
    while (open.length > depth) {
      const mark = open.pop() as Mark;
      html += markTags(mark)[1];
    }
  };
  parent.forEach((child) => {
    const marks = child.marks;
    let keep = 0;
    while (keep < open.length && keep < marks.length && (open[keep] as Mark).eq(marks[keep] as Mark)) keep += 1;
    closeFrom(keep);
    for (const mark of marks.slice(keep)) {
      html += markTags(mark)[0];
      open.push(mark);
    }
    if (child.isText) html += escapeHtml(child.text ?? '');
    else if (child.type.name === 'hardBreak') html += '<br>';
  });
  closeFrom(0);
  return html;
}

function renderChildren(node: ProseMirrorNode, context: BodyRenderContext): string {
  let html = '';
  node.forEach((child) => {
    html += renderBlock(child, context);
  });
  return html;
}

function renderHeading(node: ProseMirrorNode, context: BodyRenderContext, id?: string): string {
  if (node.textContent.trim() === '') return '';
  const level = Math.min(4, Math.max(2, Number(node.attrs.level) || 2));
  const anchor = id ?? headingAnchor(context.anchors, node.textContent);
  return `<h${level} id="${anchor}">${renderInline(node)}</h${level}>\n`;
}

function renderSection(node: ProseMirrorNode, context: BodyRenderContext): string {
  const heading = node.firstChild;
  const hasTitle = heading?.type.name === 'heading' && heading.textContent.trim() !== '';
  const id = hasTitle && heading ? headingAnchor(context.anchors, heading.textContent) : undefined;
  const kind = escapeHtml(String(node.attrs.kind ?? 'custom'));
  const labelled = id ? ` aria-labelledby="${id}"` : '';
  let inner = '';
  node.forEach((child, _offset, index) => {
    inner +=
      index === 0 && child.type.name === 'heading' ? renderHeading(child, context, id) : renderBlock(child, context);
  });
  return `<section class="briefing-section" data-section-kind="${kind}"${labelled}>\n${inner}</section>\n`;
}

function renderTable(node: ProseMirrorNode, context: BodyRenderContext): string {
  const rows: string[] = [];
  let headRow = '';
  node.forEach((row, _offset, rowIndex) => {
    let allHeaders = true;
    let cells = '';
    row.forEach((cell) => {
      const isHeader = cell.type.name === 'tableHeader';
      allHeaders &&= isHeader;
      const span = ['colspan', 'rowspan']
        .filter((name) => Number(cell.attrs[name]) > 1)
        .map((name) => ` ${name}="${Number(cell.attrs[name])}"`)
        .join('');
      const content = renderSingleParagraphInline(cell, context);
      if (isHeader) cells += `<th scope="${rowIndex === 0 ? 'col' : 'row'}"${span}>${content}</th>`;
      else cells += `<td${span}>${content}</td>`;
    });
    if (rowIndex === 0 && allHeaders) headRow = `<thead><tr>${cells}</tr></thead>`;
    else rows.push(`<tr>${cells}</tr>`);
  });
  return `<div class="table-frame"><table>${headRow}<tbody>${rows.join('\n')}</tbody></table></div>\n`;
}

function renderFigure(node: ProseMirrorNode, context: BodyRenderContext): string {
  const source = node.attrs.src as string | null;
  const alt = escapeHtml(String(node.attrs.alt ?? ''));
  const caption = node.child(0);
  const credit = node.child(1);
  let image = '';
  if (source) {
    const embedded = context.images(source);
    if ('dataUrl' in embedded) image = `<img src="${embedded.dataUrl}" alt="${alt}">`;
    else {
      context.warnings.push(
        embedded.problem === 'damaged'
          ? `An image file in the data folder is damaged (${source}); its figure is exported without it. Insert the image again to replace it.`
          : `An image file is missing from the data folder (${source}); its figure is exported without it.`,
      );
      image = `<p class="figure-missing">Image not available${alt ? `: ${alt}` : ''}</p>`;
    }
  }
  const captionHtml = caption.textContent.trim() ? renderInline(caption) : '';
  const creditHtml = credit.textContent.trim()
    ? `<span class="figure-credit">${escapeHtml(credit.textContent)}</span>`
    : '';
  // Caption text sits directly in the figcaption and the credit in a span after it: the schema's parse rules read that back as caption + credit.
  const figcaption =
    captionHtml || creditHtml
      ? `<figcaption class="figure-caption">${[captionHtml, creditHtml].filter(Boolean).join(' ')}</figcaption>`
      : '';
  if (!image && !figcaption) return '';
  return `<figure class="briefing-figure">${image}${figcaption}</figure>\n`;
}

function renderKeyFigures(node: ProseMirrorNode, context: BodyRenderContext): string {
  let items = '';
  node.forEach((child) => {
    const { value, label, source, asOf } = child.attrs as KeyFigureAttributes;
    if (!value && !label) return;
    const time = asOf ? formatIsoDateTime(asOf, context.timeZone) : undefined;
    const provenance = [
      source ? `<span class="key-figure-source">${escapeHtml(source)}</span>` : '',
      time ? `as of <time datetime="${escapeHtml(asOf)}">${escapeHtml(time)}</time>` : '',
    ].filter(Boolean);
    items +=
      // The data-* attributes are the schema's own parse rule, so an import gets the figure back exactly.
      `<div class="key-figure" data-key-figure="" data-value="${escapeHtml(value)}" data-label="${escapeHtml(label)}" ` +
      `data-source="${escapeHtml(source)}" data-asof="${escapeHtml(asOf)}"><dt>${escapeHtml(label || 'Figure')}</dt>` +
      `<dd class="key-figure-value">${escapeHtml(value || '–')}</dd>` +
      (provenance.length > 0 ? `<dd class="key-figure-provenance">${provenance.join(', ')}</dd>` : '') +
      '</div>';
  });
  return items ? `<dl class="key-figures">${items}</dl>\n` : '';
}

function renderBlock(node: ProseMirrorNode, context: BodyRenderContext): string {
  switch (node.type.name) {
    case 'section':
      return renderSection(node, context);
    case 'heading':
      return renderHeading(node, context);
    case 'paragraph':
      return node.textContent.trim() === '' && node.childCount === 0 ? '' : `<p>${renderInline(node)}</p>\n`;
    case 'bulletList':
      return `<ul>\n${renderChildren(node, context)}</ul>\n`;
    case 'orderedList': {
      const start = Number(node.attrs.start ?? 1);
      return `<ol${start !== 1 ? ` start="${start}"` : ''}>\n${renderChildren(node, context)}</ol>\n`;
    }
    case 'listItem':
      return `<li>${renderSingleParagraphInline(node, context)}</li>\n`;
    case 'blockquote':
      return `<blockquote>\n${renderChildren(node, context)}</blockquote>\n`;
    case 'horizontalRule':
      return '<hr>\n';
    case 'table':
      return renderTable(node, context);
    case 'figure':
      return renderFigure(node, context);
    case 'keyFigures':
      return renderKeyFigures(node, context);
    default:
      return node.isTextblock ? `<p>${renderInline(node)}</p>\n` : renderChildren(node, context);
  }
}

/** A list item or table cell holding one paragraph renders without the `<p>`, as tight lists and tables do. */
function renderSingleParagraphInline(node: ProseMirrorNode, context: BodyRenderContext): string {
  if (node.childCount === 1 && node.firstChild?.type.name === 'paragraph') return renderInline(node.firstChild);
  return renderChildren(node, context).trimEnd();
}

/** The briefing body as semantic HTML: every node of the shared schema, every text escaped. */
export function renderDocumentBody(document: ProseMirrorNode, context: BodyRenderContext): string {
  return renderChildren(document, context);
}
