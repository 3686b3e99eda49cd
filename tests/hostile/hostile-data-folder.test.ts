import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAppServices } from '../../electron/main/app/app-services';
import { appOrigin } from '../../electron/main/protocol/app-origin';
import { serveAppRequest } from '../../electron/main/protocol/serve-app-request';
import {
  type AppRun,
  buildHostileWorld,
  digestTree,
  exerciseApp,
  type HostileWorld,
  identity,
  libraryFolder,
  paragraphs,
  untouchedBytes,
} from './hostile-world';

// Every file in a synced data folder may have been written by someone else. These tests plant
// hostile files, use the app, and check that nothing outside the data folder changed, that the
// app still opens, that each bad file was set aside with a notice, and that other briefings are intact.

let world: HostileWorld;
let sentinelBefore: Record<string, string>;
let briefingsBefore: Record<string, string>;

beforeEach(async () => {
  world = await buildHostileWorld();
  sentinelBefore = await digestTree(world.sentinel);
  briefingsBefore = await untouchedBytes(world);
});
afterEach(() => world.remove());

async function expectUnharmed(): Promise<void> {
  expect(await digestTree(world.sentinel)).toEqual(sentinelBefore);
  expect(await untouchedBytes(world)).toEqual(briefingsBefore);
  const services = await openAppServices(world.dataDir, identity);
  expect(services.briefings.list().map((row) => row.id)).toEqual(
    expect.arrayContaining(world.untouched.map((briefing) => briefing.id)),
  );
  await services.close();
}

/** The file was moved to `quarantine/` and a notice named where it went. */
function expectSetAside(run: AppRun, fileName: string): void {
  const entry = run.quarantined.find((name) => name.endsWith(`-${fileName}`));
  expect(entry, `${fileName} in quarantine (${run.quarantined.join(', ')})`).toBeDefined();
  expect(run.notices.some((notice) => notice.includes(entry as string))).toBe(true);
}

type PlantedIndex = Record<string, unknown> & { trash: Record<string, unknown> };

/** The library index (`index.ndjson`: a header line, then one row per line) as one object, as version 2 kept it. */
async function readIndex(): Promise<PlantedIndex> {
  const [header, ...rows] = (await readFile(libraryFolder(world, 'index.ndjson'), 'utf8')).trim().split('\n');
  const { trash, recent } = JSON.parse(header as string);
  const briefings = Object.fromEntries(
    rows.map((line) => JSON.parse(line)).map((row: { summary: { id: string } }) => [row.summary.id, row]),
  );
  return { version: 2, briefings, trash, recent };
}

/** Writes `index` back in the stored form, row by row, whatever it holds. */
async function plantIndex(index: Record<string, unknown>): Promise<void> {
  const rows = Array.isArray(index.briefings) ? index.briefings : Object.values(index.briefings as object);
  const header = { version: 3, count: rows.length, tags: [], desks: [], trash: index.trash, recent: index.recent };
  const text = [header, ...rows].map((line) => `${JSON.stringify(line)}\n`).join('');
  await writeFile(libraryFolder(world, 'index.ndjson'), text);
  await rm(libraryFolder(world, 'index-changes.ndjson'), { force: true });
}

/** Plants `index` as the version 2 `index.json` an earlier Briefdesk wrote, which the library migrates. */
async function plantVersion2Index(index: unknown): Promise<void> {
  await rm(libraryFolder(world, 'index.ndjson'));
  await rm(libraryFolder(world, 'index-changes.ndjson'), { force: true });
  await writeFile(libraryFolder(world, 'index.json'), JSON.stringify(index));
}

const longAgo = '2020-01-01T00:00:00.000Z';

function snapshotOf(briefing: HostileWorld['edited'], revisionId: string, changes: Record<string, unknown>) {
  return {
    entry: { revisionId, revision: 1, savedAt: longAgo, reason: 'editing', title: 'x', wordCount: 1 },
    briefing: { ...briefing, ...changes },
  };
}

