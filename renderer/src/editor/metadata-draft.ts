import {
  type BriefingMetadata,
  type BriefingStatus,
  briefingMetadataSchema,
} from '../../../electron/common/briefing/briefing-metadata';
import { periodCoveredProblem } from '../../../electron/common/briefing/period-covered';
import { parseTypedDateTime } from '../../../electron/common/time/parse-typed-date-time';
import { isKnownTimeZone, wallClockOf, zonedFromWallClock } from '../../../electron/common/time/zoned-time';

/** The metadata form as the user types it: every field a string, times as wall clocks in the briefing's zone. */
export interface MetadataDraft {
  title: string;
  datelinePlace: string;
  eventDate: string;
  eventTime: string;
  timeZone: string;
  /** The last known zone `timeZone` named: the zone the wall clocks below are written in, while a new name is typed. */
  wallClockZone: string;
  asOf: string;
  authors: string;
  desk: string;
  tags: string;
  status: BriefingStatus;
  classificationLevel: BriefingMetadata['classification']['level'];
  customLabel: string;
  reportNumber: string;
  periodStart: string;
  periodEnd: string;
  nextUpdate: string;
  embargoUntil: string;
  language: string;
}

export type MetadataCheck = { ok: true; metadata: BriefingMetadata } | { ok: false; field: string; message: string };

const splitList = (text: string) =>
  text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);

export function draftFromMetadata(metadata: BriefingMetadata): MetadataDraft {
  const zone = isKnownTimeZone(metadata.timeZone) ? metadata.timeZone : 'UTC';
  return {
    title: metadata.title,
    datelinePlace: metadata.datelinePlace,
    eventDate: metadata.eventDate,
    eventTime: metadata.eventTime,
    timeZone: metadata.timeZone,
    wallClockZone: zone,
    asOf: wallClockOf(metadata.asOf, zone),
    authors: metadata.authors.join(', '),
    desk: metadata.desk,
    tags: metadata.tags.join(', '),
    status: metadata.status,
    classificationLevel: metadata.classification.level,
    customLabel: metadata.classification.customLabel,
    reportNumber: metadata.reportNumber === null ? '' : String(metadata.reportNumber),
    periodStart: metadata.periodStart,
    periodEnd: metadata.periodEnd,
    nextUpdate: wallClockOf(metadata.nextUpdate, zone),
    embargoUntil: wallClockOf(metadata.embargoUntil, zone),
    language: metadata.language,
  };
}

const wallClockFields = ['asOf', 'nextUpdate', 'embargoUntil'] as const;

/** A wall clock in `from` shown in `to`, the instant kept; unchanged when it is not a complete wall clock. */
function moveWallClock(wallClock: string, from: string, to: string): string {
  const zoned = zonedFromWallClock(wallClock, from);
  return zoned === undefined ? wallClock : wallClockOf(zoned, to);
}

/**
 * The draft after the user changed `change`. A new, known time zone keeps every
 * time's instant and shows its wall clock in the new zone (the event's day and
 * time included); the period covered stays on its calendar days.
 */
export function changeDraft(draft: MetadataDraft, change: Partial<MetadataDraft>): MetadataDraft {
  const next = { ...draft, ...change };
  const from = draft.wallClockZone;
  const to = next.timeZone.trim();
  if (to === from || !isKnownTimeZone(to)) return next;
  next.wallClockZone = to;
  for (const field of wallClockFields) next[field] = moveWallClock(next[field], from, to);
  if (next.eventDate && next.eventTime) {
    const event = moveWallClock(`${next.eventDate}T${next.eventTime.slice(0, 5)}`, from, to);
    [next.eventDate, next.eventTime] = [event.slice(0, 10), event.slice(11, 16)];
  }
  return next;
}

function readWallClock(
  draft: MetadataDraft,
  field: (typeof wallClockFields)[number],
  timeZone: string,
): { ok: true; value: string } | { ok: false; field: string; message: string } {
  const typed = parseTypedDateTime(draft[field], timeZone);
  return typed.ok ? typed : { ok: false, field, message: typed.message };
}

/** Checks the form with the shared metadata schema; the first problem is named with its field. */
export function metadataFromDraft(draft: MetadataDraft): MetadataCheck {
  // An empty zone is refused, not read as UTC: the times on the form are wall clocks in the last zone named.
  const timeZone = draft.timeZone.trim();
  if (!isKnownTimeZone(timeZone)) {
    return { ok: false, field: 'timeZone', message: 'The time zone must be an IANA name such as Europe/Kyiv.' };
  }
  const reportNumber = draft.reportNumber.trim();
  if (reportNumber !== '' && !/^\d{1,7}$/.test(reportNumber)) {
    return { ok: false, field: 'reportNumber', message: 'The report number must be a whole number.' };
  }
  const periodProblem = periodCoveredProblem(draft);
  if (periodProblem) return { ok: false, field: 'periodEnd', message: periodProblem };
  const times: Partial<Record<(typeof wallClockFields)[number], string>> = {};
  for (const field of wallClockFields) {
    const read = readWallClock(draft, field, timeZone);
    if (!read.ok) return read;
    times[field] = read.value;
  }
  const parsed = briefingMetadataSchema.safeParse({
    title: draft.title,
    datelinePlace: draft.datelinePlace,
    eventDate: draft.eventDate,
    eventTime: draft.eventTime,
    timeZone,
    asOf: times.asOf,
    authors: splitList(draft.authors),
    desk: draft.desk,
    tags: splitList(draft.tags),
    status: draft.status,
    classification: { level: draft.classificationLevel, customLabel: draft.customLabel },
    reportNumber: reportNumber === '' ? null : Number(reportNumber),
    periodStart: draft.periodStart,
    periodEnd: draft.periodEnd,
    nextUpdate: times.nextUpdate,
    embargoUntil: times.embargoUntil,
    language: draft.language.trim(),
  });
  if (parsed.success) return { ok: true, metadata: parsed.data };
  const issue = parsed.error.issues[0];
  const field = String(issue?.path[0] ?? '');
  return {
    ok: false,
    field: field === 'classification' ? 'customLabel' : field,
    message: issue?.message ?? 'This field is not valid.',
  };
}

/** An explicit status change the header offers from a given status. */
export interface StatusAction {
  label: string;
  to: BriefingStatus;
}

const statusActions: Record<BriefingStatus, StatusAction[]> = {
  draft: [{ label: 'Submit for review', to: 'in-review' }],
  'in-review': [
    { label: 'Approve', to: 'approved' },
    { label: 'Back to draft', to: 'draft' },
  ],
  approved: [
    { label: 'Publish', to: 'published' },
    { label: 'Back to draft', to: 'draft' },
  ],
  published: [
    { label: 'Archive', to: 'archived' },
    { label: 'Back to draft', to: 'draft' },
  ],
  archived: [{ label: 'Back to draft', to: 'draft' }],
};

/** The status changes offered from `status`, in the order the header shows them. */
export function statusActionsFrom(status: BriefingStatus): StatusAction[] {
  return statusActions[status];
}
