import type { Briefing } from '../../common/briefing/briefing';
import type { ExportMetadataField } from '../../common/export/export-request';
import { exportLabelsFor, fillLabel } from '../../common/language/export-labels';
import type { ExportLocale } from '../../common/language/export-locale';
import { classificationLabel } from './classification-label';
import { formatExportNumber, formatIsoDate, formatIsoDateTime, formatWallClockTime } from './format-export-date';

/** A run of metadata text; a time also carries the stored value, for `<time datetime>` or a machine field. */
export interface MetadataPiece {
  text: string;
  time?: string;
}

export interface MetadataRow {
  label: string;
  pieces: MetadataPiece[];
}

export interface MetadataFacts {
  briefing: Briefing;
  shown: ReadonlySet<ExportMetadataField>;
  exportedAt: Date;
  appVersion: string;
  /** The briefing's language and the user's digits, for every date and number written. */
  locale: ExportLocale;
}

/** The metadata an export shows, in order, as text every format renders its own way; hidden fields left out. */
export function briefingMetadataRows({
  briefing,
  shown,
  exportedAt,
  appVersion,
  locale,
}: MetadataFacts): MetadataRow[] {
  const { metadata } = briefing;
  const zone = metadata.timeZone;
  const labels = exportLabelsFor(locale);
  const rows: MetadataRow[] = [];
  const add = (field: ExportMetadataField, label: string, pieces: MetadataPiece[] | false) => {
    if (shown.has(field) && pieces !== false && pieces.some((piece) => piece.text !== '')) rows.push({ label, pieces });
  };
  const time = (iso: string, text: string): MetadataPiece[] => [{ text, time: iso }];
  add('authors', metadata.authors.length > 1 ? labels.authors : labels.author, [{ text: metadata.authors.join(', ') }]);
  add('status', labels.status, [{ text: labels.statuses[metadata.status] }]);
  rows.push({
    label: labels.classification,
    pieces: [{ text: classificationLabel(metadata.classification, labels) }],
  });
  add('asOf', labels.asOf, metadata.asOf !== '' && time(metadata.asOf, formatIsoDateTime(metadata.asOf, zone, locale)));
  add(
    'reportNumber',
    labels.reportNumber,
    metadata.reportNumber !== null && [
      { text: fillLabel(labels.reportNumberValue, { n: formatExportNumber(metadata.reportNumber, locale) }) },
    ],
  );
  const days = [metadata.periodStart, metadata.periodEnd].filter(Boolean);
  add(
    'period',
    labels.periodCovered,
    days.flatMap((day, index) => [...(index > 0 ? [{ text: ' – ' }] : []), ...time(day, formatIsoDate(day, locale))]),
  );
  add(
    'nextUpdate',
    labels.nextUpdate,
    metadata.nextUpdate !== '' && time(metadata.nextUpdate, formatIsoDateTime(metadata.nextUpdate, zone, locale)),
  );
  add(
    'embargo',
    labels.embargoedUntil,
    metadata.embargoUntil !== '' && time(metadata.embargoUntil, formatIsoDateTime(metadata.embargoUntil, zone, locale)),
  );
  add('desk', labels.desk, [{ text: metadata.desk }]);
  add('tags', labels.tags, [{ text: metadata.tags.join(', ') }]);
  add('revision', labels.revision, [{ text: formatExportNumber(briefing.revision, locale) }]);
  const exported = exportedAt.toISOString();
  add('exportTime', labels.exported, time(exported, formatIsoDateTime(exported, 'UTC', locale)));
  add('appVersion', labels.exportedWith, [{ text: `Briefdesk ${appVersion}` }]);
  return rows;
}

/** "Kharkiv, 26 November 2026, 09:15 (Europe/Kyiv)": place and event time, or nothing when hidden or empty. */
export function briefingDateline({ briefing, shown, locale }: Pick<MetadataFacts, 'briefing' | 'shown' | 'locale'>): {
  place: string;
  when?: MetadataPiece;
} | null {
  const { datelinePlace, eventDate, eventTime, timeZone } = briefing.metadata;
  if (!shown.has('dateline') || (!datelinePlace && !eventDate)) return null;
  const when = eventDate
    ? {
        time: eventTime ? `${eventDate}T${eventTime.slice(0, 5)}` : eventDate,
        text: `${formatIsoDate(eventDate, locale)}${eventTime ? `, ${formatWallClockTime(eventTime, locale)} (${timeZone})` : ''}`,
      }
    : undefined;
  return { place: datelinePlace, ...(when ? { when } : {}) };
}

/** Metadata pieces as plain text. */
export const piecesText = (pieces: readonly MetadataPiece[]) => pieces.map((piece) => piece.text).join('');
