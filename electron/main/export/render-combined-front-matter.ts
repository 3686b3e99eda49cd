import type { Briefing } from '../../common/briefing/briefing';
import type { ExportMetadataField } from '../../common/export/export-request';
import { type ExportLabels, exportLabelsFor, pluralLabel } from '../../common/language/export-labels';
import type { ExportDigits, ExportLocale } from '../../common/language/export-locale';
import { escapeHtml } from '../../common/text/escape-html';
import { classificationLabel } from './classification-label';
import { exportLocaleOfBriefings, formatExportNumber, formatIsoDate } from './format-export-date';

export interface FrontMatter {
  title: string;
  /** The most restrictive classifications of the briefings in the file. */
  classification: string;
  exportedAt: Date;
  shown: ReadonlySet<ExportMetadataField>;
  /** The page each briefing starts on, once a first print has shown it; absent in HTML and in that first print. */
  startPages?: ReadonlyMap<string, number> | undefined;
  /** The locale the cover is dated in: the briefings' shared language. */
  locale: ExportLocale;
  /** The user's digits, for each report's own date in its own language. */
  digits: ExportDigits | undefined;
}

const titleOf = (briefing: Briefing, labels: ExportLabels) => briefing.metadata.title.trim() || labels.untitledBriefing;

/**
 * What the cover says about one report: where and when (its date in its own language), its status and
 * classification (in the cover's).
 */
function reportFacts(
  briefing: Briefing,
  shown: ReadonlySet<ExportMetadataField>,
  digits: ExportDigits | undefined,
  labels: ExportLabels,
): string {
  const { datelinePlace, eventDate, status, classification } = briefing.metadata;
  const facts = [
    shown.has('dateline')
      ? [datelinePlace, eventDate ? formatIsoDate(eventDate, exportLocaleOfBriefings([briefing], digits)) : '']
          .filter(Boolean)
          .join(', ')
      : '',
    shown.has('status') ? labels.statuses[status] : '',
    classificationLabel(classification, labels),
  ].filter(Boolean);
  return facts.map(escapeHtml).join(' · ');
}

/** The cover page: title, export date, classification and the list of reports in the file. */
export function renderCover(briefings: readonly Briefing[], front: FrontMatter): string {
  const day = front.exportedAt.toISOString().slice(0, 10);
  const labels = exportLabelsFor(front.locale);
  const reports = briefings
    .map(
      (briefing) =>
        `<li><span class="cover-report-title">${escapeHtml(titleOf(briefing, labels))}</span>` +
        `<span class="cover-report-facts">${reportFacts(briefing, front.shown, front.digits, labels)}</span></li>`,
    )
    .join('\n');
  const count = pluralLabel(labels.reportsInFile, briefings.length, front.locale);
  return (
    '<section class="cover" aria-labelledby="cover-title">\n' +
    `<p class="cover-kicker">${escapeHtml(labels.coverKicker)}</p>\n` +
    `<h1 id="cover-title">${escapeHtml(front.title)}</h1>\n` +
    `<p class="cover-date"><time datetime="${day}">${escapeHtml(formatIsoDate(day, front.locale))}</time></p>\n` +
    `<p class="cover-classification">${escapeHtml(labels.classification)}: ${escapeHtml(front.classification)}</p>\n` +
    `<p class="cover-reports-title" id="cover-reports-title">${escapeHtml(count)}</p>\n` +
    `<ol class="cover-reports" aria-labelledby="cover-reports-title">\n${reports}\n</ol>\n</section>\n`
  );
}

/**
 * The contents page: one link per report with the page it starts on. The number sits in a column of
 * fixed width, so the page laid out with numbers breaks exactly like the first print without them.
 */
export function renderContents(briefings: readonly Briefing[], front: FrontMatter): string {
  const labels = exportLabelsFor(front.locale);
  const entries = briefings
    .map((briefing) => {
      const status = front.shown.has('status')
        ? ` <span class="contents-status">(${escapeHtml(labels.statuses[briefing.metadata.status])})</span>`
        : '';
      const page = front.startPages?.get(briefing.id);
      const number =
        page === undefined ? '' : `<span class="contents-page">${formatExportNumber(page, front.locale)}</span>`;
      return (
        `<li><a href="#briefing-${escapeHtml(briefing.id)}"><span class="contents-entry">` +
        `<span class="contents-title">${escapeHtml(titleOf(briefing, labels))}</span>${status}</span>` +
        `<span class="contents-leader" aria-hidden="true"></span>${number || '<span class="contents-page"></span>'}</a></li>`
      );
    })
    .join('\n');
  return `<nav class="contents" aria-labelledby="contents-title"><h2 id="contents-title">${escapeHtml(labels.contents)}</h2><ol>\n${entries}\n</ol></nav>\n`;
}
