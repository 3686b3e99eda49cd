import { createHash } from 'node:crypto';
import { lstat, mkdir, mkdtemp, readdir, readFile, readlink, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Briefing } from '../../electron/common/briefing/briefing';
import type { BriefingContent } from '../../electron/common/document/briefing-content';
import { type AppServices, openAppServices } from '../../electron/main/app/app-services';

/** A data folder with a few ordinary briefings, and a sentinel tree beside it that nothing may touch. */
export interface HostileWorld {
  root: string;
  dataDir: string;
  /** `<root>/TeamDocs`: a colleague's folder next to the data folder. */
  sentinel: string;
  /** Saved and exported during the run. */
  edited: Briefing;
  /** Never edited: must stay byte-identical. */
  untouched: Briefing[];
  /** In the trash for 40 days, so the start-up purge removes it. */
  trashed: Briefing;
  remove(): Promise<void>;
}

export const identity = { name: 'Briefdesk', version: 'test' };

export function paragraphs(...lines: string[]): BriefingContent {
  return {
    type: 'doc',
    content: lines.map((line) => ({ type: 'paragraph', content: [{ type: 'text', text: line }] })),
  };
}

export const libraryFolder = (world: HostileWorld, ...parts: string[]) => path.join(world.dataDir, 'library', ...parts);

/** Builds the world: three briefings with history, one trashed 40 days ago, and the sentinel tree. */
export async function buildHostileWorld(): Promise<HostileWorld> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-hostile-'));
  const dataDir = path.join(root, 'data');
  const sentinel = path.join(root, 'TeamDocs');
  await mkdir(path.join(sentinel, 'sub'), { recursive: true });
  await writeFile(path.join(sentinel, 'plan.json'), '{"plan":"keep me"}\n');
  await writeFile(path.join(sentinel, 'notes.txt'), 'Quarterly notes.\n');
  await writeFile(path.join(sentinel, 'sub', 'deep.json'), '{"deep":true}\n');
  const services = await openAppServices(dataDir, identity);
  const edited = await services.briefings.create({
    metadata: { title: 'Edited daily brief' },
    content: paragraphs('First.'),
  });
  const untouched = [
    await services.briefings.create({
      metadata: { title: 'Sahel weekly', tags: ['sahel'] },
      content: paragraphs('Quiet week.'),
    }),
    await services.briefings.create({
      metadata: { title: 'Flash alert' },
      content: paragraphs('Drone strike reported.'),
    }),
  ];
  const doomed = await services.briefings.create({
    metadata: { title: 'Old draft' },
    content: paragraphs('Obsolete.'),
  });
  const trashed = await services.briefings.get(doomed.id);
  await services.briefings.trash.moveToTrash(doomed.id, new Date(Date.now() - 40 * 24 * 60 * 60 * 1000));
  await services.close();
  return {
    root,
    dataDir,
    sentinel,
    edited,
    untouched,
    trashed,
    remove: () => rm(root, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }),
  };
}

/** Every entry under `folder`: file bytes by hash, links by target, folders by name. */
export async function digestTree(folder: string): Promise<Record<string, string>> {
  const digest: Record<string, string> = {};
  async function walk(current: string): Promise<void> {
    for (const name of (await readdir(current)).sort()) {
      const entry = path.join(current, name);
      const relative = path.relative(folder, entry);
      const info = await lstat(entry);
      if (info.isSymbolicLink()) digest[relative] = `link → ${await readlink(entry)}`;
      else if (info.isDirectory()) {
        digest[relative] = 'folder';
        await walk(entry);
      } else
        digest[relative] = createHash('sha256')
          .update(await readFile(entry))
          .digest('hex');
    }
  }
  await walk(folder);
  return digest;
}

/** The stored bytes of the briefings that no step may change. */
export async function untouchedBytes(world: HostileWorld): Promise<Record<string, string>> {
  const bytes: Record<string, string> = {};
  for (const briefing of world.untouched) {
    bytes[briefing.id] = await readFile(libraryFolder(world, 'briefings', `${briefing.id}.json`), 'utf8');
  }
  return bytes;
}

/** What a run of the app did: notices it gave and files it set aside. */
export interface AppRun {
  notices: string[];
  quarantined: string[];
}

/**
 * Uses the app the way a person would after a sync brought hostile files: open the library
 * (start-up purge included), list, search, open the recent list, save the edited briefing, export it,
 * then close and open again. Resolves to the notices and the quarantine folder's contents.
 */
export async function exerciseApp(
  world: HostileWorld,
  during?: (services: AppServices) => Promise<void>,
): Promise<AppRun> {
  const services = await openAppServices(world.dataDir, identity);
  services.briefings.list();
  services.briefings.recent();
  await services.briefings.search.search({ query: 'brief', filters: {}, limit: 50 });
  const current = await services.briefings.get(world.edited.id);
  await services.briefings.save({
    id: current.id,
    revision: current.revision,
    metadata: current.metadata,
    content: paragraphs('First.', 'Second, after the sync.'),
  });
  await services.exports
    .export({
      format: 'html',
      ids: [world.edited.id],
      destination: path.join(world.dataDir, 'exports', 'edited.html'),
      margins: 'normal',
      combine: false,
      purpose: 'final',
    })
    .catch(() => undefined);
  await during?.(services);
  const notices = services.info().notices.map((notice) => notice.message);
  await services.close();
  const reopened = await openAppServices(world.dataDir, identity);
  reopened.briefings.list();
  notices.push(...reopened.info().notices.map((notice) => notice.message));
  await reopened.close();
  const quarantined = await readdir(path.join(world.dataDir, 'quarantine')).catch(() => [] as string[]);
  return { notices, quarantined };
}
