import type { Briefing } from '../../common/briefing/briefing';
import { metadataFieldLabels, statusLabels } from '../../common/briefing/metadata-labels';
import type { ExportMetadataField } from '../../common/export/export-request';
import { escapeHtml } from '../../common/text/escape-html';
import { classificationLabel } from './classification-label';
import { formatIsoDate, formatIsoDateTime, machineDateTime } from './format-export-date';

export interface HeaderFacts {
  briefing: Briefing;
  shown: ReadonlySet<ExportMetadataField>;
  exportedAt: Date;
  appVersion: string;
  /** The id of the `h1`, for the article's aria-labelledby. */
  titleId: string;
}

function time(iso: string, text: string): string {
  return `<time datetime="${escapeHtml(machineDateTime(iso))}">${escapeHtml(text)}</time>`;
}

function metadataRows({ briefing, shown, exportedAt, appVersion }: HeaderFacts): [string, string][] {
  const { metadata } = briefing;
  const zone = metadata.timeZone;
  const rows: [string, string][] = [];
  const add = (field: ExportMetadataField, label: string, html: string | false) => {
    if (shown.has(field) && html) rows.push([label, html]);
  };
  add('authors', metadata.authors.length > 1 ? 'Authors' : 'Author', escapeHtml(metadata.authors.join(', ')));
  add('status', metadataFieldLabels.status, escapeHtml(statusLabels[metadata.status]));
  rows.push([metadataFieldLabels.classification, escapeHtml(classificationLabel(metadata.classification))]);
  add(
    'asOf',
    metadataFieldLabels.asOf,
    metadata.asOf !== '' && time(metadata.asOf, formatIsoDateTime(metadata.asOf, zone)),
  );
  add(
    'reportNumber',
    metadataFieldLabels.reportNumber,
    metadata.reportNumber !== null && `No. ${metadata.reportNumber}`,
  );
  const { periodStart, periodEnd } = metadata;
  add(
    'period',
    'Period covered',
    (periodStart || periodEnd) !== '' &&
      [periodStart, periodEnd]
        .filter(Boolean)
        .map((day) => time(day, formatIsoDate(day)))
        .join(' – '),
  );
  add(
    'nextUpdate',
    metadataFieldLabels.nextUpdate,
    metadata.nextUpdate !== '' && time(metadata.nextUpdate, formatIsoDateTime(metadata.nextUpdate, zone)),
  );
  add(
    'embargo',
    metadataFieldLabels.embargoUntil,
    metadata.embargoUntil !== '' && time(metadata.embargoUntil, formatIsoDateTime(metadata.embargoUntil, zone)),
  );
  add('desk', metadataFieldLabels.desk, escapeHtml(metadata.desk));
  add('tags', metadataFieldLabels.tags, escapeHtml(metadata.tags.join(', ')));
  add('revision', 'Revision', String(briefing.revision));
  add('exportTime', 'Exported', time(exportedAt.toISOString(), formatIsoDateTime(exportedAt.toISOString(), 'UTC')));
  add('appVersion', 'Exported with', `Briefdesk ${escapeHtml(appVersion)}`);
  return rows;
}

function dateline({ briefing, shown }: HeaderFacts): string {
  const { datelinePlace, eventDate, eventTime, timeZone } = briefing.metadata;
  if (!shown.has('dateline') || (!datelinePlace && !eventDate)) return '';
  const when = eventDate
    ? time(
        eventTime ? `${eventDate}T${eventTime.slice(0, 5)}` : eventDate,
        `${formatIsoDate(eventDate)}${eventTime ? `, ${eventTime.slice(0, 5)} (${timeZone})` : ''}`,
      )
    : '';
  const place = datelinePlace ? `<span class="dateline-place">${escapeHtml(datelinePlace)}</span>` : '';
  return `<p class="dateline">${[place, when].filter(Boolean).join(', ')}</p>`;
}

/** The visible header block: title, dateline and a definition list of the metadata the user chose to show. */
export function renderBriefingHeader(facts: HeaderFacts): string {
  const title = facts.briefing.metadata.title.trim() || 'Untitled briefing';
  const rows = metadataRows(facts)
    .map(([label, html]) => `<div><dt>${label}</dt><dd>${html}</dd></div>`)
    .join('');
  return (
    `<header class="briefing-header"><h1 id="${facts.titleId}">${escapeHtml(title)}</h1>` +
    `${dateline(facts)}<dl class="briefing-metadata">${rows}</dl></header>\n`
  );
}
