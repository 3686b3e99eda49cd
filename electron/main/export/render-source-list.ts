import { isSafeLinkUrl } from '../../common/document/marks/link/link-policy';
import { exportLabelsFor } from '../../common/language/export-labels';
import type { ExportLocale } from '../../common/language/export-locale';
import { escapeHtml } from '../../common/text/escape-html';
import type { CitationRegister } from './citation-register';
import { formatIsoDateTime, machineDateTime } from './format-export-date';

/**
 * The briefing's sources as a numbered list after the body, each entry the target of its references:
 * name or description, type, whether it is named, link and when it was accessed. Private notes never print.
 */
export function renderSourceList(
  register: CitationRegister,
  timeZone: string,
  headingId: string,
  locale: ExportLocale,
): string {
  const labels = exportLabelsFor(locale);
  const entries = register.numberedSources().map(({ number, source }) => {
    const details = [labels.sourceTypes[source.type], source.named ? '' : labels.sourceNotNamed]
      .filter(Boolean)
      .join(', ');
    const link = isSafeLinkUrl(source.link)
      ? `, <a href="${escapeHtml(source.link.trim())}" rel="noopener noreferrer nofollow">${escapeHtml(source.link.trim())}</a>`
      : '';
    const accessed = source.accessedAt
      ? `, ${escapeHtml(labels.sourceAccessed)} <time datetime="${escapeHtml(machineDateTime(source.accessedAt))}">${escapeHtml(formatIsoDateTime(source.accessedAt, timeZone, locale))}</time>`
      : '';
    return (
      `<li id="${register.anchorOf(number)}"><span class="source-name">${escapeHtml(source.name)}</span> ` +
      `(${escapeHtml(details)})${link}${accessed}</li>`
    );
  });
  if (entries.length === 0) return '';
  return (
    `<section class="source-list" aria-labelledby="${headingId}"><h2 id="${headingId}">${escapeHtml(labels.sources)}</h2>\n` +
    `<ol>\n${entries.join('\n')}\n</ol></section>\n`
  );
}
