import type { Briefing } from '../../../common/briefing/briefing';
import type { WordBlock, WordParagraph } from '../../../common/document/word-render-context';
import { exportLabelsFor } from '../../../common/language/export-labels';
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
  const labels = exportLabelsFor(locale);
  return [
    ...(sources.length > 0
      ? [
          paragraph('heading2', labels.sources),
          ...sources.map((source) => paragraph('body', sourceEntryText(source, timeZone, locale))),
        ]
      : []),
    ...(corrections.length > 0
      ? [
          paragraph('heading2', labels.corrections),
          ...corrections.map((entry) =>
            paragraph(
              'body',
              `, ${formatIsoDateTime(entry.at, timeZone, locale)}: ${entry.text}`,
              labels.correctionKinds[entry.kind],
            ),
          ),
        ]
      : []),
  ];
}
