/** The moment a briefing is created, as the template variables and metadata need it. */
export interface TemplateMoment {
  /** Wire style for text, e.g. "26 November 2026". */
  dateText: string;
  /** Local time with the zone's short name for text, e.g. "08:15 EET". */
  timeText: string;
  /** ISO date in the time zone, e.g. "2026-11-26". */
  isoDate: string;
  /** Local hours and minutes, e.g. "08:15". */
  isoTime: string;
  /** ISO date-time with the zone's offset, seconds dropped, e.g. "2026-11-26T08:15:00+02:00". */
  isoDateTime: string;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function wallClock(now: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((entry) => entry.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute') };
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  return `${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
}

/** Describes `now` in `timeZone` (an IANA name) for the template variables and metadata. */
export function describeMoment(now: Date, timeZone: string): TemplateMoment {
  const wall = wallClock(now, timeZone);
  const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  const minuteStart = Math.floor(now.getTime() / 60_000) * 60_000;
  const offsetMinutes = Math.round((wallAsUtc - minuteStart) / 60_000);
  const isoDate = `${wall.year}-${pad(wall.month)}-${pad(wall.day)}`;
  const isoTime = `${pad(wall.hour)}:${pad(wall.minute)}`;
  const zoneName =
    new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'short' })
      .formatToParts(now)
      .find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
  return {
    dateText: new Intl.DateTimeFormat('en-GB', { timeZone, day: 'numeric', month: 'long', year: 'numeric' }).format(
      now,
    ),
    timeText: `${isoTime} ${zoneName}`,
    isoDate,
    isoTime,
    isoDateTime: `${isoDate}T${isoTime}:00${offsetText(offsetMinutes)}`,
  };
}
