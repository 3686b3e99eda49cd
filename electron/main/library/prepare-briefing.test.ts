import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { everyNodeBriefing } from '../../../tests/fixtures/briefings/every-node-briefing';
import type { Briefing } from '../../common/briefing/briefing';
import { savedChangesSchema } from '../../common/briefing/briefing-requests';
import { briefingPlainText } from '../../common/document/briefing-plain-text';
import { journalWriteSchema } from '../../common/library/library-requests';
import { prepareBriefingInWorker } from '../app/document-worker/document-worker-client';
import { admitBriefing } from './admit-briefing';
import { wholeFileText } from './briefing-file-text';
import { briefingFilePieces, serializeBriefing } from './briefing-files';
import { BriefingStore } from './briefing-store';
import { type BriefingPreparer, prepareBriefing, preparingCheckedBodiesHere } from './prepare-briefing';
import { readSearchDocument, searchDocument, searchDocumentToSend } from './search-document';

let dataDir: string;

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-prepare-'));
});

afterEach(() => rm(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }));

const body = (text: string) => ({
  type: 'doc' as const,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

/** Prepares as the document worker does, through a copy (as a thread gets one), and records each candidate. */
function recordingPreparer(): { preparer: BriefingPreparer; prepared: string[] } {
  const prepared: string[] = [];
  return {
    prepared,
    preparer: async (candidate) => {
      prepared.push(candidate.metadata.title);
      return prepareBriefing(structuredClone(candidate));
    },
  };
}

describe('a store that prepares briefings elsewhere', () => {
  it('writes what the preparer made: the same file, row and snapshot as a store preparing them itself', async () => {
    const store = await BriefingStore.open(dataDir, []);
    const { preparer, prepared } = recordingPreparer();
    store.prepareBriefingsWith(preparer);
    const created = await store.create({ metadata: { title: 'Delta floods' }, content: body('Water rose overnight.') });
    const saved = await store.save({
      id: created.id,
      revision: 1,
      metadata: { ...created.metadata, title: 'Delta floods, day two' },
      content: body('Water rose overnight and again at dawn.'),
    });
    expect(prepared).toEqual(['Delta floods', 'Delta floods, day two']);

    const file = await readFile(`${store.paths.briefings}/${created.id}.json`, 'utf8');
    expect(file).toBe(`${JSON.stringify(saved)}\n`);
    expect(JSON.parse(file)).toEqual(await store.get(created.id));
    expect(store.list()).toEqual([
      expect.objectContaining({ id: created.id, title: 'Delta floods, day two', wordCount: 7, revision: 2 }),
    ]);
    const history = path.join(store.paths.history, created.id);
    const snapshots = (await readdir(history)).filter((name) => name !== 'revisions.json');
    expect(snapshots).toHaveLength(1);
    const snapshot = await readFile(path.join(history, snapshots[0] as string), 'utf8');
    const parsed = JSON.parse(snapshot) as { entry: { wordCount: number }; briefing: Briefing };
    expect(parsed.briefing).toEqual(created);
    expect(snapshot).toBe(JSON.stringify({ entry: parsed.entry, briefing: created }));
    expect(parsed.entry.wordCount).toBe(3);
    await store.close();
  });

  it("indexes for search the body's text the preparer derived, without deriving it again", async () => {
    const store = await BriefingStore.open(dataDir, []);
    // A preparer whose search text differs from the body's shows which one the index received.
    store.prepareBriefingsWith(async (candidate) => {
      const { derived, ...prepared } = prepareBriefing(structuredClone(candidate));
      if (!derived) throw new Error('prepareBriefing derives the row and search text');
      return { ...prepared, derived: { ...derived, searchText: `${derived.searchText} derivedinworker` } };
    });
    const created = await store.create({ metadata: { title: 'Delta floods' }, content: body('Water rose overnight.') });
    const search = (query: string) => store.search.search({ query, filters: {}, limit: 10 });
    expect((await search('derivedinworker')).hits.map((hit) => hit.briefing.id)).toEqual([created.id]);
    expect((await search('overnight')).hits.map((hit) => hit.briefing.id)).toEqual([created.id]);
    await store.close();
  });

  it('derives the row, search text and snapshot count itself when the preparer left them out', async () => {
    const store = await BriefingStore.open(dataDir, []);
    store.prepareBriefingsWith(async (candidate) => {
      const { derived: _derived, ...fileOnly } = prepareBriefing(structuredClone(candidate));
      return fileOnly;
    });
    const created = await store.create({ metadata: { title: 'Delta floods' }, content: body('Water rose overnight.') });
    const saved = await store.save({
      id: created.id,
      revision: 1,
      metadata: created.metadata,
      content: body('Water rose overnight and again at dawn.'),
    });
    expect(store.list()).toEqual([expect.objectContaining({ id: saved.id, wordCount: 7, revision: 2 })]);
    const search = (query: string) => store.search.search({ query, filters: {}, limit: 10 });
    expect((await search('dawn')).hits.map((hit) => hit.briefing.id)).toEqual([created.id]);
    const [snapshot] = await store.history.list(created.id);
    expect(snapshot).toMatchObject({ revision: 1, wordCount: 3 });
    await store.close();
  });

  it("indexes a saved body from its file's text, in the search worker, as from the body itself", async () => {
    const store = await BriefingStore.open(dataDir, []);
    store.prepareBriefingsWith(preparingCheckedBodiesHere(recordingPreparer().preparer, 800_000));
    const created = await store.create({ metadata: { title: 'Delta floods' }, content: body('Water rose overnight.') });
    const content = everyNodeBriefing().content;
    const asText = savedChangesSchema.parse({
      id: created.id,
      revision: 1,
      metadata: created.metadata,
      contentJson: JSON.stringify(content),
    });
    const withContent = { ...created, content };
    for (const text of [serializeBriefing(withContent), briefingFilePieces(withContent)]) {
      expect(searchDocumentToSend(created, { fileText: text })).not.toHaveProperty('body');
      expect(readSearchDocument(searchDocumentToSend(created, { fileText: text }))).toEqual(
        searchDocument(withContent),
      );
    }
    await store.save(asText);
    const search = (query: string) => store.search.search({ query, filters: {}, limit: 10 });
    const words = briefingPlainText(content)
      .split(/\s+/)
      .filter((word) => /^\p{L}{6,}$/u.test(word));
    expect(words.length).toBeGreaterThan(5);
    for (const word of words.slice(0, 5)) {
      expect((await search(word)).hits.map((hit) => hit.briefing.id)).toEqual([created.id]);
    }
    expect((await search('overnight')).hits).toEqual([]);
    await store.close();
  });

  it('derives the same search text as the search index does from the briefing itself', async () => {
    const store = await BriefingStore.open(dataDir, []);
    const searchTexts: string[] = [];
    store.prepareBriefingsWith(async (candidate) => {
      const prepared = prepareBriefing(structuredClone(candidate));
      searchTexts.push(prepared.derived?.searchText ?? 'not derived');
      return prepared;
    });
    const content = {
      type: 'doc' as const,
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Overview' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Shelling continued near the river.' }] },
      ],
    };
    const created = await store.create({ metadata: { title: 'Front line' }, content });
    expect(searchTexts).toEqual([briefingPlainText(created.content)]);
    expect(searchTexts[0]).toContain('Shelling continued near the river.');
    await store.close();
  });

  it('refuses through the preparer what the gate refuses, and writes nothing', async () => {
    const store = await BriefingStore.open(dataDir, []);
    store.prepareBriefingsWith(recordingPreparer().preparer);
    const hostile = {
      type: 'doc' as const,
      content: [
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }],
        },
      ],
    };
    await expect(store.create({ metadata: { title: 'Bad link' }, content: hostile })).rejects.toThrow(
      /cannot be saved because of a problem in its text or details/,
    );
    expect(await readdir(store.paths.briefings)).toEqual([]);
    expect(store.list()).toEqual([]);
    await store.close();
  });

  it('saves a body sent as JSON text through the document worker as it saves the same body sent as values', async () => {
    const store = await BriefingStore.open(dataDir, []);
    store.prepareBriefingsWith(prepareBriefingInWorker);
    const first = await store.create({ metadata: { title: 'As text' }, content: body('Water rose overnight.') });
    const second = await store.create({ metadata: { title: 'As text' }, content: body('Water rose overnight.') });
    const content = body('Water rose overnight and again at dawn.');
    const { metadata } = first;
    const asText = await store.save(
      savedChangesSchema.parse({ id: first.id, revision: 1, metadata, contentJson: JSON.stringify(content) }),
    );
    const asValues = await store.save(savedChangesSchema.parse({ id: second.id, revision: 1, metadata, content }));
    const fileOf = (id: string) => readFile(`${store.paths.briefings}/${id}.json`, 'utf8');
    expect(await fileOf(first.id)).toBe(`${JSON.stringify(asText)}\n`);
    expect({ ...asText, id: second.id, createdAt: asValues.createdAt, updatedAt: asValues.updatedAt }).toEqual(
      asValues,
    );
    expect(JSON.parse(await fileOf(first.id))).toEqual(await store.get(first.id));
    await store.close();
  });

  it('prepares the save again for the file on disk when another process added a record to it meanwhile', async () => {
    const store = await BriefingStore.open(dataDir, []);
    store.prepareBriefingsWith(prepareBriefingInWorker);
    const created = await store.create({ metadata: { title: 'Port strike' }, content: body('Ships were hit.') });
    const elsewhere = await BriefingStore.open(dataDir, []);
    const record = {
      at: '2026-11-26T06:00:00+02:00[Europe/Kyiv]',
      by: 'Dana Reyes',
      findings: ['claim-unverified' as const],
    };
    await elsewhere.recordForcedExport(created.id, record);
    await elsewhere.close();
    const content = body('Ships were hit at dawn.');
    const saved = await store.save(
      savedChangesSchema.parse({
        id: created.id,
        revision: 1,
        metadata: created.metadata,
        contentJson: JSON.stringify(content),
      }),
    );
    expect(saved).toMatchObject({ revision: 3, content, metadata: { forcedExports: [record] } });
    expect(await readFile(`${store.paths.briefings}/${created.id}.json`, 'utf8')).toBe(`${JSON.stringify(saved)}\n`);
    await store.close();
  });

  it('answers a stale save with its conflict before the gate refuses its body, as a save checked in turn would', async () => {
    const store = await BriefingStore.open(dataDir, []);
    store.prepareBriefingsWith(prepareBriefingInWorker);
    const created = await store.create({ metadata: { title: 'Port strike' }, content: body('Ships were hit.') });
    await store.save({
      id: created.id,
      revision: 1,
      metadata: created.metadata,
      content: body('Ships were hit again.'),
    });
    const hostile = {
      type: 'doc' as const,
      content: [
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }],
        },
      ],
    };
    const stale = { id: created.id, revision: 1, metadata: created.metadata, content: hostile };
    await expect(store.save(stale)).rejects.toMatchObject({ code: 'conflict' });
    await expect(store.save({ ...stale, revision: 2 })).rejects.toMatchObject({ code: 'invalid-argument' });
    await store.close();
  });
});

