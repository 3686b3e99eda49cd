import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Briefing } from '../../../common/briefing/briefing';
import { renderDocumentMarkdown } from '../../../common/document/render-document-markdown';
import type { ExportMetadataField } from '../../../common/export/export-request';
import { exportLabelsFor } from '../../../common/language/export-labels';
import { directionOfLanguage } from '../../../common/language/text-direction';
import { documentForPurpose } from '../../../common/review/document-for-purpose';
import { escapeMarkdown } from '../../../common/text/escape-markdown';
import { epochMillisecondsOf } from '../../../common/time/zoned-time';
import { briefingDateline, briefingMetadataRows, piecesText } from '../briefing-metadata-rows';
import { CitationRegister } from '../citation-register';
import { classificationLabel } from '../classification-label';
import { embedAssets } from '../embed-assets';
import type { FileRenderOptions } from '../export-file-renderers';
import { exportLocaleOfBriefings, formatIsoDateTime } from '../format-export-date';
import { parseBriefingBody } from '../parse-briefing-body';
import { createReviewExport } from '../review/review-markup';
import { sourceEntryText } from '../source-entry-text';
import { renderCommentListMarkdown } from './render-comment-list-markdown';

/** A rendered Markdown file and what the user should know about it. */
export interface MarkdownExport {
  markdown: string;
  warnings: string[];
}

/** Reference definitions for long URLs (embedded images), listed once at the end of the file. */
function createReferences() {
  const labels = new Map<string, string>();
  return {
    reference: (url: string) => {
      const known = labels.get(url);
      if (known) return known;
      const label = `image-${labels.size + 1}`;
      labels.set(url, label);
      return label;
    },
    definitions: () => [...labels].map(([url, label]) => `[${label}]: ${url}`).join('\n'),
  };
}

function renderHeader(briefing: Briefing, shown: ReadonlySet<ExportMetadataField>, options: FileRenderOptions) {
  const { metadata } = briefing;
  const locale = exportLocaleOfBriefings([briefing], options.digits);
  const labels = exportLabelsFor(locale);
  const title = metadata.title.trim() || labels.untitledBriefing;
  const embargoed =
    shown.has('embargo') &&
    metadata.embargoUntil !== '' &&
    epochMillisecondsOf(metadata.embargoUntil) > options.exportedAt.getTime();
  const banner = `**${escapeMarkdown(labels.classification)}: ${escapeMarkdown(classificationLabel(metadata.classification, labels))}**${
    embargoed
      ? ` · ${escapeMarkdown(labels.embargoedUntil)} ${escapeMarkdown(formatIsoDateTime(metadata.embargoUntil, metadata.timeZone, locale))}`
      : ''
  }`;
  const dateline = briefingDateline({ briefing, shown, locale });
  const datelineText = dateline ? [dateline.place, dateline.when?.text ?? ''].filter(Boolean).join(', ') : '';
  const rows = briefingMetadataRows({
    briefing,
    shown,
    exportedAt: options.exportedAt,
    appVersion: options.appVersion,
    locale,
  })
    .map((row) => `- **${escapeMarkdown(row.label)}:** ${escapeMarkdown(piecesText(row.pieces))}`)
    .join('\n');
  return [`# ${escapeMarkdown(title)}`, banner, datelineText ? escapeMarkdown(datelineText) : '', rows]
    .filter(Boolean)
    .join('\n\n');
}

/**
 * YAML front matter with the file's language (`lang`, and `dir: rtl` for a right-to-left one), as pandoc and
 * static-site tools read it; none when the briefings are in several languages.
 */
function languageFrontMatter(briefings: readonly Briefing[]): string {
  const languages = new Set(briefings.map((briefing) => briefing.metadata.language));
  if (languages.size !== 1) return '';
  const language = [...languages][0] as string;
  const direction = directionOfLanguage(language) === 'rtl' ? 'dir: rtl\n' : '';
  return `---\nlang: ${language}\n${direction}---\n\n`;
}

/**
 * Briefings as one CommonMark file with GFM tables: per briefing a `#` title, the classification, the
 * dateline and metadata as a list, then the body, each node by its own Markdown renderer, then the numbered
 * sources its citations point to and the corrections log (and, in a review file, the comment threads). Images are
 * embedded as `data:` URLs in reference definitions at the end, so the text stays readable.
 */
export async function renderBriefingsMarkdown(
  briefings: readonly Briefing[],
  options: FileRenderOptions,
): Promise<MarkdownExport> {
  const purpose = options.purpose ?? 'final';
  const documents = briefings.map((briefing) => documentForPurpose(parseBriefingBody(briefing), purpose));
  const shown = options.shown;
  const images = await embedAssets(documents, options.resolveAsset);
  const references = createReferences();
  const warnings: string[] = [];
  const articles = briefings.map((briefing, index) => {
    const { timeZone, sources, corrections } = briefing.metadata;
    const register = new CitationRegister(sources, '');
    const document = documents[index] as ProseMirrorNode;
    const locale = exportLocaleOfBriefings([briefing], options.digits);
    const labels = exportLabelsFor(locale);
    const review =
      purpose === 'review' ? createReviewExport(document, briefing.metadata.review, timeZone, locale) : undefined;
    const body = renderDocumentMarkdown(document, {
      image: images,
      reference: references.reference,
      formatDateTime: (iso) => formatIsoDateTime(iso, timeZone, locale),
      labels,
      warn: (message) => warnings.push(message),
      cite: (sourceIds) => register.cite(sourceIds),
      purpose,
      ...(review ? { review: review.markup } : {}),
    });
    const sourceList = register
      .numberedSources()
      .map(({ number, source }) => `${number}. ${escapeMarkdown(sourceEntryText(source, timeZone, locale))}`);
    const correctionsLog = corrections.map(
      (entry) =>
        `- **${escapeMarkdown(labels.correctionKinds[entry.kind])}**, ${escapeMarkdown(formatIsoDateTime(entry.at, timeZone, locale))}: ${escapeMarkdown(entry.text)}`,
    );
    return [
      `${renderHeader(briefing, shown, options)}\n\n${body}`,
      sourceList.length > 0 ? `## ${escapeMarkdown(labels.sources)}\n\n${sourceList.join('\n')}\n` : '',
      correctionsLog.length > 0 ? `## ${escapeMarkdown(labels.corrections)}\n\n${correctionsLog.join('\n')}\n` : '',
      review ? renderCommentListMarkdown(review.threads, timeZone, locale) : '',
    ]
      .filter(Boolean)
      .join('\n');
  });
  const definitions = references.definitions();
  const markdown = `${languageFrontMatter(briefings)}${articles.join('\n---\n\n')}${definitions ? `\n${definitions}\n` : ''}`;
  return { markdown, warnings: [...new Set(warnings)] };
}