describe('a planted library index', () => {
  it.each([
    ['a trash entry whose id climbs to the folder beside the data folder', '../../../TeamDocs'],
    ['a trash entry whose id is an absolute path', '/tmp/../TeamDocs'],
  ])('%s never reaches the purge', async (_label, hostileId) => {
    const index = await readIndex();
    const trashFile = `${world.trashed.id}.json`;
    const [key, entry] = Object.entries(index.trash)[0] as [string, Record<string, unknown>];
    index.trash = { [key]: { ...entry, id: hostileId, trashedAt: longAgo } };
    expect(key).toBe(world.trashed.id);
    await plantIndex(index);
    const run = await exerciseApp(world);
    await expectUnharmed();
    expectSetAside(run, 'index.ndjson');
    expect(await readFile(libraryFolder(world, 'trash', trashFile), 'utf8').catch(() => 'purged')).toBe('purged');

    await plantVersion2Index(index);
    const migration = await exerciseApp(world);
    await expectUnharmed();
    expectSetAside(migration, 'index.json');
    expect(await readFile(libraryFolder(world, 'trash', trashFile), 'utf8').catch(() => 'purged')).toBe('purged');
  });

  it.each([
    ['wrong types', (index: Record<string, unknown>) => ({ ...index, briefings: [], recent: 'constructor' })],
    [
      'prototype keys',
      (index: Record<string, unknown>) =>
        JSON.parse(
          `{"version":2,"briefings":{"constructor":{"summary":{}},"__proto__":{"summary":{}}},"trash":${JSON.stringify(index.trash)},"recent":["constructor","__proto__"]}`,
        ),
    ],
    [
      'a huge title',
      (index: Record<string, unknown>) => {
        const briefings = index.briefings as Record<string, { summary: { title: string } }>;
        for (const entry of Object.values(briefings)) entry.summary.title = 'x'.repeat(2_000_000);
        return index;
      },
    ],
  ])('with %s is set aside and rebuilt from the files', async (_label, poison) => {
    await plantIndex(poison(await readIndex()));
    const run = await exerciseApp(world);
    await expectUnharmed();
    expectSetAside(run, 'index.ndjson');
  });

  it('with `constructor` in the recent list never lists a phantom briefing', async () => {
    const index = await readIndex();
    await plantIndex({ ...index, recent: ['constructor', world.untouched[0]?.id] });
    await exerciseApp(world, async (services) => {
      expect(services.briefings.recent().map((row) => row?.id)).toEqual([world.untouched[0]?.id]);
      expect(() => services.briefings.markOpened('constructor')).toThrow(/no longer exists/);
      expect(services.briefings.recent().every((row) => typeof row?.id === 'string')).toBe(true);
    });
    await expectUnharmed();
  });
});

describe('a planted trash and search index', () => {
  it('a trash file holding another briefing never lets the purge remove that briefing’s history', async () => {
    const victim = world.untouched[0] as HostileWorld['edited'];
    const historyBefore = await digestTree(libraryFolder(world, 'history', victim.id));
    const planted = libraryFolder(world, 'trash', 'planted-0000-trash.json');
    await writeFile(planted, JSON.stringify(victim));
    await utimes(planted, new Date(longAgo), new Date(longAgo));
    const run = await exerciseApp(world);
    await expectUnharmed();
    expect(await digestTree(libraryFolder(world, 'history', victim.id))).toEqual(historyBefore);
    expectSetAside(run, 'planted-0000-trash.json');
  });

  it.each([
    ['wrong types', '{"version":2,"revisions":{"constructor":1},"index":[]}'],
    ['a prototype key', '{"version":2,"revisions":{"__proto__":{"polluted":1}},"index":{}}'],
    [
      'arrays that do not fit together',
      '{"version":3,"revisions":{"aaaaaaaa-1":1},"ids":["aaaaaaaa-1"],"terms":[],"fieldLengths":"","lists":"","postings":""}',
    ],
  ])('a search index with %s is set aside and rebuilt', async (_label, text) => {
    await writeFile(libraryFolder(world, 'search-index.json'), text);
    let hits: string[] = [];
    const run = await exerciseApp(world, async (services) => {
      const result = await services.briefings.search.search({ query: 'sahel', filters: {}, limit: 50 });
      hits = result.hits.map((hit) => hit.briefing.id);
    });
    await expectUnharmed();
    expect(hits).toEqual([world.untouched[0]?.id]);
    expectSetAside(run, 'search-index.json');
  });

  it.each([
    ['a header that claims more than the file holds', 'BDSI\u0004\u0000\u0000\u0000\u00ff\u00ff\u0000\u0000{}'],
    ['another format under its name', '{"version":4}'],
  ])('a binary search index with %s is set aside and rebuilt', async (_label, text) => {
    await writeFile(libraryFolder(world, 'search-index.bin'), Buffer.from(text, 'latin1'));
    let hits: string[] = [];
    const run = await exerciseApp(world, async (services) => {
      const result = await services.briefings.search.search({ query: 'sahel', filters: {}, limit: 50 });
      hits = result.hits.map((hit) => hit.briefing.id);
    });
    await expectUnharmed();
    expect(hits).toEqual([world.untouched[0]?.id]);
    expectSetAside(run, 'search-index.bin');
  });
});