describe('preparing here the bodies IPC checked', () => {
  /** Prepares elsewhere as `recordingPreparer` does, and keeps each candidate sent there. */
  function recordingElsewhere(): { preparer: BriefingPreparer; sent: Briefing[] } {
    const sent: Briefing[] = [];
    return {
      sent,
      preparer: async (candidate) => {
        sent.push(candidate);
        return prepareBriefing(structuredClone(candidate));
      },
    };
  }

  const briefing = everyNodeBriefing();
  const { id, revision, metadata } = briefing;
  const text = JSON.stringify(briefing.content);
  /** The every-node briefing's body as IPC hands it over after checking it as JSON text. */
  const checkedBody = () => savedChangesSchema.parse({ id, revision, metadata, contentJson: text }).content;

  it('prepares a checked body up to the limit here, as the whole gate would, and nothing else', async () => {
    const elsewhere = recordingElsewhere();
    const preparer = preparingCheckedBodiesHere(elsewhere.preparer, text.length);
    // The row and search text are left to the store, which derives them while the file is synced.
    const { derived: _derived, ...fileOnly } = prepareBriefing(briefing);
    const here = await preparer({ ...briefing, content: checkedBody() });
    expect(typeof here.text).not.toBe('string');
    expect({ ...here, text: wholeFileText(here.text) }).toStrictEqual(fileOnly);
    expect(elsewhere.sent).toEqual([]);

    // Longer than the limit, sent as values, or checked only by the recovery journal's lighter check: elsewhere.
    const journalled = journalWriteSchema.parse({ briefingId: id, revision, metadata: {}, contentJson: text });
    const others = [
      await preparingCheckedBodiesHere(elsewhere.preparer, text.length - 1)({ ...briefing, content: checkedBody() }),
      await preparer(briefing),
      await preparer({ ...briefing, content: journalled.content as Briefing['content'] }),
    ];
    expect(elsewhere.sent).toHaveLength(3);
    for (const prepared of others) expect(prepared).toEqual(prepareBriefing(briefing));
  });

  it("refuses a checked body's other fields with the gate's sentence", async () => {
    const broken = { ...briefing, revision: 0 };
    const sentence = (() => {
      try {
        admitBriefing(broken);
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(sentence).toMatch(/cannot be saved/);
    const preparer = preparingCheckedBodiesHere(recordingElsewhere().preparer, text.length);
    await expect(preparer({ ...broken, content: checkedBody() })).rejects.toMatchObject({
      code: 'invalid-argument',
      message: sentence,
    });
  });
});
