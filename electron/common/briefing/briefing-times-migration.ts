import { parseTypedDateTime } from '../time/parse-typed-date-time';
import { isKnownTimeZone, isZonedDateTimeText, zonedFromOffsetDateTime } from '../time/zoned-time';

type StoredObject = Record<string, unknown>;

const metadataTimeFields = ['asOf', 'nextUpdate', 'embargoUntil'] as const;

function isStoredObject(value: unknown): value is StoredObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A version-1 "as of" (ISO with an offset, or free text) as an instant in `timeZone`; undefined when unreadable. */
function zonedFromVersion1(value: string, timeZone: string): string | undefined {
  if (value.trim() === '') return '';
  if (isZonedDateTimeText(value)) return value;
  const fromOffset = zonedFromOffsetDateTime(value.trim(), timeZone);
  if (fromOffset !== undefined) return fromOffset;
  const typed = parseTypedDateTime(value, timeZone);
  return typed.ok ? typed.value : undefined;
}

function migrateKeyFigure(attrs: StoredObject, timeZone: string): StoredObject {
  const asOf = typeof attrs.asOf === 'string' ? attrs.asOf : '';
  const zoned = zonedFromVersion1(asOf, timeZone);
  if (zoned !== undefined) return { ...attrs, asOf: zoned };
  // Text that names no unambiguous time ("this morning") stays visible beside the source instead of being guessed.
  const source = typeof attrs.source === 'string' ? attrs.source : '';
  const kept = `${source}${source ? ' ' : ''}(as of ${asOf.trim()})`.slice(0, 200);
  return { ...attrs, source: kept, asOf: '' };
}

/**
 * Every key figure's "as of" in `node` as an instant with its zone (read in `timeZone`);
 * text that names no unambiguous time moves beside the source. Already-stored times are kept.
 */
export function keyFigureTimesToZoned<T>(node: T, timeZone: string): T {
  if (!isStoredObject(node)) return node;
  const migrated: StoredObject = { ...node };
  if (node.type === 'keyFigure' && isStoredObject(node.attrs)) migrated.attrs = migrateKeyFigure(node.attrs, timeZone);
  if (Array.isArray(node.content))
    migrated.content = node.content.map((child) => keyFigureTimesToZoned(child, timeZone));
  return migrated as T;
}

/**
 * Version 1 stored "as of", next update and embargo as ISO times with an offset,
 * and key-figure "as of" as free text; version 2 stores each as an instant with
 * the briefing's zone, so a later zone change can keep the instant.
 */
export function briefingTimesFromVersion1(stored: StoredObject): StoredObject {
  const metadata = isStoredObject(stored.metadata) ? { ...stored.metadata } : {};
  const zone = typeof metadata.timeZone === 'string' && isKnownTimeZone(metadata.timeZone) ? metadata.timeZone : 'UTC';
  // Version 1 allowed an empty zone and read it as UTC; version 2 always names one.
  if (metadata.timeZone === '') metadata.timeZone = 'UTC';
  for (const field of metadataTimeFields) {
    const value = metadata[field];
    if (typeof value === 'string') metadata[field] = zonedFromVersion1(value, zone) ?? '';
  }
  return { ...stored, schemaVersion: 2, metadata, content: keyFigureTimesToZoned(stored.content, zone) };
}
