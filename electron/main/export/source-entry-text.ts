import type { BriefingSource } from '../../common/briefing/source-list';
import { isSafeLinkUrl } from '../../common/document/marks/link/link-policy';
import { exportLabelsFor } from '../../common/language/export-labels';
import type { ExportLocale } from '../../common/language/export-locale';
import { formatIsoDateTime } from './format-export-date';

/**
 * A source as plain text, as the HTML source list prints it: name or description, type, whether it is
 * named, link and when it was accessed. The private note never prints.
 */
export function sourceEntryText(source: BriefingSource, timeZone: string, locale: ExportLocale): string {
  const labels = exportLabelsFor(locale);
  const details = [labels.sourceTypes[source.type], source.named ? '' : labels.sourceNotNamed]
    .filter(Boolean)
    .join(', ');
  const link = isSafeLinkUrl(source.link) ? `, ${source.link.trim()}` : '';
  const accessed = source.accessedAt
    ? `, ${labels.sourceAccessed} ${formatIsoDateTime(source.accessedAt, timeZone, locale)}`
    : '';
  return `${source.name} (${details})${link}${accessed}`;
}
