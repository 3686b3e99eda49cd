import { mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppNotice } from '../../common/app-info';
import { spellingAddWordRequestSchema } from '../../common/spelling/spelling-requests';
import { PersonalWordList, personalWordsFileName } from './personal-word-list';

let dataDir: string;

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-personal-words-'));
});

afterEach(() => rm(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }));

const listFile = () => path.join(dataDir, personalWordsFileName);

describe('PersonalWordList', () => {
  it('starts empty without writing anything, and keeps added words across a restart', async () => {
    const list = await PersonalWordList.open(dataDir, []);
    expect(list.words()).toEqual([]);
    expect(await readdir(dataDir)).toEqual([]);
    await list.add('Kyiv');
    await list.add('وأوديسا');
    await list.add('Kyiv');
    expect(JSON.parse(await readFile(listFile(), 'utf8'))).toEqual({ version: 1, words: ['Kyiv', 'وأوديسا'] });
    const reopened = await PersonalWordList.open(dataDir, []);
    expect(reopened.words()).toEqual(['Kyiv', 'وأوديسا']);
  });

  it.each([
    ['not JSON', '{"version": 1, "words": ["Ky'],
    ['a word with a space', '{"version": 1, "words": ["rm -rf"]}'],
    ['a prototype key', '{"version": 1, "words": [], "__proto__": {"polluted": true}}'],
    ['an unknown version', '{"version": 2, "words": []}'],
    ['the wrong shape', '["Kyiv"]'],
  ])('sets a file holding %s aside with a sentence, and starts empty', async (_, content) => {
    await writeFile(listFile(), content);
    const notices: AppNotice[] = [];
    const list = await PersonalWordList.open(dataDir, notices);
    expect(list.words()).toEqual([]);
    expect(notices).toEqual([
      {
        level: 'warning',
        message: expect.stringMatching(
          /^Your personal dictionary was damaged, so Briefdesk set it aside \(.+quarantine.+\)/,
        ),
      },
    ]);
    expect(await readdir(path.join(dataDir, 'quarantine'))).toEqual([expect.stringMatching(/personal-words\.json$/)]);
    await list.add('Odesa');
    expect((await PersonalWordList.open(dataDir, [])).words()).toEqual(['Odesa']);
  });

  it('never reads through a planted link', async () => {
    const outside = path.join(dataDir, '..', `${path.basename(dataDir)}-outside.json`);
    await writeFile(outside, '{"version": 1, "words": ["planted"]}');
    try {
      await symlink(outside, listFile());
      const notices: AppNotice[] = [];
      expect((await PersonalWordList.open(dataDir, notices)).words()).toEqual([]);
      expect(notices).toHaveLength(1);
      expect(await readFile(outside, 'utf8')).toBe('{"version": 1, "words": ["planted"]}');
    } finally {
      await rm(outside, { force: true });
    }
  });
});

describe('spelling.addWord', () => {
  it.each([
    ['', 'Choose a word to add to the dictionary.'],
    ['two words', 'Only a single word, without spaces, can be added to the dictionary.'],
    ['line\nbreak', 'Only a single word, without spaces, can be added to the dictionary.'],
    ['x'.repeat(101), 'A word added to the dictionary can be at most 100 characters long.'],
  ])('refuses %j with a sentence', (word, message) => {
    const parsed = spellingAddWordRequestSchema.safeParse({ word });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe(message);
  });

  it('stores a word in its composed form', () => {
    expect(spellingAddWordRequestSchema.parse({ word: 'Kyi\u0308v' }).word).toBe('Kyïv');
  });
});
