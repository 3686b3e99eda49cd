import type { CorrectionEntry } from '../../common/briefing/corrections-log';
import { exportLabelsFor } from '../../common/language/export-labels';
import type { ExportLocale } from '../../common/language/export-locale';
import { escapeHtml } from '../../common/text/escape-html';
import { offsetDateTimeOf } from '../../common/time/zoned-time';
import { formatIsoDateTime, machineDateTime } from './format-export-date';

/** The corrections log after the body and the sources, oldest entry first, each with its kind and time. */
export function renderCorrectionsLog(
  corrections: readonly CorrectionEntry[],
  timeZone: string,
  headingId: string,
  locale: ExportLocale,
): string {
  if (corrections.length === 0) return '';
  const labels = exportLabelsFor(locale);
  const entries = corrections.map(
    (entry) =>
      `<li><strong>${escapeHtml(labels.correctionKinds[entry.kind])}</strong>, ` +
      `<time datetime="${escapeHtml(machineDateTime(entry.at))}">${escapeHtml(formatIsoDateTime(entry.at, timeZone, locale))}</time>: ` +
      `${escapeHtml(entry.text)}</li>`,
  );
  return (
    `<section class="corrections-log" aria-labelledby="${headingId}"><h2 id="${headingId}">${escapeHtml(labels.corrections)}</h2>\n` +
    `<ol>\n${entries.join('\n')}\n</ol></section>\n`
  );
}

/** The corrections log as machine-readable JSON for the HTML's `<meta name="briefdesk-corrections">`. */
export function correctionsLogJson(corrections: readonly CorrectionEntry[]): string {
  return JSON.stringify(
    corrections.map((entry) => ({ kind: entry.kind, at: offsetDateTimeOf(entry.at), text: entry.text })),
  );
}
