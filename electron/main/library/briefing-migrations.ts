import { briefingFileVersion } from '../../common/briefing/briefing';
import { briefingTimesFromVersion1 } from '../../common/briefing/briefing-times-migration';
import { briefingContentVersion } from '../../common/document/briefing-content';

type StoredObject = Record<string, unknown>;

/** Turns a file of `schemaVersion` `from` into one of `from + 1`. */
export interface BriefingMigration {
  from: number;
  migrate(stored: StoredObject): StoredObject;
}

const pre1Statuses: Record<string, string> = { draft: 'draft', review: 'in-review', final: 'approved' };

function isoFromEpoch(value: unknown): string {
  const date = typeof value === 'number' ? new Date(value) : new Date(String(value));
  return Number.isNaN(date.getTime()) ? new Date(0).toISOString() : date.toISOString();
}

/**
 * Version 0 is the pre-release layout: no `schemaVersion`, flat metadata, tags
 * as one comma-separated string, statuses draft/review/final, epoch-millisecond
 * times and the body under `doc`.
 */
const version0To1: BriefingMigration = {
  from: 0,
  migrate(stored) {
    const tags = typeof stored.tags === 'string' ? stored.tags.split(',') : [];
    return {
      schemaVersion: 1,
      contentVersion: briefingContentVersion,
      id: stored.id,
      createdAt: isoFromEpoch(stored.created),
      updatedAt: isoFromEpoch(stored.modified ?? stored.created),
      revision: typeof stored.version === 'number' && stored.version >= 1 ? stored.version : 1,
      templateId: null,
      metadata: {
        title: stored.title ?? '',
        datelinePlace: stored.place ?? '',
        desk: stored.desk ?? '',
        authors: typeof stored.author === 'string' && stored.author !== '' ? [stored.author] : [],
        tags: tags.map((tag) => tag.trim()).filter((tag) => tag !== ''),
        status: pre1Statuses[String(stored.status)] ?? 'draft',
      },
      content: stored.doc ?? { type: 'doc', content: [{ type: 'paragraph' }] },
    };
  },
};

/** Times become instants with their zone (see `briefingTimesFromVersion1`). */
const version1To2: BriefingMigration = { from: 1, migrate: briefingTimesFromVersion1 };

/** Every migration, oldest first; add one here whenever `briefingFileVersion` goes up. */
export const briefingMigrations: readonly BriefingMigration[] = [version0To1, version1To2];

/** The `schemaVersion` a stored file declares; files from before versioning count as 0. */
export function storedSchemaVersion(stored: StoredObject): number {
  const version = stored.schemaVersion;
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : 0;
}

/** Applies the migrations from the file's version up to the current one. */
export function migrateBriefingFile(
  stored: StoredObject,
  migrations: readonly BriefingMigration[] = briefingMigrations,
): StoredObject {
  let current = stored;
  for (let version = storedSchemaVersion(stored); version < briefingFileVersion; version += 1) {
    const step = migrations.find((migration) => migration.from === version);
    if (!step) throw new Error(`no migration from schemaVersion ${version}`);
    current = step.migrate(current);
  }
  return current;
}
