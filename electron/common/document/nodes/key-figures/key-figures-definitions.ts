import type { JSONContent } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { escapeHtml } from '../../../text/escape-html';
import { offsetDateTimeOf } from '../../../time/zoned-time';
import type { BriefingNodeDefinition, HtmlRenderContext } from '../../briefing-node-definition';
import { renderUnfinishedMarker } from '../../unfinished-marker';
import { renderKeyFigureMarkdown, renderKeyFiguresMarkdown } from './key-figures-markdown';
import { type KeyFigureAttributes, KeyFigureNode, KeyFiguresNode, keyFigureFields } from './key-figures-node';
import { renderKeyFiguresWord, renderKeyFigureWord } from './key-figures-word';

/** A figure without a value is left out of a final export and marked in a review export, never printed as "–". */
function renderKeyFigureHtml(figure: ProseMirrorNode, context: HtmlRenderContext): string {
  const { value, label, source, sourceId, asOf } = figure.attrs as KeyFigureAttributes;
  if (!value && (context.purpose === 'final' || !label)) return '';
  const time = asOf ? context.formatDateTime(asOf) : undefined;
  const [listed] = sourceId ? context.cite([sourceId]) : [];
  const reference = listed ? `<sup class="citation-ref"><a href="#${listed.anchor}">[${listed.number}]</a></sup>` : '';
  const sourceName = listed?.name ?? source;
  const provenance = [
    sourceName ? `<span class="key-figure-source">${escapeHtml(sourceName)}</span>${reference}` : '',
    time
      ? `${escapeHtml(context.labels.keyFigureAsOf)} <time datetime="${escapeHtml(offsetDateTimeOf(asOf))}">${escapeHtml(time)}</time>`
      : '',
  ].filter(Boolean);
  return (
    // The data-* attributes are the schema's own parse rule, so an import gets the figure back exactly.
    `<div class="key-figure" data-key-figure="" data-value="${escapeHtml(value)}" data-label="${escapeHtml(label)}" ` +
    `data-source="${escapeHtml(source)}" data-source-id="${escapeHtml(sourceId)}" data-asof="${escapeHtml(asOf)}"><dt>${escapeHtml(label || context.labels.keyFigureWithoutLabel)}</dt>` +
    (value ? `<dd class="key-figure-value">${escapeHtml(value)}</dd>` : renderUnfinishedMarker('no value yet', 'dd')) +
    (provenance.length > 0 ? `<dd class="key-figure-provenance">${provenance.join(', ')}</dd>` : '') +
    '</div>'
  );
}

function renderKeyFiguresHtml(row: ProseMirrorNode, context: HtmlRenderContext): string {
  const items = context.renderChildren(row);
  return items ? `<dl class="key-figures">${items}</dl>\n` : '';
}

/** A structure-only template keeps each figure's label and asks for the rest. */
function emptyKeyFigures(row: JSONContent): JSONContent {
  return {
    type: 'keyFigures',
    content: (row.content ?? []).map((figure) => ({
      type: 'keyFigure',
      attrs: { value: '', label: String(figure.attrs?.label ?? ''), source: '', asOf: '' },
    })),
  };
}

const text = (attrs: Record<string, unknown>, fields: readonly (keyof KeyFigureAttributes)[]) =>
  fields
    .map((field) => attrs[field])
    .filter((value) => typeof value === 'string' && value !== '')
    .join(' ');

export const keyFiguresDefinition: BriefingNodeDefinition = {
  extension: KeyFiguresNode,
  export: { html: renderKeyFiguresHtml, markdown: renderKeyFiguresMarkdown, docx: renderKeyFiguresWord },
  plainText: { end: 'none' },
  template: { structureOnly: emptyKeyFigures, variableAttributes: [] },
};

/** A key figure reads as "42 drone strikes Air Force"; a reader counts its value and label as words. */
export const keyFigureDefinition: BriefingNodeDefinition = {
  extension: KeyFigureNode,
  export: { html: renderKeyFigureHtml, markdown: renderKeyFigureMarkdown, docx: renderKeyFigureWord },
  plainText: {
    end: 'line',
    leaf: {
      plain: (attrs) => text(attrs, ['value', 'label', 'source']),
      words: (attrs) => text(attrs, ['value', 'label']),
    },
  },
  // "As of" is a stored time, never template text.
  template: { structureOnly: 'keep', variableAttributes: keyFigureFields.filter((field) => field !== 'asOf') },
};
