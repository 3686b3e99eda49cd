import type { BriefingMetadata, BriefingStatus, Classification } from './briefing-metadata';

/** How each status is named wherever it is shown or chosen. */
export const statusLabels: Record<BriefingStatus, string> = {
  draft: 'Draft',
  'in-review': 'In review',
  approved: 'Approved',
  published: 'Published',
  archived: 'Archived',
};

/** How each classification level is named wherever it is shown or chosen; a custom level prints its own label. */
export const classificationLevelLabels: Record<Classification['level'], string> = {
  public: 'Public',
  internal: 'Internal',
  confidential: 'Confidential',
  custom: 'Custom label',
};

/** How each metadata field is named on the form, in history and recovery notices and in exported headers. */
export const metadataFieldLabels: Record<keyof BriefingMetadata, string> = {
  title: 'Title',
  datelinePlace: 'Dateline',
  eventDate: 'Event date',
  eventTime: 'Event time',
  timeZone: 'Time zone',
  asOf: 'As of',
  authors: 'Authors',
  desk: 'Desk',
  tags: 'Tags',
  status: 'Status',
  classification: 'Classification',
  reportNumber: 'Report number',
  periodStart: 'Period covered: from',
  periodEnd: 'Period covered: to',
  nextUpdate: 'Next update',
  embargoUntil: 'Embargoed until',
  review: 'Comments and suggestions',
  sources: 'Sources',
  corrections: 'Corrections and updates',
  previousReportId: 'Previous report',
  unlocked: 'Unlocked for editing',
  language: 'Language',
  forcedExports: 'Exported despite the check',
};
