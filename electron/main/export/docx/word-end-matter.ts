import type { Briefing } from '../../../common/briefing/briefing';
import { correctionKindLabels } from '../../../common/briefing/corrections-log';
import type { WordBlock, WordParagraph } from '../../../common/document/word-render-context';
import type { ExportLocale } from '../../../common/language/export-locale';
import { formatIsoDateTime } from '../format-export-date';
import { sourceEntryText } from '../source-entry-text';

const paragraph = (style: WordParagraph['style'], text: string, bold = ''): WordParagraph => ({
  kind: 'paragraph',
  style,
  inlines: [
    ...(bold ? [{ kind: 'text' as const, text: bold, format: { bold: true } }] : []),
    { kind: 'text', text, format: {} },
  ],
});

/**
 * After the body, as the HTML export: every source of the list (cited ones are also footnotes where the
 * text cites them) and the corrections log, oldest first.
 */
export function wordEndMatter(briefing: Briefing, locale: ExportLocale): WordBlock[] {
  const { sources, corrections, timeZone } = briefing.metadata;
  return [
    ...(sources.length > 0
      ? [
          paragraph('heading2', 'Sources'),
          ...sources.map((source) => paragraph('body', sourceEntryText(source, timeZone, locale))),
        ]
      : []),
    ...(corrections.length > 0
      ? [
          paragraph('heading2', 'Corrections and updates'),
          ...corrections.map((entry) =>
            paragraph(
              'body',
              `, ${formatIsoDateTime(entry.at, timeZone, locale)}: ${entry.text}`,
              correctionKindLabels[entry.kind],
            ),
          ),
        ]
      : []),
  ];
}
