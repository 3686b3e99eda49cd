import type { BriefingStatus } from '../../../electron/common/briefing/briefing-metadata';
import { statusLabels } from '../../../electron/common/briefing/metadata-labels';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const count = new Intl.NumberFormat();

/** "26 Nov 2026, 10:42" in the user's locale. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : dateTime.format(date);
}

export function formatCount(value: number): string {
  return count.format(value);
}

export function formatStatus(status: BriefingStatus): string {
  return statusLabels[status];
}
