import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { unfinishedWordParagraph } from '../../unfinished-marker-formats';
import type { WordPart, WordRenderContext } from '../../word-render-context';
import { partsOfKind } from '../../word-render-context';
import type { KeyFigureAttributes } from './key-figures-node';

/** Key figures side by side in one row of a borderless table. */
export function renderKeyFiguresWord(row: ProseMirrorNode, context: WordRenderContext): WordPart[] {
  const cells = partsOfKind(context.renderChildren(row), 'cell');
  return cells.length > 0 ? [{ kind: 'table', rows: [{ kind: 'row', cells }], layout: 'keyFigures' }] : [];
}

/**
 * One figure: its value large, its label below; where it comes from is the label's footnote. A figure
 * without a value is left out of a final export and marked in a review export, never printed as "–".
 */
export function renderKeyFigureWord(figure: ProseMirrorNode, context: WordRenderContext): WordPart[] {
  const { value, label, source, sourceId, asOf } = figure.attrs as KeyFigureAttributes;
  if (!value && (context.purpose === 'final' || !label)) return [];
  const time = asOf ? context.formatDateTime(asOf) : '';
  const listed = sourceId ? context.sourceNote([sourceId]) : '';
  const provenance = [listed || source, time ? `${context.labels.keyFigureAsOf} ${time}` : '']
    .filter(Boolean)
    .join(', ');
  return [
    {
      kind: 'cell',
      header: false,
      columnSpan: 1,
      rowSpan: 1,
      blocks: [
        value
          ? { kind: 'paragraph', style: 'keyFigureValue', inlines: [{ kind: 'text', text: value, format: {} }] }
          : unfinishedWordParagraph('no value yet'),
        {
          kind: 'paragraph',
          style: 'keyFigureLabel',
          inlines: [
            {
              kind: 'text',
              text: label || context.labels.keyFigureWithoutLabel,
              format: provenance ? { footnote: `${provenance}.` } : {},
            },
          ],
        },
      ],
    },
  ];
}