describe('planted history', () => {
  it.each([
    ['a revision id that climbs out of the data folder', '../../../../TeamDocs/plan'],
    ['a revision id that is an absolute path', path.join('/', 'TeamDocs', 'plan')],
    ['a revision id of the wrong type', 12],
    ['a huge title (9 MB, over the 8 MB limit)', '20200101T000000000Z-r1', 'x'.repeat(9_000_000)],
  ])('a manifest with %s is set aside before the retention pass', async (_label, revisionId, title = '') => {
    const manifestPath = libraryFolder(world, 'history', world.edited.id, 'revisions.json');
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
    manifest.revisions.push({ revisionId, revision: 1, savedAt: longAgo, reason: 'editing', title, wordCount: 0 });
    await writeFile(manifestPath, JSON.stringify(manifest));
    const run = await exerciseApp(world);
    await expectUnharmed();
    expectSetAside(run, 'revisions.json');
  });

  it.each([
    [
      'a javascript: link',
      {
        content: {
          type: 'doc',
          content: [
            {
              type: 'paragraph',
              content: [
                { type: 'text', text: 'Click', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
              ],
            },
          ],
        },
      },
    ],
    [
      'an iframe node',
      { content: { type: 'doc', content: [{ type: 'iframe', attrs: { src: 'https://example.com' } }] } },
    ],
    ['an invalid status', { metadata: { title: 'Hijacked', status: 'hacked' } }],
  ])('a snapshot with %s cannot be restored and is set aside', async (_label, changes) => {
    const target = world.untouched[0] as HostileWorld['edited'];
    const revisionId = '20200101T000000000Z-r1';
    await writeFile(
      libraryFolder(world, 'history', target.id, `${revisionId}.json`),
      JSON.stringify(snapshotOf(target, revisionId, changes)),
    );
    let restore: unknown;
    const run = await exerciseApp(world, async (services) => {
      restore = await services.briefings.history.restore(target.id, revisionId).then(
        () => 'restored',
        (error: Error) => error.message,
      );
    });
    expect(restore).toMatch(/no longer kept|cannot be saved/);
    await expectUnharmed();
    expectSetAside(run, `${revisionId}.json`);
  });
});

describe('a planted journal', () => {
  it('with text that fails the save check, or that names another briefing, is set aside', async () => {
    const [first, second] = world.untouched as [HostileWorld['edited'], HostileWorld['edited']];
    const journal = libraryFolder(world, 'journal');
    await mkdir(journal, { recursive: true });
    const future = new Date(Date.now() + 60_000).toISOString();
    await writeFile(
      path.join(journal, `${first.id}.json`),
      JSON.stringify({
        briefingId: first.id,
        revision: 1,
        writtenAt: future,
        metadata: first.metadata,
        content: { type: 'doc', content: [{ type: 'iframe' }] },
      }),
    );
    await writeFile(
      path.join(journal, `${second.id}.json`),
      JSON.stringify({
        briefingId: first.id,
        revision: 1,
        writtenAt: future,
        metadata: first.metadata,
        content: paragraphs('Overwrite.'),
      }),
    );
    await writeFile(path.join(journal, 'Not An Id.json'), '{}');
    const run = await exerciseApp(world);
    await expectUnharmed();
    expectSetAside(run, `${first.id}.json`);
    expectSetAside(run, `${second.id}.json`);
    expectSetAside(run, 'Not An Id.json');
  });
});

describe('planted templates, report numbers and settings', () => {
  it.each([
    [
      'a user template of the wrong types',
      'templates/user/user-planted.json',
      '{"schemaVersion":1,"createdAt":3,"template":[]}',
    ],
    ['a user template posing under another id', 'templates/user/user-planted.json', null],
    [
      'report numbers with a prototype key',
      'templates/report-numbers.json',
      '{"version":1,"last":{"__proto__":{"polluted":1}}}',
    ],
    ['report numbers of the wrong type', 'templates/report-numbers.json', '{"version":1,"last":{"flash-alert":"9"}}'],
    ['settings of the wrong types', 'settings.json', '{"theme":7,"authorName":["x"]}'],
    ['settings with a huge value', 'settings.json', JSON.stringify({ authorName: 'x'.repeat(3_000_000) })],
  ])('%s is set aside with a notice and the app opens', async (_label, relative, text) => {
    const filePath = path.join(world.dataDir, relative);
    await mkdir(path.dirname(filePath), { recursive: true });
    const now = new Date().toISOString();
    const posing = {
      schemaVersion: 1,
      createdAt: now,
      updatedAt: now,
      template: {
        id: 'user-other',
        name: 'Posing',
        description: '',
        builtIn: false,
        metadata: {},
        content: { type: 'doc', content: [{ type: 'paragraph' }] },
      },
    };
    await writeFile(filePath, text ?? JSON.stringify(posing));
    const run = await exerciseApp(world, async (services) => {
      expect(services.templates.list().length).toBeGreaterThan(0);
      expect(services.settings.get().theme).toBe('system');
    });
    await expectUnharmed();
    expectSetAside(run, path.basename(relative));
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });
});

describe('planted symbolic links', () => {
  it('a briefing file that links outside is set aside, never read or written through', async () => {
    const outside = path.join(world.root, 'outside.json');
    const stranger = {
      ...world.edited,
      id: 'linked-0000-briefing',
      metadata: { ...world.edited.metadata, title: 'Secret' },
    };
    await writeFile(outside, JSON.stringify(stranger));
    await symlink(outside, libraryFolder(world, 'briefings', `${stranger.id}.json`));
    const before = await readFile(outside, 'utf8');
    const run = await exerciseApp(world, async (services) => {
      expect(services.briefings.list().some((row) => row.id === stranger.id)).toBe(false);
    });
    await expectUnharmed();
    expectSetAside(run, `${stranger.id}.json`);
    expect(await readFile(outside, 'utf8')).toBe(before);
  });

  it('a history folder that links to the folder beside the data folder receives no snapshot', async () => {
    const history = libraryFolder(world, 'history', world.edited.id);
    await rm(history, { recursive: true });
    await symlink(world.sentinel, history);
    const run = await exerciseApp(world);
    await expectUnharmed();
    expectSetAside(run, world.edited.id);
  });

  it('a trashed briefing whose history links outside is purged without following the link', async () => {
    const history = libraryFolder(world, 'history', world.trashed.id);
    await rm(history, { recursive: true, force: true });
    await symlink(world.sentinel, history);
    await exerciseApp(world);
    await expectUnharmed();
  });

  it('an image that links outside, or whose bytes are not its hash, is never served', async () => {
    const assets = libraryFolder(world, 'assets');
    await mkdir(assets, { recursive: true });
    const notes = path.join(world.sentinel, 'notes.txt');
    const linkedName = `${createHash('sha256')
      .update(await readFile(notes))
      .digest('hex')}.png`;
    await symlink(notes, path.join(assets, linkedName));
    await writeFile(path.join(assets, `${'e'.repeat(64)}.png`), 'not this hash');
    await exerciseApp(world);
    for (const name of [linkedName, `${'e'.repeat(64)}.png`]) {
      const response = await serveAppRequest(`${appOrigin}/assets/${name}`, world.root, appOrigin, assets);
      expect(response.status).toBe(404);
    }
    await expectUnharmed();
  });

  it('library, template and quarantine folders that link outside are set aside, their targets untouched', async () => {
    const linked = ['library/journal', 'library/trash', 'library/history', 'templates/user', 'quarantine'];
    for (const relative of linked) {
      const folder = path.join(world.dataDir, relative);
      await rm(folder, { recursive: true, force: true });
      await mkdir(path.dirname(folder), { recursive: true });
      await symlink(world.sentinel, folder);
    }
    await writeFile(path.join(world.sentinel, `${world.edited.id}.json`), JSON.stringify(world.edited));
    sentinelBefore = await digestTree(world.sentinel);
    const run = await exerciseApp(world, async (services) => {
      await services.briefings.trash.moveToTrash(world.edited.id);
    });
    await expectUnharmed();
    for (const relative of linked.slice(0, -1)) {
      expect(run.notices.some((notice) => notice.includes(path.join(world.dataDir, relative)))).toBe(true);
    }
  });

  it('an exports folder that links outside receives no export', async () => {
    await symlink(world.sentinel, path.join(world.dataDir, 'exports'));
    let outcome: unknown;
    await exerciseApp(world, async (services) => {
      outcome = await services.exports
        .export({
          format: 'html',
          ids: [world.edited.id],
          destination: path.join(world.dataDir, 'exports', 'again.html'),
          margins: 'normal',
          combine: false,
          purpose: 'final',
        })
        .then(
          () => 'written',
          (error: Error) => error.message,
        );
    });
    expect(outcome).toMatch(/exports folder/);
    await expectUnharmed();
  });
});
