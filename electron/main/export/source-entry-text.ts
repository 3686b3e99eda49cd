import { type BriefingSource, sourceTypeLabels } from '../../common/briefing/source-list';
import { isSafeLinkUrl } from '../../common/document/marks/link/link-policy';
import type { ExportLocale } from '../../common/language/export-locale';
import { formatIsoDateTime } from './format-export-date';

/**
 * A source as plain text, as the HTML source list prints it: name or description, type, whether it is
 * named, link and when it was accessed. The private note never prints.
 */
export function sourceEntryText(source: BriefingSource, timeZone: string, locale: ExportLocale): string {
  const details = [sourceTypeLabels[source.type], source.named ? '' : 'not named'].filter(Boolean).join(', ');
  const link = isSafeLinkUrl(source.link) ? `, ${source.link.trim()}` : '';
  const accessed = source.accessedAt ? `, accessed ${formatIsoDateTime(source.accessedAt, timeZone, locale)}` : '';
  return `${source.name} (${details})${link}${accessed}`;
}
