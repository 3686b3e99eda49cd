import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { escapeMarkdown } from '../../../text/escape-markdown';
import type { MarkdownRenderContext } from '../../markdown-render-context';
import { unfinishedMarkdown } from '../../unfinished-marker-formats';
import type { KeyFigureAttributes } from './key-figures-node';

/** Key figures as a list: "- **1.2 million** people displaced (UNHCR, as of 25 Nov 2026 …)". */
export function renderKeyFiguresMarkdown(row: ProseMirrorNode, context: MarkdownRenderContext): string {
  const items = context.renderChildren(row);
  return items ? `${items}\n` : '';
}

/** A figure without a value is left out of a final export and marked in a review export, never printed as "–". */
export function renderKeyFigureMarkdown(figure: ProseMirrorNode, context: MarkdownRenderContext): string {
  const { value, label, source, sourceId, asOf } = figure.attrs as KeyFigureAttributes;
  if (!value && (context.purpose === 'final' || !label)) return '';
  const time = asOf ? context.formatDateTime(asOf) : '';
  const [listed] = sourceId ? context.cite([sourceId]) : [];
  const sourceText = listed ? `${escapeMarkdown(listed.name)} \\[${listed.number}\\]` : escapeMarkdown(source);
  const provenance = [sourceText, time ? `${context.labels.keyFigureAsOf} ${escapeMarkdown(time)}` : '']
    .filter(Boolean)
    .join(', ');
  return (
    `- ${value ? `**${escapeMarkdown(value)}**` : unfinishedMarkdown('no value yet')} ${escapeMarkdown(label || context.labels.keyFigureWithoutLabel)}` +
    `${provenance ? ` (${provenance})` : ''}\n`
  );
}
