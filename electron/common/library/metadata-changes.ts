import { type BriefingMetadata, type BriefingStatus, classificationSchema } from '../briefing/briefing-metadata';
import { metadataFieldLabels, statusLabels } from '../briefing/metadata-labels';
import { describeReview } from '../review/describe-review';
import { briefingReviewSchema } from '../review/review-records';
import { isZonedDateTimeText, timeZoneOf, wallClockOf } from '../time/zoned-time';

export type MetadataField = keyof BriefingMetadata;

/** One metadata field that differs between two versions of a briefing, described for a person. */
export interface MetadataChange {
  field: MetadataField;
  label: string;
  /** The value now, as a reader sees it ("none" when empty). */
  current: string;
  /** The value the other version would bring. */
  other: string;
}

function describeValue(field: MetadataField, value: unknown): string {
  if (value === '' || value === null || value === undefined) return 'none';
  if (field === 'status') return statusLabels[value as BriefingStatus] ?? String(value);
  if (field === 'review') {
    const review = briefingReviewSchema.safeParse(value);
    if (review.success) return describeReview(review.data);
  }
  if (field === 'classification') {
    const parsed = classificationSchema.safeParse(value);
    if (parsed.success) {
      return parsed.data.level === 'custom'
        ? parsed.data.customLabel || 'custom'
        : parsed.data.level.charAt(0).toUpperCase() + parsed.data.level.slice(1);
    }
  }
  if (typeof value === 'string' && isZonedDateTimeText(value)) {
    return `${wallClockOf(value).replace('T', ' ')} (${timeZoneOf(value)})`;
  }
  if (Array.isArray(value) && value.some((item) => typeof item === 'object'))
    return `${value.length} ${value.length === 1 ? 'entry' : 'entries'}`;
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.map(String).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The fields whose values differ between `current` and `other`, in the order of the labels above. */
export function metadataChanges(current: BriefingMetadata, other: BriefingMetadata): MetadataChange[] {
  const changes: MetadataChange[] = [];
  for (const [field, label] of Object.entries(metadataFieldLabels) as [MetadataField, string][]) {
    if (JSON.stringify(current[field]) === JSON.stringify(other[field])) continue;
    changes.push({
      field,
      label,
      current: describeValue(field, current[field]),
      other: describeValue(field, other[field]),
    });
  }
  return changes;
}

/** `current` with the chosen fields taken from `other`; every other field stays as it is. */
export function applyMetadataFields(
  current: BriefingMetadata,
  other: BriefingMetadata,
  fields: readonly MetadataField[],
): BriefingMetadata {
  const chosen = new Set(fields);
  const result: Record<string, unknown> = { ...current };
  for (const field of Object.keys(metadataFieldLabels) as MetadataField[]) {
    if (chosen.has(field)) result[field] = other[field];
  }
  return result as BriefingMetadata;
}
